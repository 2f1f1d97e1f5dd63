// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// validate_doc_update of the design document _design/coopatlas. The set-up
// script installs the function below this header; it is plain ECMAScript 5
// because CouchDB 3 may run it on an old SpiderMonkey.
//
// Roles: coopatlas_reader reads, coopatlas_editor also writes, coopatlas_admin
// also deletes. Server admins and database admins may write anything.
function (newDoc, oldDoc, userCtx, secObj) {
    // Record kinds and the fields that each needs as a non-empty string, the
    // same as DocumentCodec::checkStorable() in CoopAtlas. A new kind is one entry.
    var REQUIRED_FIELDS = {
        organisation: ['name'],
        person: ['formatted_name'],
        link: ['from_id', 'to_id', 'link_type'],
        note: ['record_id', 'record_kind'],
        taxonomy: ['vocabulary', 'key'],
        workshop: ['title', 'axis', 'start_at', 'end_at', 'time_zone', 'status'],
        participation: ['workshop_id', 'participant_id', 'role', 'registered_at', 'registration',
            'attendance'],
        followup: ['workshop_id', 'title'],
        residency: ['title', 'city', 'start_date', 'end_date', 'status'],
        stay: ['residency_id', 'person_id', 'arrival', 'departure'],
        visit: ['residency_id', 'title', 'kind', 'start_at', 'end_at'],
        budgetline: ['residency_id', 'label', 'category'],
        resource: ['title'],
        barrier: ['title', 'kind', 'severity', 'status']
    };
    var KINDS = Object.keys(REQUIRED_FIELDS);
    var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    var UTC_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
    var STRING_FIELDS = ['created_by', 'updated_by'];
    var TIMESTAMP_FIELDS = ['created_at', 'updated_at'];
    var roles = (userCtx && userCtx.roles) || [];
    var name = (userCtx && userCtx.name) || '(anonymous)';

    function hasRole(role) {
        return roles.indexOf(role) !== -1;
    }

    function isDatabaseAdmin() {
        var admins = (secObj && secObj.admins) || {};
        var adminNames = admins.names || [];
        var adminRoles = admins.roles || [];
        if (hasRole('_admin') || adminNames.indexOf(userCtx.name) !== -1) {
            return true;
        }
        for (var i = 0; i < adminRoles.length; i++) {
            if (hasRole(adminRoles[i])) {
                return true;
            }
        }
        return false;
    }

    function reject(message) {
        throw({forbidden: message});
    }

    function invalidField(field, expected) {
        reject('Invalid document ' + newDoc._id + ': field "' + field + '" must be ' + expected + '.');
    }

    function checkFieldTypes() {
        var i;
        for (i = 0; i < STRING_FIELDS.length; i++) {
            var field = STRING_FIELDS[i];
            if (newDoc.hasOwnProperty(field) && typeof newDoc[field] !== 'string') {
                invalidField(field, 'a string');
            }
        }
        for (i = 0; i < TIMESTAMP_FIELDS.length; i++) {
            var stamp = TIMESTAMP_FIELDS[i];
            if (newDoc.hasOwnProperty(stamp)
                && (typeof newDoc[stamp] !== 'string' || !UTC_TIMESTAMP.test(newDoc[stamp]))) {
                invalidField(stamp, 'a UTC timestamp such as 2026-01-31T09:30:00Z');
            }
        }
        if (newDoc.hasOwnProperty('deleted') && typeof newDoc.deleted !== 'boolean') {
            invalidField('deleted', 'true or false');
        }
        if (newDoc.hasOwnProperty('extra')
            && (typeof newDoc.extra !== 'object' || newDoc.extra === null || newDoc.extra instanceof Array)) {
            invalidField('extra', 'a JSON object');
        }
    }

    function checkRequiredFields(fields) {
        for (var i = 0; i < fields.length; i++) {
            var field = fields[i];
            if (typeof newDoc[field] !== 'string' || newDoc[field] === '') {
                invalidField(field, 'a non-empty string, because every ' + newDoc.type + ' needs it');
            }
        }
    }

    function checkSchema() {
        if (newDoc.schema !== 1) {
            invalidField('schema', 'the number 1 (the document schema this server accepts)');
        }
        if (KINDS.indexOf(newDoc.type) === -1) {
            invalidField('type', 'one of ' + KINDS.join(', '));
        }
        var prefix = newDoc.type + ':';
        if (newDoc._id.indexOf(prefix) !== 0 || !UUID.test(newDoc._id.substring(prefix.length))) {
            invalidField('_id', '"' + prefix + '" followed by a lowercase UUID');
        }
        checkRequiredFields(REQUIRED_FIELDS[newDoc.type]);
        checkFieldTypes();
    }

    if (isDatabaseAdmin()) {
        return;
    }
    if (newDoc._id.indexOf('_design/') === 0) {
        reject('Only database administrators may change design documents.');
    }
    var isAdmin = hasRole('coopatlas_admin');
    if (!isAdmin && !hasRole('coopatlas_editor')) {
        reject('The user ' + name + ' may only read this database: writing needs the role '
               + 'coopatlas_editor or coopatlas_admin.');
    }
    if (newDoc._deleted === true) {
        var resolvesConflict = typeof newDoc.resolved_into === 'string' && newDoc.resolved_into !== '';
        if (!isAdmin && !resolvesConflict) {
            reject('The user ' + name + ' may not remove ' + newDoc._id + ': removing a document needs '
                   + 'the role coopatlas_admin, unless it removes a conflicting revision and names the '
                   + 'revision that replaces it in "resolved_into".');
        }
        return;
    }
    checkSchema();
    var wasDeleted = oldDoc !== null && oldDoc !== undefined && oldDoc.deleted === true;
    if (newDoc.deleted === true && !wasDeleted && !isAdmin) {
        reject('The user ' + name + ' may not mark ' + newDoc._id + ' deleted: deleting a record '
               + 'needs the role coopatlas_admin.');
    }
}
