// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/storage/recordrows.h>
#include <core/sync/documentcodec.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Field helpers shared by the files of DocumentCodec.
namespace CoopAtlas::Core::DocumentFields {

class DocumentCodecText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::DocumentCodec)
};

inline QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

inline QJsonValue timestampJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(RecordRows::timestampText(time)) : QJsonValue();
}

inline QJsonArray arrayFromText(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

inline QString textFromArray(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

/// Reads typed fields of a document and keeps the first type error.
class FieldReader
{
public:
    explicit FieldReader(const QJsonObject &document)
        : m_document(document)
    {}

    QString text(const QString &field)
    {
        const QJsonValue value = m_document.value(field);
        if (value.isUndefined() || value.isNull()) {
            return {};
        }
        if (!value.isString()) {
            fail(field, DocumentCodecText::tr("a string"));
        }
        return value.toString();
    }

    QStringList texts(const QString &field)
    {
        QStringList list;
        const QJsonArray array = arrayValue(field);
        for (const auto &item : array) {
            if (!item.isString()) {
                fail(field, DocumentCodecText::tr("a list of strings"));
            }
            list.append(item.toString());
        }
        return list;
    }

    QJsonArray arrayValue(const QString &field)
    {
        const QJsonValue value = m_document.value(field);
        if (!value.isUndefined() && !value.isNull() && !value.isArray()) {
            fail(field, DocumentCodecText::tr("a list"));
        }
        return value.toArray();
    }

    QJsonObject object(const QString &field)
    {
        const QJsonValue value = m_document.value(field);
        if (!value.isUndefined() && !value.isNull() && !value.isObject()) {
            fail(field, DocumentCodecText::tr("an object"));
        }
        return value.toObject();
    }

    QDate date(const QString &field)
    {
        const QString value = text(field);
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!value.isEmpty() && !date.isValid()) {
            fail(field, DocumentCodecText::tr("a date (YYYY-MM-DD)"));
        }
        return date;
    }

    QDateTime timestamp(const QString &field)
    {
        const QString value = text(field);
        QDateTime time = RecordRows::timestampFromText(value);
        if (!value.isEmpty() && !time.isValid()) {
            fail(field, DocumentCodecText::tr("a UTC timestamp"));
        }
        return time;
    }

    std::optional<qint64> optionalInteger64(const QString &field)
    {
        const QJsonValue value = m_document.value(field);
        if (value.isUndefined() || value.isNull()) {
            return std::nullopt;
        }
        if (!value.isDouble()) {
            fail(field, DocumentCodecText::tr("a number"));
            return std::nullopt;
        }
        return value.toInteger();
    }

    std::optional<int> optionalInteger(const QString &field)
    {
        const QJsonValue value = m_document.value(field);
        if (value.isUndefined() || value.isNull()) {
            return std::nullopt;
        }
        if (!value.isDouble()) {
            fail(field, DocumentCodecText::tr("a number"));
            return std::nullopt;
        }
        return value.toInt();
    }

    bool boolean(const QString &field)
    {
        const QJsonValue value = m_document.value(field);
        if (!value.isUndefined() && !value.isNull() && !value.isBool()) {
            fail(field, DocumentCodecText::tr("true or false"));
        }
        return value.toBool();
    }

    RecordMeta meta(const QString &recordId)
    {
        RecordMeta meta;
        meta.id = recordId;
        meta.serverRevision = text(QStringLiteral("_rev"));
        meta.createdAt = timestamp(QStringLiteral("created_at"));
        meta.updatedAt = timestamp(QStringLiteral("updated_at"));
        meta.createdBy = text(QStringLiteral("created_by"));
        meta.updatedBy = text(QStringLiteral("updated_by"));
        meta.deleted = boolean(QStringLiteral("deleted"));
        meta.dirty = false;
        return meta;
    }

    [[nodiscard]] const QString &error() const { return m_error; }

private:
    void fail(const QString &field, const QString &expected)
    {
        if (m_error.isEmpty()) {
            m_error = DocumentCodecText::tr("The field \"%1\" must be %2.").arg(field, expected);
        }
    }

    const QJsonObject &m_document;
    QString m_error;
};

// Fields of the activity records (documentcodecactivities.cpp).
QJsonObject encodeFields(const Workshop &workshop);
QJsonObject encodeFields(const Participation &participation);
QJsonObject encodeFields(const Followup &followup);
QJsonObject encodeFields(const Residency &residency);
QJsonObject encodeFields(const Stay &stay);
QJsonObject encodeFields(const Visit &visit);
QJsonObject encodeFields(const BudgetLine &line);
QJsonObject encodeFields(const Resource &resource);
QJsonObject encodeFields(const Barrier &barrier);
/// Decodes the fields of an activity kind; only called for those kinds.
SyncRecord decodeActivityFields(RecordKind kind, FieldReader &read);
/// Fields that every document of an activity kind needs, besides the timestamps.
QStringList activityRequiredFields(RecordKind kind);

} // namespace CoopAtlas::Core::DocumentFields
