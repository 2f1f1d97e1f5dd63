<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CoopAtlas::Core</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 &quot;%2&quot; has the same name as column %3; it is read as &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
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
        <source>Could not write the built-in taxonomy terms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema statement failed: %1</source>
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
        <source>This is not a text file (it contains NUL bytes). Choose a CSV file exported as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. Choose a CSV file with a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields but %4 columns in the header; the extra fields are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Database</name>
    <message>
        <source>Could not open the data file: %1. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Could not read the data file: %1. The file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite database belongs to another application and was left unchanged. Choose a CoopAtlas data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was written by a newer CoopAtlas (data format version %1; this version reads up to %2) and was left unchanged. Update CoopAtlas to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch the data file to write-ahead logging. Check that you may write to the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not configure the data file: %1.</source>
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
</context>
<context>
    <name>CoopAtlas::Core::RecordParser</name>
    <message>
        <source>The field is larger than %1 characters. Split the value or check that the file is really a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field opened on line %1 is not closed before the end of the file. Check for a missing closing quote (&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Transaction</name>
    <message>
        <source>The transaction is not active, so there is nothing to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the changes: %1.</source>
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
        <source>This is not a text file (it contains NUL bytes). Choose a vCard file.</source>
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
</context>
<context>
    <name>CoopAtlas::Ui</name>
    <message>
        <source>%1 failed: %2. The change was not saved; check that the store file is writable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address; write it as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter language code such as fr, nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing date is before the founding date; correct one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY-MM-DD, or --MM-DD without the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the record the link starts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the record the link goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
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
        <source>Type to search organisations and people</source>
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
        <source>&amp;Search:</source>
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
    <name>CoopAtlas::Ui::CreateRecordCommand</name>
    <message>
        <source>Undo of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::DeleteRecordCommand</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::EditRecordCommand</name>
    <message>
        <source>Edit %1</source>
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
</context>
<context>
    <name>CoopAtlas::Ui::MainWindow</name>
    <message>
        <source>CoopAtlas</source>
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
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
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
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
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
</TS>
