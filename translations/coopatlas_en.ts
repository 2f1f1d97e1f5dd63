<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CoopAtlas::Cli</name>
    <message>
        <source>SQLite database to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records rejected by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some records were not sent; the server&apos;s reasons are kept with each record and shown by &quot;coopatlas-cli conflicts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the changes of the database to the CouchDB server and receives the changes of others. Options given are saved in the database for the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL, such as https://couch.example.org:6984.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of a private certificate authority to trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input instead of the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server, its database and the user name are not all set for this file. Give --server, --server-database and --user once; they are saved in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: the password could not be read from the system keychain: %1 Give it with --password-stdin instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the records that changed here and on the server in different ways, and the records the server rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing conflicts failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, changed on the server by %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: here &quot;%2&quot;, on the server &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  conflicting server revision %1 (--take %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not sent (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version to keep: local, remote or a conflicting revision id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the record, as listed by &quot;coopatlas-cli conflicts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one record id and --take local, --take remote or --take with a conflicting revision id. See: coopatlas-cli resolve --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving failed: no open conflict for the record %1. List them with &quot;coopatlas-cli conflicts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record %1 has no version %2. Give --take local, --take remote or one of the revision ids listed by &quot;coopatlas-cli conflicts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved %1 with the %2 version. Sync to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: coopatlas-cli [--database FILE] %1 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file “%1” does not exist: give the path of the server&apos;s CA certificate (PEM) with --ca-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: the server&apos;s certificate has the SHA-256 fingerprint %1, not the one given with --trust-fingerprint (%2). It was not trusted: check the fingerprint with the server administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted the certificate with the SHA-256 fingerprint %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server&apos;s CA certificate with --ca-file FILE, or the fingerprint that the server administrator confirmed with --trust-fingerprint SHA256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the values of --server and --ca-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password with --password-stdin, and check --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the value of --server-database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the value of --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received but not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some records received from the server could not be read or stored here; they are left out, and the reasons are shown by &quot;coopatlas-cli conflicts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate, such as a self-signed one, if its SHA-256 fingerprint is this one (64 hex digits, colons allowed). Get it from the server administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint “%1” is not a SHA-256 fingerprint: give its 64 hex digits with --trust-fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: no password on standard input. Give the password as the first line of standard input, or leave out --password-stdin to use the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received from the server but not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written. The import would give:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a CSV or vCard file into the database. The whole file is written in one transaction, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or vCard file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping (JSON) for a CSV file, instead of the format found from its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with a likely duplicate: skip (default), merge (fill empty fields of the existing record) or keep (create both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report what would be imported; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one file to import. See: coopatlas-cli import --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-duplicate takes skip, merge or keep, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV or vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the database with the CouchDB server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List sync conflicts and rejected records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the local or the remote side of a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoopAtlas from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database to use (default: coopatlas.sqlite in the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log progress messages to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command to run, see above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export workshops and residencies as iCalendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the activity report as PDF, XLSX or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a list as CSV, or contacts as vCards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a full JSON backup of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a JSON backup into a new database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoopAtlas file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD, local time) that an item must reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD, local time, included) on which an item may start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write only workshops or only residencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write only this workshop or residency; give it once per item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write with --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to %1 is before --from %2. Swap the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind takes workshop or residency, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database does not exist. Give an existing CoopAtlas file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n calendar item(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n calendar item to %1.</numerusform>
            <numerusform>Wrote %n calendar items to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the database does not exist. Give an existing CoopAtlas file with --database before the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports a record list as CSV: every column and every live row, sorted by the first column. Cells that a spreadsheet would run as a formula start with an apostrophe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excel: UTF-8 with a byte order mark and &quot;;&quot; between fields; plain: UTF-8 and &quot;,&quot;. Default: excel for French, Dutch or German system languages, else plain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list takes organisations, people or links, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dialect takes excel or plain, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>vCard version (default: 4.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export only people or only organisations (default: both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version takes 4.0 or 3.0, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind takes person or organisation, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n card(s) to %1.</source>
        <translation>
            <numerusform>Exported %n card to %1.</numerusform>
            <numerusform>Exported %n cards to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: coopatlas-cli export csv|vcard [options]
  csv    Export a record list as CSV.
  vcard  Export people and organisations as vCards.
See: coopatlas-cli export csv --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the format to export: csv or vcard. See: coopatlas-cli export --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a full backup of the database as JSON: every table and row, and the schema version. Restore it with: coopatlas-cli restore BACKUP --database NEWFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n row(s) to %1.</source>
        <translation>
            <numerusform>Backed up %n row to %1.</numerusform>
            <numerusform>Backed up %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restores a JSON backup into a new database file. A backup of an older schema version is migrated. Nothing is written when the backup is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one backup file. See: coopatlas-cli restore --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new database file with --database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n row(s) into %1.</source>
        <translation>
            <numerusform>Restored %n row into %1.</numerusform>
            <numerusform>Restored %n rows into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give one period: --year YYYY, --quarter YYYY-Qn, or --from DATE --to DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the year as YYYY, such as 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the activity report for the Region for a period and the period of the same length before it. CSV writes a folder with one file per table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on a calendar year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on a calendar quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the format pdf, xlsx or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language fr, nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1, database “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving changes: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2 sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2 sent, %3 rejected by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server URL “%1” is not valid: give it as https://HOST[:PORT][/PATH] with --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date: write it as YYYY-MM-DD, such as 2026-03-29.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: that day does not exist. Check the month and day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the list to export with --list organisations, people or links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database file to create; it must not exist. It may also be given before the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format. Default: from the extension of --output (.pdf or .xlsx); required for CSV and for other names. A format that differs from the extension is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the format with --format pdf, xlsx or csv, or end the --output name with .pdf or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1 does not match the extension of %2. Change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar file to write. An existing file is replaced only once the whole output is written; &quot;-&quot; (standard output) is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file to write. An existing file is replaced only once the whole output is written; &quot;-&quot; (standard output) is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard file to write. An existing file is replaced only once the whole output is written; &quot;-&quot; (standard output) is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file to write. An existing file is replaced only once the whole output is written; &quot;-&quot; (standard output) is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write (a folder for CSV). An existing file is replaced only once the whole output is written; &quot;-&quot; (standard output) is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: coopatlas-cli [--database FILE] report (--year YYYY | --quarter YYYY-Qn | --from DATE --to DATE) --output FILE [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes workshops and residencies as one iCalendar (.ics) file: timed workshops in their own time zone, all-day workshops and residencies as dates. Without a filter every live item is written. When no item matches, nothing is written and the exit status is 1, unless --allow-empty is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a calendar without items, with exit status 0, when no item matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshop or residency matches the filters, so %1 was not written. Widen --from, --to, --kind or --id, or give --allow-empty to write an empty calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports people and organisations as vCards, organisations first, each sorted by name. Each card has the UID urn:uuid:ID with the record&apos;s id, and an organisation has its kind as X-COOPATLAS-KIND, its stage, sectors, founding and closing dates as X-COOPATLAS-STAGE, X-COOPATLAS-SECTORS, X-COOPATLAS-FOUNDED and X-COOPATLAS-CLOSED, and its tags as CATEGORIES, so that importing the file again updates the same records instead of adding copies. Values are written exactly, except that vCard text has no escape for a carriage return: a CR or CRLF inside a value is written as a line break and reads back as LF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chosen version&apos;s file is read from the server, but the server, its database and the user name are not all set for this file. Set them with &quot;coopatlas-cli sync&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password on standard input. Give the password as the first line of standard input, or leave out --password-stdin to use the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password could not be read from the system keychain: %1 Give it with --password-stdin instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not yet received from the server: %1. Each sync reads them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolves the sync conflict of one record. With local or remote, the conflicting fields take the values of this file (local) or of the server (remote), and changes made on one side only are kept. With a revision id listed by &quot;coopatlas-cli conflicts&quot;, that whole server revision is kept. When the kept version names a file that this database lacks, the file is read from the server saved by &quot;coopatlas-cli sync&quot;. The next sync sends the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input instead of the system keychain, when the chosen version&apos;s file is read from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server database changed since the last sync (it was moved or restored), so the sync receives every change again from the beginning and merges it with this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the position saved by the last sync, so the sync receives every change again from the beginning and merges it with this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core</name>
    <message>
        <source>Not enough memory to write the spreadsheet %1. Close other programs or write the report of a shorter period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP archive of the spreadsheet could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet name &quot;%1&quot; is not valid in a spreadsheet, so %2 was not written. Change the section title in the report template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet %1 was not written because libxlsxwriter reported: %2. Write the report as PDF or CSV, and report this error to the CoopAtlas developers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Activities</name>
    <message>
        <source>Inform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobilise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcelona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsistence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacle or opportunity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ActivityStore</name>
    <message>
        <source>The workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The residency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed in another window or program since you opened it, so this change was not saved. Reload the record to see the other change, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 with id %2 exists (it may have been deleted). Choose another record for &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record with id %1 exists that &quot;%2&quot; may name (it may have been deleted). Remove it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of the kind &quot;%1&quot; have no list. Choose workshops, residencies, resources or barriers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource with id %1 was not found or is deleted, so the file &quot;%2&quot; was not attached. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource with id %1 was not found or is deleted. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This participant already takes part in the workshop. Edit the existing participation instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already stays in the residency &quot;%2&quot; from %3 to %4, which overlaps these dates. Save anyway only if both stays are right, or change the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget totals of this residency are too large to add up. Correct the amounts above %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop is full, so this participant goes on the waiting list, where attendance is not recorded. Set the attendance to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Amounts</name>
    <message>
        <source>The amount &quot;%1&quot; in %2 is negative. Enter zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; in %2 has more than 2 decimals. Type euros and cents, such as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; in %2 is above the largest amount, %3. Check the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in euros for %2. Type a number such as %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::CalendarMapping</name>
    <message>
        <source>No workshop or residency with id %1 exists (it may have been deleted). Check the id, or leave out --id to export every item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ColumnMapping</name>
    <message>
        <source>This is not a CoopAtlas column mapping (the &quot;format&quot; key is missing or different). Save the mapping again from the import wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping target &quot;%1&quot; is invalid; use &quot;organisation&quot; or &quot;person&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping cannot be saved: %1. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping cannot be saved: %1. Check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file cannot be opened: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file is not valid JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping uses the column &quot;%1&quot;, which is not in the header row. Choose another mapping or edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping uses the column &quot;%1&quot; for types, which is not in the header row. Choose another mapping or edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping sends column &quot;%1&quot; to the unknown field &quot;%2&quot;. Use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::CouchClient</name>
    <message>
        <source>the reply has no server version, so the address is not a CouchDB server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock of this computer differs from the server&apos;s clock by %1 seconds. Set the right date and time on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has no list of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has no last sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result %1 of the reply has no document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 documents to the database “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply lists %1 documents instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 of the reply has no id with a revision or an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the document “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is not the document “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 revisions of the document “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 of the reply is neither a document nor a missing revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has no user name and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has no database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the changes of the database “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (server message: “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server administrator to check the server certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server certificate expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server administrator to renew the server certificate, and check that the date of this computer is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server certificate is valid only from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the date and time of this computer are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server certificate is for %1, not for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server certificate is not signed by an authority that this computer trusts (SHA-256 fingerprint %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one from the server administrator and trust the certificate only if they match, or give the server&apos;s CA certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected the request to “%1” (HTTP %2), and the client follows no redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server returned HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later. If it keeps failing, tell the server administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and the server asks to wait %2 s before the next request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again after that time. If it keeps failing, tell the server administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not accept the user name “%1” with this password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the password. If it is right, ask the server administrator to check the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account “%1” is not allowed to do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server administrator for access to the database “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no such database or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document was changed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise again to merge the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request is larger than the server accepts (%1 bytes at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request is larger than the server accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove large attachments or photos from the records, or ask the server administrator to raise the size limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request did not finish within %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the speed of the network connection and try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply of the server is too large to be a valid reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection after %1 of %2 bytes of the request; the request is probably larger than the server accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and the server address, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before its reply was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server name %1 was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server address points at a CouchDB server; if it does, tell the server administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a web page instead of JSON data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is not valid JSON (%1 at byte %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA certificate file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA certificate file %1 contains no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it again when you want to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server requires a valid login for %1 (HTTP 401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server URL contains no database name, and ask the server administrator whether the account may read the database “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (tried %n times)</source>
        <translation>
            <numerusform>%1 (tried %n time)</numerusform>
            <numerusform>%1 (tried %n times)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server address “%1” is not an https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server address with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an existing PEM file with the server&apos;s CA certificate, or no CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file of the document “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has %1 bytes, over the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the document “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has no revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::CredentialStore</name>
    <message>
        <source>Reading the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for %1. Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the secret store did not respond within %2 seconds. Unlock the keyring of your desktop session if it asks for it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the secret store of the desktop cannot be reached (%2). Install and start a Secret Service provider, such as GNOME Keyring (Debian package gnome-keyring) or KWallet, then log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the secret store denied access (%2). Allow CoopAtlas to use the keyring when it asks, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2. Check that the keyring of your desktop session is unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::CsvReader</name>
    <message>
        <source>The file cannot be opened: %1. Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. Choose a CSV file with a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file: line %1 contains a NUL byte. Choose a CSV file exported as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field is larger than %1 characters. Split the value or check that the file is really a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field opened on line %1 is not closed before the end of the file. Check for a missing closing quote (&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 &quot;%2&quot; has the same name as column %3; it is read as &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields but %4 columns in the header; the extra fields are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the file was cancelled after %n row(s).</source>
        <translation>
            <numerusform>Reading the file was cancelled after %n row.</numerusform>
            <numerusform>Reading the file was cancelled after %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::CsvReportWriter</name>
    <message>
        <source>The folder for the CSV files cannot be created. Check the path and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::CsvWriter</name>
    <message>
        <source>Writing the CSV file failed: %1. Check that the disk is not full and that you may write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Database</name>
    <message>
        <source>This is a folder, not a CoopAtlas data file. Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the data file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a CoopAtlas data file (it is not an SQLite database) and was left unchanged. Choose a CoopAtlas file (.coopatlas or .sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite database belongs to another application and was left unchanged. Choose a CoopAtlas data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch the data file to write-ahead logging. Check that you may write to the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the data file: %1. Close other programs that use it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the data file from version %1 to %2: step %3 failed (%4). The file was left at version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the upgraded data file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the data file. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is read-only, so CoopAtlas cannot save changes in it. Make it writable or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so CoopAtlas cannot create the -wal and -shm files that SQLite keeps next to the data file. Make the folder writable, or copy the file to a writable folder and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file or its folder is read-only (SQLite reports &quot;%1&quot;). Make the file and its folder writable, or open a copy in a writable folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be written. Free disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file could not be opened (SQLite reports &quot;%1&quot;). Check that the file and its folder exist and that you may read and write them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is locked by another program (SQLite reports &quot;%1&quot;). Wait until that program is done with it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is damaged or is not an SQLite database (SQLite reports &quot;%1&quot;). Open a backup copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file uses data format version %1, but this version of CoopAtlas reads only up to version %2. The file was left unchanged. Update CoopAtlas to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch the data file to write-ahead logging. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not configure the data file. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction is not active, so there is nothing to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the changes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data file was given. Give an existing CoopAtlas file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is missing, not a CoopAtlas file. Give an existing CoopAtlas file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty, not a CoopAtlas file. Give an existing CoopAtlas file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no CoopAtlas tables, so it is not a CoopAtlas file. Give an existing CoopAtlas file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file uses data format version %1, and this command reads only version %2 without changing the file. Open it once in the CoopAtlas window, or run a command that writes (such as import or sync), to upgrade it; then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the data file or the -wal and -shm files next to it failed (SQLite reports &quot;%1&quot;). Check that the disk is not full, that no file size limit applies and that you may write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the data file or the -wal and -shm files next to it failed (SQLite reports &quot;%1&quot;). Check that the disk is not full, that no file size limit applies and that you may write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::DocumentCodec</name>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UTC timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document id is not &quot;&lt;kind&gt;:&lt;id&gt;&quot; with a known kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document type &quot;%1&quot; does not match its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has schema %1, but this version of CoopAtlas reads schema %2 only. Update CoopAtlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document id is not &quot;&lt;kind&gt;:&lt;id&gt;&quot; with a lowercase UUID as the id, so CoopAtlas cannot store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing or empty, and every record of this kind needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; contains a NUL character, which CoopAtlas cannot store. Remove it on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::DuplicateFinder</name>
    <message>
        <source>same name and website %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and e-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name, and neither has a website, e-mail, phone or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names equal apart from legal forms (%1) and website %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names equal apart from legal forms (%1) and e-mail %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names equal apart from legal forms (%1) and phone %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names equal apart from legal forms (%1) and address %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ICalendarWriter</name>
    <message>
        <source>The time zone &quot;%1&quot; is unknown. Use an IANA time zone id such as Europe/Brussels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar item &quot;%1&quot; (%2), field %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start is missing or invalid. Set a start date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end is missing or invalid. Set an end date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time %1 does not exist in %2 because the clocks change then. Choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end is before the start. Set an end at or after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is missing or invalid. Set a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first day. Set a last day on or after the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record id is not a UUID. Export saved records only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is empty. Enter a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence number is negative. Use 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modification time is missing or invalid. Set the time of the last change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; is invalid. Enter a full URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is unknown. Use TENTATIVE, CONFIRMED or CANCELLED.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ImportJob</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened: %1. Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already present in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely duplicate of &quot;%1&quot; (%2); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already present in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row matches no known format (Google, Outlook, Thunderbird, ESSGLOBAL, CoopAtlas) and has no name column (such as name, nom, naam, first name or last name). Rename the name column or choose a column mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name, e-mail address or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a valid e-mail address or web address; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2 Nothing was imported; correct the row and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the kind &quot;%3&quot; is not a term of this file&apos;s organisation kinds; the kind is left empty. Add the term and import again to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; in the column &quot;%4&quot; is neither a term nor a term label of this database, so it is kept as the custom field &quot;%4&quot;. Add the term and import again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more value(s) of the column &quot;%2&quot; name no term and are kept as custom fields too.</source>
        <translation>
            <numerusform>%1: %n more value of the column &quot;%2&quot; names no term and is kept as a custom field too.</numerusform>
            <numerusform>%1: %n more values of the column &quot;%2&quot; name no term and are kept as custom fields too.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2: the stage &quot;%3&quot; is not a term of this file&apos;s stages; the stage is left empty. Add the term and import again to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the sector &quot;%3&quot; is not a term of this file&apos;s sectors; the sector is left out. Add the term and import again to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::JsonBackup</name>
    <message>
        <source>The backup or restore was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup failed: %1. Check that the disk is not full and that you may write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes 0 or 1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes an integer, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes a number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes a date written as YYYY-MM-DD or an ISO 8601 date and time, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;%1&quot;, row %2: column &quot;%3&quot; refers to &quot;%4&quot;, which the backup does not contain. Correct or remove that row in the backup file and restore again; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup contains table &quot;%1&quot;, which this schema version does not have. The backup is damaged or was edited; use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;%1&quot;, row %2: %3. Correct or remove that row in the backup file and restore again; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has no column &quot;%2&quot; in this schema version. The backup is damaged or was edited; use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; of the backup lacks column &quot;%2&quot;. The backup is damaged or was edited; use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has %2 rows but the backup declares %3. The backup is incomplete; use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values for %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of column &quot;%1&quot; is not a number, text, null or {&quot;base64&quot;: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; was rejected (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file cannot be opened: %1. Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is not valid JSON at byte %1 (%2). The file is damaged or incomplete; use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a CoopAtlas backup (no &quot;format&quot;: &quot;%1&quot;). Choose a file made with Back Up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has format version %1, but this version of CoopAtlas reads format version %2. Restore it with the CoopAtlas version that wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has schema version %1, but this version of CoopAtlas knows versions 1 to %2. Update CoopAtlas and restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has no &quot;tables&quot; list. The file is damaged; use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup contains no tables. The file is damaged or was edited; use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup lacks table &quot;%1&quot; of schema version %2. The backup is damaged or was edited; use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the backup refer to rows that it does not contain: %1. Add the missing rows or remove those rows in the backup file and restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already exists. Choose a new file name for the restored store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored file cannot be moved to its name. Check that you may write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has two &quot;rows&quot; lists. The backup is damaged or was edited; use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 of the backup lists its rows before its &quot;name&quot; and &quot;columns&quot;, but a restore reads them first. Move &quot;rows&quot; after them in the file, or use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes a key of the vocabulary &quot;%2&quot;, and &quot;%3&quot; is not one of the backup&apos;s taxonomy rows (use one of its keys or add the term to the taxonomy table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes text, not the number %2 (write it as a JSON string in quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of column &quot;%1&quot; has %2 characters, more than the limit of %3 for one value (shorten it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (row id &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes one of the keys %2, not &quot;%3&quot; (write one of these keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes a JSON object written as text, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes a JSON array written as text, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::JsonStreamReader</name>
    <message>
        <source>an object (&quot;{&quot;) is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma or &quot;}&quot; is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key in double quotes is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colon after the key is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list (&quot;[&quot;) is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma or &quot;]&quot; is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text that starts at byte %1 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list or object that starts at byte %1 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends where a value is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text follows the end of the JSON document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ListCsvExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::MetricsTable</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigenvector centrality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolated project holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV delimiter must be a comma or a semicolon, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the metrics failed: %1. Check the free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file: %1. Choose a folder where you can save files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the file failed: %1. Check the free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Migration</name>
    <message>
        <source>Could not write the built-in taxonomy terms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema statement failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::NetworkAnalytics</name>
    <message>
        <source>The network analysis was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network analysis failed: %1 (%2). Try again with fewer records, or report the error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::NetworkLoader</name>
    <message>
        <source>Reading the network was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::NetworkRows</name>
    <message>
        <source>Reading the network failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the network was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::OutputFile</name>
    <message>
        <source>%1 is the database file %2 or one of its SQLite files, so writing it would destroy the database. Choose another output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough space on the disk for %1; free space or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to standard output (&quot;-&quot;) is not supported. Give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::PdfReportWriter</name>
    <message>
        <source>The PDF file cannot be written. Check that the folder exists, that you may write in it and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF report could not be started because its file is not open for writing. Check that the folder exists and that you may write in it, then write the report again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::RecordMapper</name>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: &quot;%4&quot; is not a date (use yyyy-mm-dd or dd/mm/yyyy); the field is left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no name, e-mail address or phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ReportBuilder</name>
    <message>
        <source>The report period is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ReportGenerator</name>
    <message>
        <source>The database file does not exist. Give the path of a CoopAtlas file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write the report to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be saved under this name (%1). Choose another file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, but a CSV report is a folder of files. Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check the path and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV report cannot be written because the folder %1 does not allow new files (%2). Check that you may write there, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV files cannot be moved into the folder %1 (%2). Check that you may write in that folder, or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ReportJob</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ReportPeriod</name>
    <message>
        <source>The year must lie between 1900 and 2999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the quarter as YYYY-Qn, such as 2026-Q2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the start date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the end date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both a start and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date comes before the start date: swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates must lie between 1900 and 2999.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ReportTemplates</name>
    <message>
        <source>Reports are written in en, fr or nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: expected &quot;key = text&quot;; the line was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report wording cannot be read (%1). Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::SampleData</name>
    <message>
        <source>The bundled sample data set could not be read (%1). The application was built without it: rebuild CoopAtlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample data set is not valid JSON at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample data set has format %1, but this version of CoopAtlas reads format %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation has no name. Every organisation of the sample data set needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, organisation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample organisation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample link names the organisation &quot;%1&quot;, which is not in the sample data set. Rebuild CoopAtlas with a matching sample data set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Store</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved because of these problems:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare a database query: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record with id %1 already exists. Import it as an update or give it a new id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted, so it cannot be changed. Restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with id %2 was not found. It may have been removed by an import or a sync; reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a term of the vocabulary &quot;%2&quot;. Choose a listed term or add it to the vocabulary first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation or person with id %1 exists (it may have been deleted). Choose another record for the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 was not found in %2 or is already deleted. Reload the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 was not found in %2 or is not deleted, so there is nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record with id %1 exists in this file. It may come from another data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth can be shown by kind or by stage, not by &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is about %1 %2, which does not exist or was deleted. Attach the note to an existing record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vocabulary &quot;%1&quot; already has a term &quot;%2&quot;. Choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database statement failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file has no row count for the table %1, so the file may be damaged. Open a backup copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed in another window or program since you opened it, so this change was not saved. Reload the record to see the other change, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to the vocabulary &quot;%2&quot; and cannot move to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vocabulary &quot;%1&quot; already has a term &quot;%2&quot;, or had one that was deleted. Choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not another term of the vocabulary &quot;%2&quot;. Choose a listed term to replace &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The term &quot;%1&quot; is used by %n record(s), so it was not deleted. Replace it with another term of the vocabulary first.</source>
        <translation>
            <numerusform>The term &quot;%1&quot; is used by %n record, so it was not deleted. Replace it with another term of the vocabulary first.</numerusform>
            <numerusform>The term &quot;%1&quot; is used by %n records, so it was not deleted. Replace it with another term of the vocabulary first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The term &quot;%1&quot; was changed in another window or program after it was deleted, so the deletion was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live term with id %1 exists in the vocabulary &quot;%2&quot;. Reload the terms and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 belongs to a %3 that does not exist or was deleted. Restore the %3 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list position does not belong to the list&apos;s sort order. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Suggestions</name>
    <message numerus="yes">
        <source>Funds %1 of the %n project holders in the same sectors (%2).</source>
        <translation>
            <numerusform>Funds %1 of the %n project holders in the same sectors (%2).</numerusform>
            <numerusform>Funds %1 of the %n project holders in the same sectors (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Supports %1 of the %n project holders in the same sectors (%2).</source>
        <translation>
            <numerusform>Supports %1 of the %n project holders in the same sectors (%2).</numerusform>
            <numerusform>Supports %1 of the %n project holders in the same sectors (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Works in the same sectors (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers services that match its needs (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already works with project holders at the same stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions: %1 is not a project holder of the network shown. Choose a project holder, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::SyncEngine</name>
    <message>
        <source>Another sync of this file is running. Wait until it has finished, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled. Everything received so far is saved; sync again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s list of changes did not come to an end after %1 pages: it went back to a position already received or past the number of changes it announced. Everything received so far is saved. Ask the server&apos;s administrator to check the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record breaks a rule of the local file (a required field is missing or refers to nothing), so it was not stored. Correct the record on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not allow this change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected this change (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can delete records on the shared server. The server rejected this deletion, so the record was restored from the server&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” has %2, over the limit of %3 for files sent to the server, so this resource was not sent. Attach a smaller file or a link to the file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes of the file “%1” are missing from this file or do not match its SHA-256, so this resource was not sent. Attach the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the file “%1” of a resource with bytes that do not match its SHA-256. Sync again; if this repeats, attach the file again on the desktop that has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version of this record on the server names the file with the SHA-256 %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” of the chosen version could not be read from the server, so the conflict stays open: %2 Resolve the conflict again once the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” has not been received from the server yet, so this resource was not sent. A later sync sends it once the file arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server named the file “%1” with the invalid SHA-256 “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” received from the server could not be written to the folder “%2”: %3. The earlier pages are saved, and this page is received again at the next sync once the folder is writable and its disk has free space of about twice the size of the page&apos;s files, which are staged there and then stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is a symbolic link that could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” received from the server changed in the folder “%2” before it was stored. Sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” received from the server could not be read from the folder “%2”: %3. Sync again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::SyncStore</name>
    <message>
        <source>Could not prepare a database query: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database statement failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pushed document has no valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open sync conflict exists for this record. It may have been resolved already; run a sync to see the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” of the chosen version is not stored on this computer, so the conflict stays open. Keep this computer&apos;s file, then attach “%1” again if you have it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::TableDump</name>
    <message>
        <source>table %1, rowid %2: refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::VCardExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people and organisations can be exported as vCards; leave other records out of the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the vCard file failed: %1. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::VCardParser</name>
    <message>
        <source>The file cannot be opened: %1. Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. Choose a vCard file with at least one card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card that begins on line %1 has no END:VCARD before the next card on line %2. Repair or remove that card and import again; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card that begins on line %1 has no END:VCARD. Repair or remove that card and import again; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no vCard (no BEGIN:VCARD line). Choose a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file: line %1 contains a NUL byte. Choose a vCard file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Validation</name>
    <message>
        <source>The e-mail address &quot;%1&quot; is not valid. Write it as name@example.org or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website &quot;%1&quot; is not a valid web address. Write it as https://example.org or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation has no name. Enter its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing date %1 is before the founding date %2. Correct one of the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member count %1 is negative. Enter zero or more, or leave it empty when unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the 19 Brussels communes. Choose a commune from the list, or leave it empty outside the Brussels-Capital Region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person has no name. Enter the name to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birthday &quot;%1&quot; is not a date. Write it as YYYY-MM-DD, or --MM-DD without a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link needs a record at both ends. Choose the two records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link goes from record %1 to itself. Choose another record for one end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has no type. Choose one, such as &quot;supports&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2. Correct one of the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is not attached to a record. Choose the record it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty. Write its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term belongs to no vocabulary. Choose one, such as &quot;sector&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is not valid. Use lowercase letters, digits and single hyphens, such as &quot;social-housing&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term has no English label. Enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value of the field &quot;%2&quot;. Choose one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no start time. Enter the day and time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no end time. Enter the day and time it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends at %2, before it starts at %3. Correct the start or the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone. Choose a zone such as Europe/Brussels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity %1 is below the %2 participants already registered. Raise the capacity or cancel registrations first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is %2, over the limit of %3 for a resource. Attach a smaller file or give a link to it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop has no title. Enter its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity %1 is negative. Enter the number of places, or leave it empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participation belongs to no workshop. Choose the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participation names no participant. Choose a person or an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up belongs to no workshop. Choose the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up has no title. Say what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The residency has no title. Enter its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The residency takes place in another city. Enter the name of the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The residency needs a first and a last day. Enter both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay belongs to no residency. Choose the residency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay names no person. Choose the cohort member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay needs an arrival and a departure date. Enter both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme item belongs to no residency. Choose the residency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme item has no title. Enter its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget line belongs to no residency. Choose the residency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget line has no label. Say what the cost is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource has no title. Enter its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Write it as https://example.org/… or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The obstacle or opportunity has no title. Enter its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates are in the wrong order: %1 %2 is before %3 %4. Correct one of the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 in %2 is negative. Enter zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 in %2 is above the largest amount, %3. Check the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrival date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay from %1 to %2 is not within the residency, which runs from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the planned amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the actual amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance is recorded only for registered participants, and this registration is &quot;%1&quot;. Set the attendance to &quot;%2&quot;, or register the participant first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ActivityCommands</name>
    <message>
        <source>%1 failed: %2. The change was not saved; correct the value or check that the store file is writable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ActivityFields</name>
    <message>
        <source>&quot;%1&quot; cannot be chosen here. Search again and choose a record of the kind asked for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ActivityFilterBar</name>
    <message>
        <source>Search titles, venues and themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, cities and objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the residencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ActivityRecord</name>
    <message>
        <source>This kind of record is not edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohort member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::AddLinkDialog</name>
    <message>
        <source>Add Link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → chosen record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen record → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::AddNoteDialog</name>
    <message>
        <source>Add Note to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::AnyRecord</name>
    <message>
        <source>Taxonomy terms are not edited here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::AttendancePanel</name>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance per theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance per workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held workshops only: attended / registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Per theme&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Per workshop&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::BarrierForm</name>
    <message>
        <source>Evidence: a note or a resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as the Brussels Minister for the Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;commendation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raised on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the obstacle or opportunity (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::BarrierTreeModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the obstacles and opportunities failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n item</numerusform>
            <numerusform>%1: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n project holder(s) affected</source>
        <translation>
            <numerusform>, %n project holder affected</numerusform>
            <numerusform>, %n project holders affected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::BarriersPage</name>
    <message>
        <source>&amp;Group by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacles and opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Obstacle or Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its notes? You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them before leaving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacle Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to the obstacle &quot;%1&quot; could not be saved, so it stays open. Correct the fields marked in the form, or press Revert, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::BookingConflicts</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also staying in &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also registered for the workshop &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::BudgetPanel</name>
    <message>
        <source>Add Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a budget line, then type its label and amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &lt;b&gt;%1&lt;/b&gt; · Actual &lt;b&gt;%2&lt;/b&gt; · Variance &lt;b&gt;&lt;span style=&quot;color:%4&quot;&gt;%3&lt;/span&gt;&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n line(s) without an actual amount)</source>
        <translation>
            <numerusform>(%n line without an actual amount)</numerusform>
            <numerusform>(%n lines without an actual amount)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: planned %2, actual %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the budget line &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the budget line &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::CalendarExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar (iCalendar)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n event written to %1</numerusform>
            <numerusform>%n events written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2. Choose a folder where you may write and that has enough free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All workshops and residencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;between:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is open. Open a store, then export its calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is chosen. Enter a file name or choose one with Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day %1 is before the first day %2. Choose a last day on or after the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items selected in the lists (none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only the %n &amp;selected item(s) in the lists</source>
        <translation>
            <numerusform>Only the %n &amp;selected item in the lists</numerusform>
            <numerusform>Only the %n &amp;selected items in the lists</numerusform>
        </translation>
    </message>
    <message>
        <source>Select workshops or residencies in their lists first, then open this dialog again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::CalendarWidget</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day of a week</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n item(s)</source>
        <translation>
            <numerusform>%1, %n item</numerusform>
            <numerusform>%1, %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ChartSaving</name>
    <message>
        <source>The chart could not be saved. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as SVG...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::CohortPanel</name>
    <message>
        <source>Add Cohort Member...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person Already Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Add this stay anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Cohort Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay Outside the Residency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::DashboardWidget</name>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations per commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations over time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisations-over-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisations-per-commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations without a founding date, not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::DetailPane</name>
    <message>
        <source>Select a record in the list, or create one with Edit &gt; New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the changes and read the saved values again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; cannot be saved because of these problems:
%2
Discard the changes, or cancel and correct the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Changed Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed in another window or program since you opened it, so your changes were not saved. Reload it to see the other change (your changes are dropped), or cancel to keep your changes on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ExportActions</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List as &amp;CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts as &amp;vCard...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with &quot;;&quot; (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 with &quot;,&quot; (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export List as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shown page has no list to export. Show a list and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Contacts as vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected contact or every contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts.vcf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting contacts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoopAtlas backups (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Restored Store As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoopAtlas stores (*.coopatlas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the open store and cannot be replaced. Choose another file for the restored store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ExtraFieldsEdit</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not text, so it is shown as JSON and saved unchanged. Remove the field to drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field in row %1 has a value but no name. Enter a name or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field name &quot;%1&quot; is used twice. Rename or remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::FirstStartBanner</name>
    <message>
        <source>Start with an Empty Store...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store contains the sample data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::FollowupsPanel</name>
    <message>
        <source>Add Follow-up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the follow-up &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ImportDuplicatesPage</name>
    <message>
        <source>Check Likely Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that look like one already in the store or earlier in the file. Choose what to do with each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 and looking for duplicates...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) read.</source>
        <translation>
            <numerusform>%n record read.</numerusform>
            <numerusform>%n records read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s).</source>
        <translation>
            <numerusform>%n likely duplicate.</numerusform>
            <numerusform>%n likely duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be skipped.</source>
        <translation>
            <numerusform>%n row will be skipped.</numerusform>
            <numerusform>%n rows will be skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be imported: %1
Go back to choose another file or mapping.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ImportFields</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperative model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field (kept as is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: street, second line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: PO box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ImportFilePage</name>
    <message>
        <source>Choose a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (comma or semicolon, UTF-8 or Windows-1252) and vCard files (versions 2.1, 3.0 and 4.0) can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read and checked first; nothing is written to the store before the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv or .vcf file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and directories (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ImportPreviewPage</name>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Mapping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Mapping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field that receives each column. Columns set to &quot;(not imported)&quot; are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a vCard file: each card is imported as a person, so no column mapping is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1
Choose another file or save it as CSV in UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), encoding %2, delimiter %3.</source>
        <translation>
            <numerusform>%1: %n row, encoding %2, delimiter %3.</numerusform>
            <numerusform>%1: %n rows, encoding %2, delimiter %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapping Not Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping Not Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %1... %n row(s) so far.</source>
        <translation>
            <numerusform>Reading %1... %n row so far.</numerusform>
            <numerusform>Reading %1... %n rows so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ImportRunPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) created.</source>
        <translation>
            <numerusform>%n record created.</numerusform>
            <numerusform>%n records created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into existing records.</source>
        <translation>
            <numerusform>%n merged into existing records.</numerusform>
            <numerusform>%n merged into existing records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n skipped.</numerusform>
            <numerusform>%n skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::KnowledgeCommands</name>
    <message>
        <source>%1 failed: %2. The change was not saved; correct the value named, or check that the store file is writable, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::KnowledgePage</name>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, summaries, text and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the resource &quot;%1&quot; with its file and notes? You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource &quot;%1&quot; has unsaved changes. Save them before leaving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to the resource &quot;%1&quot; could not be saved, so it stays open. Correct the fields marked in the form, or press Revert, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::LinkForm</name>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown record %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;ange...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another organisation or person as the start of the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another organisation or person as the end of the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Start of the Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the End of the Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted. Choose another organisation or person, or restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation or person with id %1 exists. Choose another record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ListPanel</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::MainWindow</name>
    <message>
        <source>CoopAtlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List Not Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Empty Store...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Store...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CoopAtlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CoopAtlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CoopAtlas %1&lt;/h3&gt;&lt;p&gt;Tracks the ecosystem of cooperative digital platforms: organisations, people, the links between them and notes.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links are added from one of their ends: open an organisation or a person and choose &quot;Add Link...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Empty Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoopAtlas stores (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the empty store, or open the existing file with File &gt; Open Store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoopAtlas stores (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store Not Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – CoopAtlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n link(s) will be deleted too.</source>
        <translation>
            <numerusform>Its %n link will be deleted too.</numerusform>
            <numerusform>Its %n links will be deleted too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n note(s) will be deleted too.</source>
        <translation>
            <numerusform>Its %n note will be deleted too.</numerusform>
            <numerusform>Its %n notes will be deleted too.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened. %2
Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taxonomies...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync Conflicts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity &amp;Report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bstacles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Residencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::MetricsPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The metrics are computed again when the network changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 components, %2 clusters, modularity %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All nodes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolated project holders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brokers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 (%2 members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network-metrics.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics Not Exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::NetworkCanvas</name>
    <message>
        <source>Network map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG image could not be written. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG file could not be written. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG file is empty after writing. Check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::NetworkLegend</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::NetworkMapWidget</name>
    <message>
        <source>Colour by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size by degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size by betweenness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betweenness and communities show once the metrics are computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node is named like &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole network (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay Out Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links active on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Press Lay Out Again to start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network could not be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes, %2 links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All link types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link has a start or end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the network: show only the links active on the chosen date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned position was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned. Lay Out Again keeps this node where you dropped it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Network Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network-map.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map Not Exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::NetworkWindow</name>
    <message>
        <source>Network – CoopAtlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::OptionalDateEdit</name>
    <message>
        <source>Check to set a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored date %1 is earlier than this field can show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::OrganisationForm</name>
    <message>
        <source>SC, ASBL, SRL, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec&amp;tors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Founded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://..., separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Websites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fr, nl, en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperative &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member &amp;count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(outside the Brussels Region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ields:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ParticipantsPanel</name>
    <message>
        <source>Add Participant...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a person or organisation (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected registration; the first one waiting moves up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n waiting</numerusform>
            <numerusform>, %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already takes part in this workshop. Change the registration in the table instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop is full: %1 is on the waiting list at position %2 and moves up when a registration is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the registration of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration of %1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration of %1 is cancelled; %2 moved up from the waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is removed from the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is removed from the workshop; %2 moved up from the waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance is recorded only for registered participants. This participant is on the waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance is recorded only for registered participants. This registration is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::PeriodChartsWidget</name>
    <message>
        <source>Per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All link types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links-per-period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link starts in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links started per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links started per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project holder was founded in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project-holders-per-period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant of a held workshop in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshop-participants-per-period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No residency starts in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residencies-per-period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project holders founded per quarter, by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project holders founded per year, by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each project holder counts once, under its first sector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project holders without a founding date, not shown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop participants per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop participants per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct people and organisations registered for or attending held workshops. Each counts once per period. Held workshops: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residencies per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residencies per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residencies started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A residency counts in the period of its first day, and cancelled residencies are left out. Participants are the distinct people of their stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::PersonForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://..., separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fr, nl, en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD or --MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Websites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose Photo...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo Not Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. Choose a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image that CoopAtlas can read. Choose a PNG, JPEG, GIF or BMP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ields:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ProgrammePanel</name>
    <message>
        <source>Add Visit or Meeting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (host: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Visit or Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RecordCommands</name>
    <message>
        <source>%1 failed: %2. The change was not saved; check that the store file is writable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped: &quot;%2&quot; was changed in another window or by an import since then, so it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RecordForm</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RecordListModel</name>
    <message>
        <source>Could not read the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RecordPicker</name>
    <message>
        <source>Type to search organisations and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RecordSearchDialog</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacle or opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RecordSetEdit</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RelatedRecordsEdit</name>
    <message>
        <source>Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RelatedSection</name>
    <message>
        <source>Add &amp;Link...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add N&amp;ote...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the linked record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 – %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
By %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ReplaceTermDialog</name>
    <message>
        <source>&amp;Replace and Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n record(s). Choose the term that replaces it in those records, and &quot;%1&quot; is deleted after that. Undo reverses both steps.</source>
        <translation>
            <numerusform>&quot;%1&quot; is used by %n record. Choose the term that replaces it in that record, and &quot;%1&quot; is deleted after that. Undo reverses both steps.</numerusform>
            <numerusform>&quot;%1&quot; is used by %n records. Choose the term that replaces it in those records, and &quot;%1&quot; is deleted after that. Undo reverses both steps.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;place with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ReportDialog</name>
    <message>
        <source>Activity Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From and to dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1 (January–March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q2 (April–June)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q3 (July–September)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q4 (October–December)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the CSV Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date comes before the start date. Swap the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report for %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1. There was no activity in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is written. Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ResidenciesPage</name>
    <message>
        <source>Residencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residency tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Residency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the residency &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n cohort member(s), programme item(s) and budget line(s) will be deleted too.</source>
        <translation>
            <numerusform>Its %n cohort member, programme item and budget line will be deleted too.</numerusform>
            <numerusform>Its %n cohort members, programme items and budget lines will be deleted too.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Residency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Residency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The residency &quot;%1&quot; has unsaved changes. Save them before leaving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residency Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to the residency &quot;%1&quot; could not be saved, so it stays open. Correct the fields marked in the form, or press Revert, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ResidencyForm</name>
    <message>
        <source>Add Host Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the residency (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No residency selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Residency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the residency &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ResidencyListModel</name>
    <message>
        <source>The residencies could not be read: %1. Check that the store file is readable and reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual / planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ResourceForm</name>
    <message>
        <source>&amp;Attach...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related organisation, workshop or obstacle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, such as statutes, governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the resource (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the URL in the browser, or the file in its application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to keep with the resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the attached file when saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the File As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; failed: %2. Check that the file still exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2. Choose a folder where you may write and that has enough free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add resource &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit resource &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource has neither a web address nor a file. Enter a URL or attach a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application opens &quot;%1&quot;. Use Save As... and open the copy with an application of your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): file not yet received from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; has not been received from the server yet. Sync again, then open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ResourceListModel</name>
    <message>
        <source>Reading the knowledge base failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RowListEdit</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SearchPopup</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organisations, people and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as the author of your changes and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when CoopAtlas starts next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Settings Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SuggestionsPanel</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project holder on the map to see which support organisations and funders could help it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No support organisation or funder to suggest for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested support for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the link &quot;%1&quot; from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SyncConflictsDialog</name>
    <message>
        <source>unknown author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on one side, edited on the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep (restore with the other edits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chosen values; the next sync sends them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected record again at the next sync, which starts now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected these records. Change the record as the reason says, or ask the server administrator, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts Not Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync conflicts could not be read from the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Sent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer: changed by %1. Server: changed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was deleted on this computer and edited on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was deleted on the server and edited on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict Not Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict of “%1” could not be resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be marked for sending again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number. Type digits only, such as 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Be Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These documents were received from the server, but this computer could not read or store them, so their records stay as they were here. Ask whoever changed them to correct them on the server. The next sync after that reads them and removes them from this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Be Read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the chosen file from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving the conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SyncController</name>
    <message>
        <source>No password is stored for %1 on this computer. Enter it to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be read from the system keychain: %1 Unlock the keychain, or enter the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync or another conflict resolution is running. Resolve this conflict once it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of the chosen version is stored on the server, and no server is set for this file, so the conflict stays open. Set the server in the sync settings, or keep this computer&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SyncSettingsPage</name>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync when the file is &amp;opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is stored on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://couch.example.org:6984</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a server with a private certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync settings could not be read from the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync settings could not be saved in the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain: %1 Unlock the keychain and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the server, database and user name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the system keychain...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be deleted from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server URL, the database and the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1. The database is readable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SyncStatusWidget</name>
    <message>
        <source>Syncing: pulling %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: pulling changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: pushing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: pushing changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not sent</source>
        <translation>
            <numerusform>%n record not sent</numerusform>
            <numerusform>%n records not sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync; what was received so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and receive changes now (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline: will retry in %n min</source>
        <translation>
            <numerusform>Offline: will retry in %n min</numerusform>
            <numerusform>Offline: will retry in %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: sync again when the network is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: the password is missing or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: the server certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Certificate...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sync conflicts and the records the server rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Password of %2 on %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted Server Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1, port %2, presented a certificate that this computer does not trust, such as a self-signed one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1

Compare it with the fingerprint that your server administrator gave you. Trust the certificate only if they are the same. It is then trusted for this host and port only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust and Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be read</source>
        <translation>
            <numerusform>%n document could not be read</numerusform>
            <numerusform>%n documents could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::TaxonomyDialog</name>
    <message>
        <source>&amp;Add Term...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperative models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vocabulary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the terms of &quot;%1&quot;: %2
Reopen the store and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected term (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected term up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected term down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the records that use &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move term &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::TermCommands</name>
    <message>
        <source>%1 failed.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add term &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit term &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete term &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace term &quot;%1&quot; with &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) changed since the replacement and kept their values.</source>
        <translation>
            <numerusform>%1: %n record changed since the replacement and kept its values.</numerusform>
            <numerusform>%1: %n records changed since the replacement and kept their values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::TermFormDialog</name>
    <message>
        <source>Add Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;French:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dutch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A changed key is also written to every record that uses the term.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::TimelineRows</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: arrives %2, leaves %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::TimelineWidget</name>
    <message>
        <source>Residency timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter number, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n double booking(s)</source>
        <translation>
            <numerusform>%n double booking</numerusform>
            <numerusform>%n double bookings</numerusform>
        </translation>
    </message>
    <message>
        <source>Residency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No residency in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::WorkshopForm</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the workshop (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;xis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshop selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the workshop &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: clocks go from %4 to %5. Choose a time before %4 or from %5 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clocks go back from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 occurs twice on %2 in %3 (%4): the second %1, after the change, is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 occurs twice on %2 in %3 (%4): the first %1, before the change, is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::WorkshopListModel</name>
    <message>
        <source>The workshops could not be read: %1. Check that the store file is readable and reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::WorkshopText</name>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <comment>day, start time, end time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 – %3 %4</source>
        <comment>start day and time, end day and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>time zone id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting (position %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::WorkshopsPage</name>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the workshop &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n participation(s) will be deleted too.</source>
        <translation>
            <numerusform>Its %n participation will be deleted too.</numerusform>
            <numerusform>Its %n participations will be deleted too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n follow-up action(s) will be deleted too.</source>
        <translation>
            <numerusform>Its %n follow-up action will be deleted too.</numerusform>
            <numerusform>Its %n follow-up actions will be deleted too.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; has unsaved changes. Save them before leaving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 in Brussels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to the workshop &quot;%1&quot; could not be saved, so it stays open. Correct the fields marked in the form, or press Revert, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coopatlas-cli</name>
    <message numerus="yes">
        <source>%n record(s) changed here and on the server in different ways. Open CoopAtlas and choose the values to keep, or list them with &quot;coopatlas-cli conflicts&quot; and keep one side with &quot;coopatlas-cli resolve ID --take local|remote&quot;.</source>
        <translation>
            <numerusform>%n record changed here and on the server in different ways. Open CoopAtlas and choose the values to keep, or list it with &quot;coopatlas-cli conflicts&quot; and keep one side with &quot;coopatlas-cli resolve ID --take local|remote&quot;.</numerusform>
            <numerusform>%n records changed here and on the server in different ways. Open CoopAtlas and choose the values to keep, or list them with &quot;coopatlas-cli conflicts&quot; and keep one side with &quot;coopatlas-cli resolve ID --take local|remote&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) synced earlier were missing on the server, as after a restore from an older backup, and were sent again.</source>
        <translation>
            <numerusform>%n record synced earlier was missing on the server, as after a restore from an older backup, and was sent again.</numerusform>
            <numerusform>%n records synced earlier were missing on the server, as after a restore from an older backup, and were sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were newer here than on the server, which went back to older values, and were sent again.</source>
        <translation>
            <numerusform>%n record was newer here than on the server, which went back to older values, and was sent again.</numerusform>
            <numerusform>%n records were newer here than on the server, which went back to older values, and were sent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Store Not Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened. %2

You can also start CoopAtlas with --database and another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
