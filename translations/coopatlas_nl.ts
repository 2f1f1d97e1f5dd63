<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>CoopAtlas::Cli</name>
    <message>
        <source>SQLite database to use.</source>
        <translation>SQLite-database die gebruikt wordt.</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Ontvangen: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Verzonden: %1</translation>
    </message>
    <message>
        <source>Merged: %1</source>
        <translation>Samengevoegd: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflicten: %1</translation>
    </message>
    <message>
        <source>Records rejected by the server: %1</source>
        <translation>Door de server geweigerde fiches: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <source>Some records were not sent; the server&apos;s reasons are kept with each record and shown by &quot;coopatlas-cli conflicts&quot;.</source>
        <translation>Sommige fiches zijn niet verzonden; de redenen van de server worden bij elke fiche bewaard en getoond door ‘coopatlas-cli conflicts’.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Sends the changes of the database to the CouchDB server and receives the changes of others. Options given are saved in the database for the next sync.</source>
        <translation>Verzendt de wijzigingen van de database naar de CouchDB-server en ontvangt de wijzigingen van anderen. Opgegeven opties worden in de database bewaard voor de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Server URL, such as https://couch.example.org:6984.</source>
        <translation>URL van de server, zoals https://couch.example.org:6984.</translation>
    </message>
    <message>
        <source>Database name on the server.</source>
        <translation>Naam van de database op de server.</translation>
    </message>
    <message>
        <source>User name on the server.</source>
        <translation>Gebruikersnaam op de server.</translation>
    </message>
    <message>
        <source>PEM file of a private certificate authority to trust.</source>
        <translation>PEM-bestand van een private certificeringsinstantie die vertrouwd moet worden.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input instead of the system keychain.</source>
        <translation>Het wachtwoord lezen van de eerste regel van de standaardinvoer in plaats van uit de sleutelhanger van het systeem.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisatie mislukt: %1</translation>
    </message>
    <message>
        <source>The server, its database and the user name are not all set for this file. Give --server, --server-database and --user once; they are saved in the file.</source>
        <translation>De server, de database en de gebruikersnaam zijn niet allemaal ingesteld voor dit bestand. Geef één keer --server, --server-database en --user op; ze worden in het bestand bewaard.</translation>
    </message>
    <message>
        <source>Sync failed: the password could not be read from the system keychain: %1 Give it with --password-stdin instead.</source>
        <translation>Synchronisatie mislukt: het wachtwoord kon niet uit de sleutelhanger van het systeem gelezen worden: %1 Geef het in plaats daarvan met --password-stdin.</translation>
    </message>
    <message>
        <source>Lists the records that changed here and on the server in different ways, and the records the server rejected.</source>
        <translation>Toont de fiches die hier en op de server verschillend gewijzigd zijn, en de fiches die de server geweigerd heeft.</translation>
    </message>
    <message>
        <source>Listing conflicts failed: %1</source>
        <translation>Conflicten tonen mislukt: %1</translation>
    </message>
    <message>
        <source>%1 %2, changed on the server by %3:</source>
        <translation>%1 %2, op de server gewijzigd door %3:</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>  %1: here &quot;%2&quot;, on the server &quot;%3&quot;</source>
        <translation>  %1: hier ‘%2’, op de server ‘%3’</translation>
    </message>
    <message>
        <source>  conflicting server revision %1 (--take %1):</source>
        <translation>  conflicterende serverrevisie %1 (--take %1):</translation>
    </message>
    <message>
        <source>    %1: &quot;%2&quot;</source>
        <translation>    %1: ‘%2’</translation>
    </message>
    <message>
        <source>%1 restored: %2</source>
        <translation>%1 hersteld: %2</translation>
    </message>
    <message>
        <source>%1 not sent (%2): %3</source>
        <translation>%1 niet verzonden (%2): %3</translation>
    </message>
    <message>
        <source>Version to keep: local, remote or a conflicting revision id.</source>
        <translation>Te behouden versie: local, remote of een conflicterende revisie-id.</translation>
    </message>
    <message>
        <source>Id of the record, as listed by &quot;coopatlas-cli conflicts&quot;.</source>
        <translation>Id van de fiche, zoals getoond door ‘coopatlas-cli conflicts’.</translation>
    </message>
    <message>
        <source>Give one record id and --take local, --take remote or --take with a conflicting revision id. See: coopatlas-cli resolve --help</source>
        <translation>Geef één fiche-id en --take local, --take remote of --take met een conflicterende revisie-id. Zie: coopatlas-cli resolve --help</translation>
    </message>
    <message>
        <source>Resolving failed: %1</source>
        <translation>Oplossen mislukt: %1</translation>
    </message>
    <message>
        <source>Resolving failed: no open conflict for the record %1. List them with &quot;coopatlas-cli conflicts&quot;.</source>
        <translation>Oplossen mislukt: geen open conflict voor de fiche %1. Toon ze met ‘coopatlas-cli conflicts’.</translation>
    </message>
    <message>
        <source>The record %1 has no version %2. Give --take local, --take remote or one of the revision ids listed by &quot;coopatlas-cli conflicts&quot;.</source>
        <translation>De fiche %1 heeft geen versie %2. Geef --take local, --take remote of een van de revisie-id&apos;s uit ‘coopatlas-cli conflicts’.</translation>
    </message>
    <message>
        <source>Resolved %1 with the %2 version. Sync to send it.</source>
        <translation>%1 opgelost met de versie %2. Synchroniseer om haar te verzenden.</translation>
    </message>
    <message>
        <source>Usage: coopatlas-cli [--database FILE] %1 </source>
        <translation>Gebruik: coopatlas-cli [--database FILE] %1 </translation>
    </message>
    <message>
        <source>The CA certificate file “%1” does not exist: give the path of the server&apos;s CA certificate (PEM) with --ca-file.</source>
        <translation>Het CA-certificaatbestand ‘%1’ bestaat niet: geef het pad van het CA-certificaat van de server (PEM) op met --ca-file.</translation>
    </message>
    <message>
        <source>Sync failed: the server&apos;s certificate has the SHA-256 fingerprint %1, not the one given with --trust-fingerprint (%2). It was not trusted: check the fingerprint with the server administrator.</source>
        <translation>Synchronisatie mislukt: het certificaat van de server heeft de SHA-256-vingerafdruk %1, niet die van --trust-fingerprint (%2). Het is niet vertrouwd: controleer de vingerafdruk met de beheerder van de server.</translation>
    </message>
    <message>
        <source>Trusted the certificate with the SHA-256 fingerprint %1 for %2.</source>
        <translation>Het certificaat met de SHA-256-vingerafdruk %1 wordt vertrouwd voor %2.</translation>
    </message>
    <message>
        <source>Give the server&apos;s CA certificate with --ca-file FILE, or the fingerprint that the server administrator confirmed with --trust-fingerprint SHA256.</source>
        <translation>Geef het CA-certificaat van de server op met --ca-file FILE, of de vingerafdruk die de beheerder van de server bevestigd heeft met --trust-fingerprint SHA256.</translation>
    </message>
    <message>
        <source>Check the values of --server and --ca-file.</source>
        <translation>Controleer de waarden van --server en --ca-file.</translation>
    </message>
    <message>
        <source>Give the password with --password-stdin, and check --user.</source>
        <translation>Geef het wachtwoord op met --password-stdin en controleer --user.</translation>
    </message>
    <message>
        <source>Check the value of --server-database.</source>
        <translation>Controleer de waarde van --server-database.</translation>
    </message>
    <message>
        <source>Check the value of --server.</source>
        <translation>Controleer de waarde van --server.</translation>
    </message>
    <message>
        <source>Received but not stored: %1</source>
        <translation>Ontvangen maar niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Some records received from the server could not be read or stored here; they are left out, and the reasons are shown by &quot;coopatlas-cli conflicts&quot;.</source>
        <translation>Sommige fiches van de server konden hier niet gelezen of opgeslagen worden; ze worden overgeslagen, en de redenen worden getoond door ‘coopatlas-cli conflicts’.</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate, such as a self-signed one, if its SHA-256 fingerprint is this one (64 hex digits, colons allowed). Get it from the server administrator.</source>
        <translation>Het certificaat van de server vertrouwen, bijvoorbeeld een zelfondertekend certificaat, als de SHA-256-vingerafdruk deze is (64 hexadecimale cijfers, dubbele punten toegestaan). Vraag ze aan de beheerder van de server.</translation>
    </message>
    <message>
        <source>The fingerprint “%1” is not a SHA-256 fingerprint: give its 64 hex digits with --trust-fingerprint.</source>
        <translation>De vingerafdruk ‘%1’ is geen SHA-256-vingerafdruk: geef de 64 hexadecimale cijfers op met --trust-fingerprint.</translation>
    </message>
    <message>
        <source>Sync failed: no password on standard input. Give the password as the first line of standard input, or leave out --password-stdin to use the system keychain.</source>
        <translation>Synchronisatie mislukt: geen wachtwoord op de standaardinvoer. Geef het wachtwoord op de eerste regel van de standaardinvoer, of laat --password-stdin weg om de sleutelhanger van het systeem te gebruiken.</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1; nieuwe poging over %2 s</translation>
    </message>
    <message>
        <source>%1 received from the server but not stored: %2</source>
        <translation>%1 ontvangen van de server maar niet opgeslagen: %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. The import would give:</source>
        <translation>Proefdraaien: er is niets geschreven. De import zou dit geven:</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Aangemaakt: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Overgeslagen: %1</translation>
    </message>
    <message>
        <source>  line %1: %2 (%3)</source>
        <translation>  regel %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Column mapping: %1</source>
        <translation>Kolomkoppeling: %1</translation>
    </message>
    <message>
        <source>from file</source>
        <translation>uit het bestand</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import mislukt: %1</translation>
    </message>
    <message>
        <source>Imports a CSV or vCard file into the database. The whole file is written in one transaction, or nothing.</source>
        <translation>Importeert een CSV- of vCard-bestand in de database. Het hele bestand wordt in één transactie geschreven, of niets ervan.</translation>
    </message>
    <message>
        <source>CSV or vCard file to import.</source>
        <translation>Te importeren CSV- of vCard-bestand.</translation>
    </message>
    <message>
        <source>Column mapping (JSON) for a CSV file, instead of the format found from its header.</source>
        <translation>Kolomkoppeling (JSON) voor een CSV-bestand, in plaats van het formaat dat uit de kopregel afgeleid wordt.</translation>
    </message>
    <message>
        <source>What to do with a likely duplicate: skip (default), merge (fill empty fields of the existing record) or keep (create both).</source>
        <translation>Wat te doen met een waarschijnlijk dubbel: skip (overslaan, standaard), merge (lege velden van de bestaande fiche invullen) of keep (beide aanmaken).</translation>
    </message>
    <message>
        <source>Report what would be imported; write nothing.</source>
        <translation>Tonen wat geïmporteerd zou worden; niets schrijven.</translation>
    </message>
    <message>
        <source>Give exactly one file to import. See: coopatlas-cli import --help</source>
        <translation>Geef precies één bestand op om te importeren. Zie: coopatlas-cli import --help</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip, merge or keep, not &quot;%1&quot;.</source>
        <translation>--on-duplicate aanvaardt skip, merge of keep, niet ‘%1’.</translation>
    </message>
    <message>
        <source>Import a CSV or vCard file.</source>
        <translation>Een CSV- of vCard-bestand importeren.</translation>
    </message>
    <message>
        <source>Sync the database with the CouchDB server.</source>
        <translation>De database synchroniseren met de CouchDB-server.</translation>
    </message>
    <message>
        <source>List sync conflicts and rejected records.</source>
        <translation>Synchronisatieconflicten en geweigerde fiches tonen.</translation>
    </message>
    <message>
        <source>Keep the local or the remote side of a conflict.</source>
        <translation>De lokale of de externe kant van een conflict behouden.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>CoopAtlas from the command line.</source>
        <translation>CoopAtlas via de opdrachtregel.</translation>
    </message>
    <message>
        <source>SQLite database to use (default: coopatlas.sqlite in the application data folder).</source>
        <translation>Te gebruiken SQLite-database (standaard: coopatlas.sqlite in de gegevensmap van de toepassing).</translation>
    </message>
    <message>
        <source>Log progress messages to standard error.</source>
        <translation>Voortgangsberichten naar de standaardfoutuitvoer schrijven.</translation>
    </message>
    <message>
        <source>Command to run, see above.</source>
        <translation>Uit te voeren opdracht, zie hierboven.</translation>
    </message>
    <message>
        <source>Give a command.</source>
        <translation>Geef een opdracht op.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Onbekende opdracht ‘%1’.</translation>
    </message>
    <message>
        <source>Export workshops and residencies as iCalendar.</source>
        <translation>Workshops en residenties exporteren als iCalendar.</translation>
    </message>
    <message>
        <source>Write the activity report as PDF, XLSX or CSV.</source>
        <translation>Het activiteitenverslag schrijven als PDF, XLSX of CSV.</translation>
    </message>
    <message>
        <source>Export a list as CSV, or contacts as vCards.</source>
        <translation>Een lijst exporteren als CSV, of contacten als vCards.</translation>
    </message>
    <message>
        <source>Write a full JSON backup of the database.</source>
        <translation>Een volledige JSON-back-up van de database schrijven.</translation>
    </message>
    <message>
        <source>Restore a JSON backup into a new database file.</source>
        <translation>Een JSON-back-up herstellen in een nieuw databasebestand.</translation>
    </message>
    <message>
        <source>CoopAtlas file to read.</source>
        <translation>CoopAtlas-bestand om te lezen.</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD, local time) that an item must reach.</source>
        <translation>Eerste dag (JJJJ-MM-DD, lokale tijd) die een item moet bereiken.</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD, local time, included) on which an item may start.</source>
        <translation>Laatste dag (JJJJ-MM-DD, lokale tijd, inbegrepen) waarop een item mag beginnen.</translation>
    </message>
    <message>
        <source>Write only workshops or only residencies.</source>
        <translation>Alleen workshops of alleen residenties schrijven.</translation>
    </message>
    <message>
        <source>Write only this workshop or residency; give it once per item.</source>
        <translation>Alleen deze workshop of residentie schrijven; geef de optie één keer per item.</translation>
    </message>
    <message>
        <source>Give the file to write with --output FILE.</source>
        <translation>Geef het te schrijven bestand met --output BESTAND.</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2. Swap the two dates.</source>
        <translation>--to %1 valt vóór --from %2. Wissel de twee datums om.</translation>
    </message>
    <message>
        <source>--kind takes workshop or residency, not &quot;%1&quot;.</source>
        <translation>--kind neemt workshop of residency, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: the database does not exist. Give an existing CoopAtlas file with --database.</source>
        <translation>%1: de database bestaat niet. Geef een bestaand CoopAtlas-bestand met --database.</translation>
    </message>
    <message>
        <source>Calendar export failed: %1</source>
        <translation>Het exporteren van de kalender is mislukt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n calendar item(s) to %1.</source>
        <translation>
            <numerusform>%n kalenderitem geschreven naar %1.</numerusform>
            <numerusform>%n kalenderitems geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the database does not exist. Give an existing CoopAtlas file with --database before the command.</source>
        <translation>%1: de database bestaat niet. Geef een bestaand CoopAtlas-bestand met --database vóór de opdracht.</translation>
    </message>
    <message>
        <source>Exports a record list as CSV: every column and every live row, sorted by the first column. Cells that a spreadsheet would run as a formula start with an apostrophe.</source>
        <translation>Exporteert een lijst fiches als CSV: elke kolom en elke actieve rij, gesorteerd op de eerste kolom. Cellen die een rekenblad als formule zou uitvoeren, beginnen met een apostrof.</translation>
    </message>
    <message>
        <source>List to export.</source>
        <translation>Te exporteren lijst.</translation>
    </message>
    <message>
        <source>excel: UTF-8 with a byte order mark and &quot;;&quot; between fields; plain: UTF-8 and &quot;,&quot;. Default: excel for French, Dutch or German system languages, else plain.</source>
        <translation>excel: UTF-8 met byte order mark en &quot;;&quot; tussen de velden; plain: UTF-8 en &quot;,&quot;. Standaard: excel voor Franse, Nederlandse of Duitse systeemtalen, anders plain.</translation>
    </message>
    <message>
        <source>--list takes organisations, people or links, not &quot;%1&quot;.</source>
        <translation>--list neemt organisations, people of links, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--dialect takes excel or plain, not &quot;%1&quot;.</source>
        <translation>--dialect neemt excel of plain, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Exporteren mislukt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n rij geëxporteerd naar %1.</numerusform>
            <numerusform>%n rijen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>vCard version (default: 4.0).</source>
        <translation>vCard-versie (standaard: 4.0).</translation>
    </message>
    <message>
        <source>Export only people or only organisations (default: both).</source>
        <translation>Alleen personen of alleen organisaties exporteren (standaard: beide).</translation>
    </message>
    <message>
        <source>--version takes 4.0 or 3.0, not &quot;%1&quot;.</source>
        <translation>--version neemt 4.0 of 3.0, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--kind takes person or organisation, not &quot;%1&quot;.</source>
        <translation>--kind neemt person of organisation, niet &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n card(s) to %1.</source>
        <translation>
            <numerusform>%n kaart geëxporteerd naar %1.</numerusform>
            <numerusform>%n kaarten geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: coopatlas-cli export csv|vcard [options]
  csv    Export a record list as CSV.
  vcard  Export people and organisations as vCards.
See: coopatlas-cli export csv --help</source>
        <translation>Gebruik: coopatlas-cli export csv|vcard [opties]
  csv    Een lijst fiches exporteren als CSV.
  vcard  Personen en organisaties exporteren als vCards.
Zie: coopatlas-cli export csv --help</translation>
    </message>
    <message>
        <source>Give the format to export: csv or vcard. See: coopatlas-cli export --help</source>
        <translation>Geef het exportformaat: csv of vcard. Zie: coopatlas-cli export --help</translation>
    </message>
    <message>
        <source>Writes a full backup of the database as JSON: every table and row, and the schema version. Restore it with: coopatlas-cli restore BACKUP --database NEWFILE</source>
        <translation>Schrijft een volledige back-up van de database als JSON: elke tabel en rij, en de schemaversie. Herstel ze met: coopatlas-cli restore BACKUP --database NIEUWBESTAND</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Back-up mislukt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n row(s) to %1.</source>
        <translation>
            <numerusform>%n rij opgeslagen in back-up %1.</numerusform>
            <numerusform>%n rijen opgeslagen in back-up %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restores a JSON backup into a new database file. A backup of an older schema version is migrated. Nothing is written when the backup is invalid.</source>
        <translation>Herstelt een JSON-back-up in een nieuw databasebestand. Een back-up van een oudere schemaversie wordt gemigreerd. Er wordt niets geschreven als de back-up ongeldig is.</translation>
    </message>
    <message>
        <source>Backup file to read.</source>
        <translation>Back-upbestand om te lezen.</translation>
    </message>
    <message>
        <source>Give exactly one backup file. See: coopatlas-cli restore --help</source>
        <translation>Geef precies één back-upbestand. Zie: coopatlas-cli restore --help</translation>
    </message>
    <message>
        <source>Give the new database file with --database FILE.</source>
        <translation>Geef het nieuwe databasebestand met --database BESTAND.</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Herstellen mislukt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n row(s) into %1.</source>
        <translation>
            <numerusform>%n rij hersteld in %1.</numerusform>
            <numerusform>%n rijen hersteld in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give one period: --year YYYY, --quarter YYYY-Qn, or --from DATE --to DATE.</source>
        <translation>Geef één periode: --year JJJJ, --quarter JJJJ-Qn, of --from DATUM --to DATUM.</translation>
    </message>
    <message>
        <source>Write the year as YYYY, such as 2026.</source>
        <translation>Schrijf het jaar als JJJJ, zoals 2026.</translation>
    </message>
    <message>
        <source>Give both --from and --to.</source>
        <translation>Geef zowel --from als --to.</translation>
    </message>
    <message>
        <source>Writes the activity report for the Region for a period and the period of the same length before it. CSV writes a folder with one file per table.</source>
        <translation>Schrijft het activiteitenverslag voor het Gewest voor een periode en voor de even lange periode ervoor. CSV schrijft een map met één bestand per tabel.</translation>
    </message>
    <message>
        <source>Report on a calendar year.</source>
        <translation>Verslag over een kalenderjaar.</translation>
    </message>
    <message>
        <source>Report on a calendar quarter.</source>
        <translation>Verslag over een kalenderkwartaal.</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Eerste dag van de periode.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Laatste dag van de periode.</translation>
    </message>
    <message>
        <source>Language of the report.</source>
        <translation>Taal van het verslag.</translation>
    </message>
    <message>
        <source>Choose the format pdf, xlsx or csv.</source>
        <translation>Kies het formaat pdf, xlsx of csv.</translation>
    </message>
    <message>
        <source>Choose the language fr, nl or en.</source>
        <translation>Kies de taal fr, nl of en.</translation>
    </message>
    <message>
        <source>Report failed: %1</source>
        <translation>Verslag mislukt: %1</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>Geen activiteit in deze periode.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Verslag geschreven naar %1</translation>
    </message>
    <message>
        <source>Connecting to %1, database “%2”.</source>
        <translation>Verbinden met %1, database &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Receiving changes: %1 of %2.</source>
        <translation>Wijzigingen ontvangen: %1 van %2.</translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2 sent.</source>
        <translation>Wijzigingen versturen: %1 van %2 verstuurd.</translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2 sent, %3 rejected by the server.</source>
        <translation>Wijzigingen versturen: %1 van %2 verstuurd, %3 geweigerd door de server.</translation>
    </message>
    <message>
        <source>The server URL “%1” is not valid: give it as https://HOST[:PORT][/PATH] with --server.</source>
        <translation>De server-URL &quot;%1&quot; is ongeldig: geef ze als https://HOST[:POORT][/PAD] met --server.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date: write it as YYYY-MM-DD, such as 2026-03-29.</source>
        <translation>%1 &quot;%2&quot; is geen datum: schrijf ze als JJJJ-MM-DD, zoals 2026-03-29.</translation>
    </message>
    <message>
        <source>%1 %2: that day does not exist. Check the month and day.</source>
        <translation>%1 %2: die dag bestaat niet. Controleer de maand en de dag.</translation>
    </message>
    <message>
        <source>Give the list to export with --list organisations, people or links.</source>
        <translation>Geef de te exporteren lijst met --list organisations, people of links.</translation>
    </message>
    <message>
        <source>New database file to create; it must not exist. It may also be given before the command.</source>
        <translation>Nieuw databasebestand om aan te maken; het mag nog niet bestaan. Het mag ook vóór de opdracht gegeven worden.</translation>
    </message>
    <message>
        <source>File format. Default: from the extension of --output (.pdf or .xlsx); required for CSV and for other names. A format that differs from the extension is rejected.</source>
        <translation>Bestandsformaat. Standaard: volgens de extensie van --output (.pdf of .xlsx); verplicht voor CSV en voor andere namen. Een formaat dat verschilt van de extensie wordt geweigerd.</translation>
    </message>
    <message>
        <source>Give the format with --format pdf, xlsx or csv, or end the --output name with .pdf or .xlsx.</source>
        <translation>Geef het formaat met --format pdf, xlsx of csv, of laat de naam bij --output eindigen op .pdf of .xlsx.</translation>
    </message>
    <message>
        <source>--format %1 does not match the extension of %2. Change one of them.</source>
        <translation>--format %1 komt niet overeen met de extensie van %2. Wijzig een van beide.</translation>
    </message>
    <message>
        <source>iCalendar file to write. An existing file is replaced only once the whole output is written; &quot;-&quot; (standard output) is rejected.</source>
        <translation>iCalendar-bestand om te schrijven. Een bestaand bestand wordt pas vervangen als de hele uitvoer geschreven is; &quot;-&quot; (standaarduitvoer) wordt geweigerd.</translation>
    </message>
    <message>
        <source>CSV file to write. An existing file is replaced only once the whole output is written; &quot;-&quot; (standard output) is rejected.</source>
        <translation>CSV-bestand om te schrijven. Een bestaand bestand wordt pas vervangen als de hele uitvoer geschreven is; &quot;-&quot; (standaarduitvoer) wordt geweigerd.</translation>
    </message>
    <message>
        <source>vCard file to write. An existing file is replaced only once the whole output is written; &quot;-&quot; (standard output) is rejected.</source>
        <translation>vCard-bestand om te schrijven. Een bestaand bestand wordt pas vervangen als de hele uitvoer geschreven is; &quot;-&quot; (standaarduitvoer) wordt geweigerd.</translation>
    </message>
    <message>
        <source>Backup file to write. An existing file is replaced only once the whole output is written; &quot;-&quot; (standard output) is rejected.</source>
        <translation>Back-upbestand om te schrijven. Een bestaand bestand wordt pas vervangen als de hele uitvoer geschreven is; &quot;-&quot; (standaarduitvoer) wordt geweigerd.</translation>
    </message>
    <message>
        <source>File to write (a folder for CSV). An existing file is replaced only once the whole output is written; &quot;-&quot; (standard output) is rejected.</source>
        <translation>Te schrijven bestand (een map voor CSV). Een bestaand bestand wordt pas vervangen als de hele uitvoer geschreven is; &quot;-&quot; (standaarduitvoer) wordt geweigerd.</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Bijgewerkt: %1</translation>
    </message>
    <message>
        <source>Usage: coopatlas-cli [--database FILE] report (--year YYYY | --quarter YYYY-Qn | --from DATE --to DATE) --output FILE [options]</source>
        <translation>Gebruik: coopatlas-cli [--database BESTAND] report (--year JJJJ | --quarter JJJJ-Qn | --from DATUM --to DATUM) --output BESTAND [opties]</translation>
    </message>
    <message>
        <source>Writes workshops and residencies as one iCalendar (.ics) file: timed workshops in their own time zone, all-day workshops and residencies as dates. Without a filter every live item is written. When no item matches, nothing is written and the exit status is 1, unless --allow-empty is given.</source>
        <translation>Schrijft workshops en residenties als één iCalendar-bestand (.ics): workshops met een tijdstip in hun eigen tijdzone, workshops van een hele dag en residenties als datums. Zonder filter wordt elk actief item geschreven. Als geen enkel item overeenkomt, wordt niets geschreven en is de afsluitcode 1, tenzij --allow-empty opgegeven is.</translation>
    </message>
    <message>
        <source>Write a calendar without items, with exit status 0, when no item matches.</source>
        <translation>Een kalender zonder items schrijven, met afsluitcode 0, als geen enkel item overeenkomt.</translation>
    </message>
    <message>
        <source>No workshop or residency matches the filters, so %1 was not written. Widen --from, --to, --kind or --id, or give --allow-empty to write an empty calendar.</source>
        <translation>Geen enkele workshop of residentie komt overeen met de filters, dus %1 is niet geschreven. Verruim --from, --to, --kind of --id, of geef --allow-empty op om een lege kalender te schrijven.</translation>
    </message>
    <message>
        <source>Exports people and organisations as vCards, organisations first, each sorted by name. Each card has the UID urn:uuid:ID with the record&apos;s id, and an organisation has its kind as X-COOPATLAS-KIND, its stage, sectors, founding and closing dates as X-COOPATLAS-STAGE, X-COOPATLAS-SECTORS, X-COOPATLAS-FOUNDED and X-COOPATLAS-CLOSED, and its tags as CATEGORIES, so that importing the file again updates the same records instead of adding copies. Values are written exactly, except that vCard text has no escape for a carriage return: a CR or CRLF inside a value is written as a line break and reads back as LF.</source>
        <translation>Exporteert personen en organisaties als vCards, eerst de organisaties, elk gesorteerd op naam. Elke kaart heeft de UID urn:uuid:ID met de id van de fiche, en een organisatie heeft haar soort als X-COOPATLAS-KIND, haar fase, sectoren, oprichtings- en sluitingsdatum als X-COOPATLAS-STAGE, X-COOPATLAS-SECTORS, X-COOPATLAS-FOUNDED en X-COOPATLAS-CLOSED, en haar labels als CATEGORIES, zodat het bestand opnieuw importeren dezelfde fiches bijwerkt in plaats van kopieën toe te voegen. Waarden worden exact geschreven, behalve dat vCard-tekst geen escape voor een regelterugloop (carriage return) kent: een CR of CRLF in een waarde wordt als regeleinde geschreven en als LF teruggelezen.</translation>
    </message>
    <message>
        <source>the chosen version&apos;s file is read from the server, but the server, its database and the user name are not all set for this file. Set them with &quot;coopatlas-cli sync&quot; first.</source>
        <translation>het bestand van de gekozen versie wordt van de server gelezen, maar de server, de database en de gebruikersnaam zijn niet allemaal ingesteld voor dit bestand. Stel ze eerst in met ‘coopatlas-cli sync’.</translation>
    </message>
    <message>
        <source>no password on standard input. Give the password as the first line of standard input, or leave out --password-stdin to use the system keychain.</source>
        <translation>geen wachtwoord op de standaardinvoer. Geef het wachtwoord op de eerste regel van de standaardinvoer, of laat --password-stdin weg om de sleutelhanger van het systeem te gebruiken.</translation>
    </message>
    <message>
        <source>the password could not be read from the system keychain: %1 Give it with --password-stdin instead.</source>
        <translation>het wachtwoord kon niet uit de sleutelhanger van het systeem gelezen worden: %1 Geef het in plaats daarvan met --password-stdin.</translation>
    </message>
    <message>
        <source>Files not yet received from the server: %1. Each sync reads them again.</source>
        <translation>Bestanden nog niet van de server ontvangen: %1. Elke synchronisatie probeert ze opnieuw te lezen.</translation>
    </message>
    <message>
        <source>Resolves the sync conflict of one record. With local or remote, the conflicting fields take the values of this file (local) or of the server (remote), and changes made on one side only are kept. With a revision id listed by &quot;coopatlas-cli conflicts&quot;, that whole server revision is kept. When the kept version names a file that this database lacks, the file is read from the server saved by &quot;coopatlas-cli sync&quot;. The next sync sends the result.</source>
        <translation>Lost het synchronisatieconflict van één fiche op. Met local of remote nemen de conflicterende velden de waarden van dit bestand (local) of van de server (remote) over, en wijzigingen die maar aan één kant gemaakt zijn, blijven behouden. Met een revisie-id die ‘coopatlas-cli conflicts’ toont, blijft die hele serverrevisie behouden. Als de behouden versie een bestand noemt dat deze database niet heeft, wordt het bestand gelezen van de server die ‘coopatlas-cli sync’ bewaard heeft. De volgende synchronisatie verzendt het resultaat.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input instead of the system keychain, when the chosen version&apos;s file is read from the server.</source>
        <translation>Het wachtwoord lezen van de eerste regel van de standaardinvoer in plaats van uit de sleutelhanger van het systeem, als het bestand van de gekozen versie van de server gelezen wordt.</translation>
    </message>
    <message>
        <source>The server database changed since the last sync (it was moved or restored), so the sync receives every change again from the beginning and merges it with this file.</source>
        <translation>De serverdatabase is sinds de laatste synchronisatie gewijzigd (ze werd verplaatst of hersteld), dus de synchronisatie ontvangt alle wijzigingen opnieuw vanaf het begin en voegt ze samen met dit bestand.</translation>
    </message>
    <message>
        <source>The server did not accept the position saved by the last sync, so the sync receives every change again from the beginning and merges it with this file.</source>
        <translation>De server aanvaardde de positie van de laatste synchronisatie niet, dus de synchronisatie ontvangt alle wijzigingen opnieuw vanaf het begin en voegt ze samen met dit bestand.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core</name>
    <message>
        <source>Not enough memory to write the spreadsheet %1. Close other programs or write the report of a shorter period.</source>
        <translation>Onvoldoende geheugen om het rekenblad %1 te schrijven. Sluit andere programma&apos;s of schrijf het verslag over een kortere periode.</translation>
    </message>
    <message>
        <source>the ZIP archive of the spreadsheet could not be written</source>
        <translation>het ZIP-archief van het rekenblad kon niet worden geschreven</translation>
    </message>
    <message>
        <source>The sheet name &quot;%1&quot; is not valid in a spreadsheet, so %2 was not written. Change the section title in the report template.</source>
        <translation>De bladnaam ‘%1’ is niet geldig in een rekenblad, dus %2 werd niet geschreven. Wijzig de titel van het onderdeel in het verslagsjabloon.</translation>
    </message>
    <message>
        <source>The spreadsheet %1 was not written because libxlsxwriter reported: %2. Write the report as PDF or CSV, and report this error to the CoopAtlas developers.</source>
        <translation>Het rekenblad %1 werd niet geschreven omdat libxlsxwriter meldde: %2. Schrijf het verslag als PDF of CSV en meld deze fout aan de ontwikkelaars van CoopAtlas.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Activities</name>
    <message>
        <source>Inform</source>
        <translation>Informeren</translation>
    </message>
    <message>
        <source>Federate</source>
        <translation>Verenigen</translation>
    </message>
    <message>
        <source>Equip</source>
        <translation>Uitrusten</translation>
    </message>
    <message>
        <source>Mobilise</source>
        <translation>Mobiliseren</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Verontschuldigd</translation>
    </message>
    <message>
        <source>Berlin</source>
        <translation>Berlijn</translation>
    </message>
    <message>
        <source>Barcelona</source>
        <translation>Barcelona</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Reis</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Verblijf</translation>
    </message>
    <message>
        <source>Subsistence</source>
        <translation>Verblijfkosten</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Honoraria</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Belemmering</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Kans</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Aangekaart</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Deelname</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Residency</source>
        <translation>Residentie</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Verblijf</translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation>Programma-onderdeel</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Begrotingsregel</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Obstacle or opportunity</source>
        <translation>Belemmering of kans</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ActivityStore</name>
    <message>
        <source>The workshop</source>
        <translation>De workshop</translation>
    </message>
    <message>
        <source>The follow-up</source>
        <translation>De opvolging</translation>
    </message>
    <message>
        <source>The residency</source>
        <translation>De residentie</translation>
    </message>
    <message>
        <source>The programme item</source>
        <translation>Het programma-onderdeel</translation>
    </message>
    <message>
        <source>The budget line</source>
        <translation>De begrotingsregel</translation>
    </message>
    <message>
        <source>The resource</source>
        <translation>De bron</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program since you opened it, so this change was not saved. Reload the record to see the other change, then make your change again.</source>
        <translation>%1 is gewijzigd in een ander venster of programma sinds u het opende, dus deze wijziging is niet opgeslagen. Laad de fiche opnieuw om de andere wijziging te zien en breng uw wijziging daarna opnieuw aan.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>No %1 with id %2 exists (it may have been deleted). Choose another record for &quot;%3&quot;.</source>
        <translation>Er bestaat geen %1 met id %2 (misschien is die verwijderd). Kies een andere fiche voor &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>No record with id %1 exists that &quot;%2&quot; may name (it may have been deleted). Remove it from the list.</source>
        <translation>Er bestaat geen fiche met id %1 die &quot;%2&quot; mag noemen (misschien is die verwijderd). Verwijder ze uit de lijst.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Records of the kind &quot;%1&quot; have no list. Choose workshops, residencies, resources or barriers.</source>
        <translation>Fiches van de soort &quot;%1&quot; hebben geen lijst. Kies workshops, residenties, bronnen of belemmeringen.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>As</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>The resource with id %1 was not found or is deleted, so the file &quot;%2&quot; was not attached. Reload the list.</source>
        <translation>De bron met id %1 is niet gevonden of is verwijderd, dus het bestand &quot;%2&quot; is niet bijgevoegd. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>The resource with id %1 was not found or is deleted. Reload the list.</source>
        <translation>De bron met id %1 is niet gevonden of is verwijderd. Laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>This participant already takes part in the workshop. Edit the existing participation instead.</source>
        <translation>Deze deelnemer neemt al deel aan de workshop. Bewerk in plaats daarvan de bestaande deelname.</translation>
    </message>
    <message>
        <source>%1 already stays in the residency &quot;%2&quot; from %3 to %4, which overlaps these dates. Save anyway only if both stays are right, or change the dates.</source>
        <translation>%1 verblijft al in de residentie &quot;%2&quot; van %3 tot %4, wat overlapt met deze datums. Sla toch op alleen als beide verblijven kloppen, of wijzig de datums.</translation>
    </message>
    <message>
        <source>The budget totals of this residency are too large to add up. Correct the amounts above %1.</source>
        <translation>De begrotingstotalen van deze residentie zijn te groot om op te tellen. Verbeter de bedragen boven %1.</translation>
    </message>
    <message>
        <source>The workshop is full, so this participant goes on the waiting list, where attendance is not recorded. Set the attendance to &quot;%1&quot;.</source>
        <translation>De workshop is volzet, dus deze deelnemer komt op de wachtlijst, waar de aanwezigheid niet geregistreerd wordt. Zet de aanwezigheid op ‘%1’.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Amounts</name>
    <message>
        <source>The amount &quot;%1&quot; in %2 is negative. Enter zero or more.</source>
        <translation>Het bedrag ‘%1’ in %2 is negatief. Vul nul of meer in.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; in %2 has more than 2 decimals. Type euros and cents, such as %3.</source>
        <translation>Het bedrag ‘%1’ in %2 heeft meer dan 2 decimalen. Typ euro en cent, zoals %3.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; in %2 is above the largest amount, %3. Check the amount.</source>
        <translation>Het bedrag ‘%1’ in %2 is groter dan het hoogste bedrag, %3. Controleer het bedrag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in euros for %2. Type a number such as %3.</source>
        <translation>‘%1’ is geen bedrag in euro voor %2. Typ een getal zoals %3.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::CalendarMapping</name>
    <message>
        <source>No workshop or residency with id %1 exists (it may have been deleted). Check the id, or leave out --id to export every item.</source>
        <translation>Er bestaat geen workshop of residentie met id %1 (misschien is die verwijderd). Controleer de id, of laat --id weg om elk item te exporteren.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ColumnMapping</name>
    <message>
        <source>This is not a CoopAtlas column mapping (the &quot;format&quot; key is missing or different). Save the mapping again from the import wizard.</source>
        <translation>Dit is geen kolomkoppeling van CoopAtlas (de sleutel ‘format’ ontbreekt of is anders). Sla de koppeling opnieuw op vanuit de importwizard.</translation>
    </message>
    <message>
        <source>The mapping target &quot;%1&quot; is invalid; use &quot;organisation&quot; or &quot;person&quot;.</source>
        <translation>Het koppelingsdoel ‘%1’ is ongeldig; gebruik ‘organisation’ of ‘person’.</translation>
    </message>
    <message>
        <source>The mapping cannot be saved: %1. Choose a folder you may write to.</source>
        <translation>De koppeling kan niet worden opgeslagen: %1. Kies een map waarin u mag schrijven.</translation>
    </message>
    <message>
        <source>The mapping cannot be saved: %1. Check the free disk space.</source>
        <translation>De koppeling kan niet worden opgeslagen: %1. Controleer de vrije schijfruimte.</translation>
    </message>
    <message>
        <source>The mapping file cannot be opened: %1.</source>
        <translation>Het koppelingsbestand kan niet worden geopend: %1.</translation>
    </message>
    <message>
        <source>The mapping file is not valid JSON (%1 at offset %2).</source>
        <translation>Het koppelingsbestand is geen geldige JSON (%1 op positie %2).</translation>
    </message>
    <message>
        <source>The mapping uses the column &quot;%1&quot;, which is not in the header row. Choose another mapping or edit it.</source>
        <translation>De koppeling gebruikt kolom ‘%1’, die niet in de kopregel staat. Kies een andere koppeling of pas ze aan.</translation>
    </message>
    <message>
        <source>The mapping uses the column &quot;%1&quot; for types, which is not in the header row. Choose another mapping or edit it.</source>
        <translation>De koppeling gebruikt voor de soorten kolom ‘%1’, die niet in de kopregel staat. Kies een andere koppeling of pas ze aan.</translation>
    </message>
    <message>
        <source>The mapping sends column &quot;%1&quot; to the unknown field &quot;%2&quot;. Use one of: %3.</source>
        <translation>De koppeling stuurt kolom ‘%1’ naar het onbekende veld ‘%2’. Gebruik een van: %3.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::CouchClient</name>
    <message>
        <source>the reply has no server version, so the address is not a CouchDB server</source>
        <translation>het antwoord bevat geen serverversie, dus het adres is geen CouchDB-server</translation>
    </message>
    <message>
        <source>The clock of this computer differs from the server&apos;s clock by %1 seconds. Set the right date and time on this computer.</source>
        <translation>De klok van deze computer wijkt %1 seconden af van die van de server. Stel de juiste datum en tijd in op deze computer.</translation>
    </message>
    <message>
        <source>the reply has no list of results</source>
        <translation>het antwoord bevat geen lijst met resultaten</translation>
    </message>
    <message>
        <source>the reply has no last sequence</source>
        <translation>het antwoord bevat geen laatste volgnummer</translation>
    </message>
    <message>
        <source>result %1 of the reply has no document</source>
        <translation>resultaat %1 van het antwoord bevat geen document</translation>
    </message>
    <message>
        <source>Sending %1 documents to the database “%2”</source>
        <translation>%1 documenten verzenden naar de database ‘%2’</translation>
    </message>
    <message>
        <source>the reply lists %1 documents instead of %2</source>
        <translation>het antwoord bevat %1 documenten in plaats van %2</translation>
    </message>
    <message>
        <source>item %1 of the reply has no id with a revision or an error</source>
        <translation>element %1 van het antwoord heeft geen id met revisie en geen fout</translation>
    </message>
    <message>
        <source>Reading the document “%1”</source>
        <translation>Het document ‘%1’ lezen</translation>
    </message>
    <message>
        <source>the reply is not the document “%1”</source>
        <translation>het antwoord is niet het document ‘%1’</translation>
    </message>
    <message>
        <source>Reading %1 revisions of the document “%2”</source>
        <translation>%1 revisies van het document ‘%2’ lezen</translation>
    </message>
    <message>
        <source>item %1 of the reply is neither a document nor a missing revision</source>
        <translation>element %1 van het antwoord is geen document en geen ontbrekende revisie</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>Verbinden met de server</translation>
    </message>
    <message>
        <source>Logging in as “%1”</source>
        <translation>Aanmelden als ‘%1’</translation>
    </message>
    <message>
        <source>the reply has no user name and roles</source>
        <translation>het antwoord bevat geen gebruikersnaam en rollen</translation>
    </message>
    <message>
        <source>Opening the database “%1”</source>
        <translation>De database ‘%1’ openen</translation>
    </message>
    <message>
        <source>the reply has no database name</source>
        <translation>het antwoord bevat geen databasenaam</translation>
    </message>
    <message>
        <source>Reading the changes of the database “%1”</source>
        <translation>De wijzigingen van de database ‘%1’ lezen</translation>
    </message>
    <message>
        <source>%1 (server message: “%2”)</source>
        <translation>%1 (bericht van de server: ‘%2’)</translation>
    </message>
    <message>
        <source>Ask the server administrator to check the server certificate.</source>
        <translation>Vraag de beheerder van de server het servercertificaat te controleren.</translation>
    </message>
    <message>
        <source>the server certificate expired on %1</source>
        <translation>het servercertificaat is verlopen op %1</translation>
    </message>
    <message>
        <source>Ask the server administrator to renew the server certificate, and check that the date of this computer is right.</source>
        <translation>Vraag de beheerder van de server het servercertificaat te vernieuwen en controleer of de datum van deze computer juist is.</translation>
    </message>
    <message>
        <source>the server certificate is valid only from %1</source>
        <translation>het servercertificaat is pas geldig vanaf %1</translation>
    </message>
    <message>
        <source>Check that the date and time of this computer are right.</source>
        <translation>Controleer of de datum en tijd van deze computer juist zijn.</translation>
    </message>
    <message>
        <source>the server certificate is for %1, not for %2</source>
        <translation>het servercertificaat is voor %1, niet voor %2</translation>
    </message>
    <message>
        <source>Check the server address.</source>
        <translation>Controleer het serveradres.</translation>
    </message>
    <message>
        <source>the server certificate is not signed by an authority that this computer trusts (SHA-256 fingerprint %1)</source>
        <translation>het servercertificaat is niet ondertekend door een instantie die deze computer vertrouwt (SHA-256-vingerafdruk %1)</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one from the server administrator and trust the certificate only if they match, or give the server&apos;s CA certificate file.</source>
        <translation>Vergelijk de vingerafdruk met die van de beheerder van de server en vertrouw het certificaat alleen als ze gelijk zijn, of geef het bestand met het CA-certificaat van de server op.</translation>
    </message>
    <message>
        <source>the secure connection failed (%1)</source>
        <translation>de beveiligde verbinding is mislukt (%1)</translation>
    </message>
    <message>
        <source>the server redirected the request to “%1” (HTTP %2), and the client follows no redirect</source>
        <translation>de server heeft het verzoek omgeleid naar ‘%1’ (HTTP %2), en de client volgt geen omleidingen</translation>
    </message>
    <message>
        <source>the server returned HTTP status %1</source>
        <translation>de server gaf HTTP-status %1 terug</translation>
    </message>
    <message>
        <source>Try again later. If it keeps failing, tell the server administrator.</source>
        <translation>Probeer het later opnieuw. Als het blijft mislukken, verwittig dan de beheerder van de server.</translation>
    </message>
    <message>
        <source>%1, and the server asks to wait %2 s before the next request</source>
        <translation>%1, en de server vraagt %2 s te wachten voor het volgende verzoek</translation>
    </message>
    <message>
        <source>Try again after that time. If it keeps failing, tell the server administrator.</source>
        <translation>Probeer het na die tijd opnieuw. Als het blijft mislukken, verwittig dan de beheerder van de server.</translation>
    </message>
    <message>
        <source>the server did not accept the user name “%1” with this password</source>
        <translation>de server aanvaardde de gebruikersnaam ‘%1’ niet met dit wachtwoord</translation>
    </message>
    <message>
        <source>Check the password. If it is right, ask the server administrator to check the account.</source>
        <translation>Controleer het wachtwoord. Als het juist is, vraag dan de beheerder van de server de account te controleren.</translation>
    </message>
    <message>
        <source>the account “%1” is not allowed to do this</source>
        <translation>de account ‘%1’ mag dit niet doen</translation>
    </message>
    <message>
        <source>Ask the server administrator for access to the database “%1”.</source>
        <translation>Vraag de beheerder van de server toegang tot de database ‘%1’.</translation>
    </message>
    <message>
        <source>the server has no such database or document</source>
        <translation>de server heeft deze database of dit document niet</translation>
    </message>
    <message>
        <source>Check the database name.</source>
        <translation>Controleer de naam van de database.</translation>
    </message>
    <message>
        <source>the document was changed on the server</source>
        <translation>het document is op de server gewijzigd</translation>
    </message>
    <message>
        <source>Synchronise again to merge the changes.</source>
        <translation>Synchroniseer opnieuw om de wijzigingen samen te voegen.</translation>
    </message>
    <message>
        <source>the request is larger than the server accepts (%1 bytes at most)</source>
        <translation>het verzoek is groter dan de server aanvaardt (maximaal %1 bytes)</translation>
    </message>
    <message>
        <source>the request is larger than the server accepts</source>
        <translation>het verzoek is groter dan de server aanvaardt</translation>
    </message>
    <message>
        <source>Remove large attachments or photos from the records, or ask the server administrator to raise the size limit.</source>
        <translation>Verwijder grote bijlagen of foto&apos;s uit de fiches, of vraag de beheerder van de server de groottelimiet te verhogen.</translation>
    </message>
    <message>
        <source>the server sent no data for %1 s</source>
        <translation>de server heeft %1 s lang geen gegevens verzonden</translation>
    </message>
    <message>
        <source>Check the network connection and try again later.</source>
        <translation>Controleer de netwerkverbinding en probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>the request did not finish within %1 min</source>
        <translation>het verzoek is niet binnen %1 min voltooid</translation>
    </message>
    <message>
        <source>Check the speed of the network connection and try again later.</source>
        <translation>Controleer de snelheid van de netwerkverbinding en probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>the reply of the server is too large to be a valid reply</source>
        <translation>het antwoord van de server is te groot om een geldig antwoord te zijn</translation>
    </message>
    <message>
        <source>the server closed the connection after %1 of %2 bytes of the request; the request is probably larger than the server accepts</source>
        <translation>de server sloot de verbinding na %1 van de %2 bytes van het verzoek; het verzoek is waarschijnlijk groter dan de server aanvaardt</translation>
    </message>
    <message>
        <source>Check the network connection and the server address, then try again.</source>
        <translation>Controleer de netwerkverbinding en het serveradres en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>de server weigerde de verbinding</translation>
    </message>
    <message>
        <source>the server closed the connection before its reply was complete</source>
        <translation>de server sloot de verbinding voordat het antwoord volledig was</translation>
    </message>
    <message>
        <source>the server name %1 was not found</source>
        <translation>de servernaam %1 is niet gevonden</translation>
    </message>
    <message>
        <source>the connection failed (%1)</source>
        <translation>de verbinding is mislukt (%1)</translation>
    </message>
    <message>
        <source>Check that the server address points at a CouchDB server; if it does, tell the server administrator.</source>
        <translation>Controleer of het serveradres naar een CouchDB-server verwijst; zo ja, verwittig dan de beheerder van de server.</translation>
    </message>
    <message>
        <source>the server sent a web page instead of JSON data</source>
        <translation>de server stuurde een webpagina in plaats van JSON-gegevens</translation>
    </message>
    <message>
        <source>the reply is not valid JSON (%1 at byte %2 of %3)</source>
        <translation>het antwoord is geen geldige JSON (%1 op byte %2 van %3)</translation>
    </message>
    <message>
        <source>the reply is not a JSON array</source>
        <translation>het antwoord is geen JSON-array</translation>
    </message>
    <message>
        <source>the reply is not a JSON object</source>
        <translation>het antwoord is geen JSON-object</translation>
    </message>
    <message>
        <source>the CA certificate file %1 does not exist</source>
        <translation>het CA-certificaatbestand %1 bestaat niet</translation>
    </message>
    <message>
        <source>the CA certificate file %1 contains no PEM certificate</source>
        <translation>het CA-certificaatbestand %1 bevat geen PEM-certificaat</translation>
    </message>
    <message>
        <source>%1 failed: %2. %3</source>
        <translation>%1 mislukt: %2. %3</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>het is geannuleerd</translation>
    </message>
    <message>
        <source>Start it again when you want to continue.</source>
        <translation>Start het opnieuw wanneer u wilt verdergaan.</translation>
    </message>
    <message>
        <source>the server requires a valid login for %1 (HTTP 401)</source>
        <translation>de server vereist een geldige aanmelding voor %1 (HTTP 401)</translation>
    </message>
    <message>
        <source>Check that the server URL contains no database name, and ask the server administrator whether the account may read the database “%1”.</source>
        <translation>Controleer of de server-URL geen databasenaam bevat, en vraag de beheerder van de server of de account de database ‘%1’ mag lezen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (tried %n times)</source>
        <translation>
            <numerusform>%1 (%n keer geprobeerd)</numerusform>
            <numerusform>%1 (%n keer geprobeerd)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server address “%1” is not an https:// address</source>
        <translation>het serveradres ‘%1’ is geen https://-adres</translation>
    </message>
    <message>
        <source>Give the server address with https://.</source>
        <translation>Geef het serveradres op met https://.</translation>
    </message>
    <message>
        <source>Give an existing PEM file with the server&apos;s CA certificate, or no CA file.</source>
        <translation>Geef een bestaand PEM-bestand met het CA-certificaat van de server op, of geen CA-bestand.</translation>
    </message>
    <message>
        <source>Reading the file of the document “%1”</source>
        <translation>Het bestand van het document &quot;%1&quot; lezen</translation>
    </message>
    <message>
        <source>the file has %1 bytes, over the limit of %2 bytes</source>
        <translation>het bestand is %1 bytes, meer dan de limiet van %2 bytes</translation>
    </message>
    <message>
        <source>Writing the document “%1”</source>
        <translation>Het document ‘%1’ schrijven</translation>
    </message>
    <message>
        <source>the reply has no revision</source>
        <translation>het antwoord bevat geen revisie</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::CredentialStore</name>
    <message>
        <source>Reading the password of %1</source>
        <translation>Het wachtwoord van %1 lezen</translation>
    </message>
    <message>
        <source>No password is stored for %1. Enter the password.</source>
        <translation>Er is geen wachtwoord bewaard voor %1. Voer het wachtwoord in.</translation>
    </message>
    <message>
        <source>Storing the password of %1</source>
        <translation>Het wachtwoord van %1 bewaren</translation>
    </message>
    <message>
        <source>Deleting the password of %1</source>
        <translation>Het wachtwoord van %1 verwijderen</translation>
    </message>
    <message>
        <source>%1 failed: the secret store did not respond within %2 seconds. Unlock the keyring of your desktop session if it asks for it, then try again.</source>
        <translation>%1 mislukt: de geheimenopslag antwoordde niet binnen %2 seconden. Ontgrendel de sleutelhanger van uw bureaubladsessie als daarom gevraagd wordt en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 failed: the secret store of the desktop cannot be reached (%2). Install and start a Secret Service provider, such as GNOME Keyring (Debian package gnome-keyring) or KWallet, then log in again.</source>
        <translation>%1 mislukt: de geheimenopslag van het bureaublad is niet bereikbaar (%2). Installeer en start een Secret Service-aanbieder, zoals GNOME Keyring (Debian-pakket gnome-keyring) of KWallet, en meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>%1 failed: the secret store denied access (%2). Allow CoopAtlas to use the keyring when it asks, then try again.</source>
        <translation>%1 mislukt: de geheimenopslag weigerde de toegang (%2). Sta CoopAtlas toe de sleutelhanger te gebruiken wanneer daarom gevraagd wordt en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 failed: %2. Check that the keyring of your desktop session is unlocked, then try again.</source>
        <translation>%1 mislukt: %2. Controleer of de sleutelhanger van uw bureaubladsessie ontgrendeld is en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::CsvReader</name>
    <message>
        <source>The file cannot be opened: %1. Check that it exists and that you may read it.</source>
        <translation>Het bestand kan niet worden geopend: %1. Controleer of het bestaat en of u het mag lezen.</translation>
    </message>
    <message>
        <source>The file is empty. Choose a CSV file with a header row.</source>
        <translation>Het bestand is leeg. Kies een CSV-bestand met een kopregel.</translation>
    </message>
    <message>
        <source>This is not a text file: line %1 contains a NUL byte. Choose a CSV file exported as text.</source>
        <translation>Dit is geen tekstbestand: regel %1 bevat een NUL-byte. Kies een CSV-bestand dat als tekst is geëxporteerd.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, regel %2</translation>
    </message>
    <message>
        <source>The field is larger than %1 characters. Split the value or check that the file is really a CSV file.</source>
        <translation>Het veld is langer dan %1 tekens. Splits de waarde of controleer of het bestand echt een CSV-bestand is.</translation>
    </message>
    <message>
        <source>A quoted field opened on line %1 is not closed before the end of the file. Check for a missing closing quote (&quot;).</source>
        <translation>Een veld tussen aanhalingstekens dat op regel %1 begint, wordt niet gesloten voor het einde van het bestand. Zoek naar een ontbrekend sluitend aanhalingsteken (&quot;).</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolom %1</translation>
    </message>
    <message>
        <source>Column %1 &quot;%2&quot; has the same name as column %3; it is read as &quot;%4&quot;.</source>
        <translation>Kolom %1 ‘%2’ heeft dezelfde naam als kolom %3 en wordt gelezen als ‘%4’.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields but %4 columns in the header; the extra fields are ignored.</source>
        <translation>%1, regel %2: %3 velden maar %4 kolommen in de kopregel; de extra velden worden genegeerd.</translation>
    </message>
    <message>
        <source>, column &quot;%1&quot;</source>
        <translation>, kolom ‘%1’</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, kolom %1</translation>
    </message>
    <message numerus="yes">
        <source>Reading the file was cancelled after %n row(s).</source>
        <translation>
            <numerusform>Het lezen van het bestand is na %n rij geannuleerd.</numerusform>
            <numerusform>Het lezen van het bestand is na %n rijen geannuleerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::CsvReportWriter</name>
    <message>
        <source>The folder for the CSV files cannot be created. Check the path and that you may write there.</source>
        <translation>De map voor de CSV-bestanden kan niet aangemaakt worden. Controleer het pad en of u er mag schrijven.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::CsvWriter</name>
    <message>
        <source>Writing the CSV file failed: %1. Check that the disk is not full and that you may write to the folder.</source>
        <translation>Het schrijven van het CSV-bestand is mislukt: %1. Controleer of de schijf niet vol is en of u in de map mag schrijven.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Database</name>
    <message>
        <source>This is a folder, not a CoopAtlas data file. Choose a file.</source>
        <translation>Dit is een map, geen gegevensbestand van CoopAtlas. Kies een bestand.</translation>
    </message>
    <message>
        <source>Could not read the data file: %1.</source>
        <translation>Het gegevensbestand kon niet worden gelezen: %1.</translation>
    </message>
    <message>
        <source>This file is not a CoopAtlas data file (it is not an SQLite database) and was left unchanged. Choose a CoopAtlas file (.coopatlas or .sqlite).</source>
        <translation>Dit bestand is geen gegevensbestand van CoopAtlas (het is geen SQLite-database) en werd niet gewijzigd. Kies een CoopAtlas-bestand (.coopatlas of .sqlite).</translation>
    </message>
    <message>
        <source>This SQLite database belongs to another application and was left unchanged. Choose a CoopAtlas data file.</source>
        <translation>Deze SQLite-database hoort bij een andere toepassing en werd niet gewijzigd. Kies een gegevensbestand van CoopAtlas.</translation>
    </message>
    <message>
        <source>Could not switch the data file to write-ahead logging. Check that you may write to the file and its folder.</source>
        <translation>Het gegevensbestand kon niet naar write-ahead logging (WAL) worden omgezet. Controleer of u in het bestand en de map mag schrijven.</translation>
    </message>
    <message>
        <source>Could not upgrade the data file: %1. Close other programs that use it and try again.</source>
        <translation>Het gegevensbestand kon niet worden bijgewerkt: %1. Sluit andere programma&apos;s die het gebruiken en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Could not upgrade the data file from version %1 to %2: step %3 failed (%4). The file was left at version %1.</source>
        <translation>Het gegevensbestand kon niet van versie %1 naar %2 worden bijgewerkt: stap %3 is mislukt (%4). Het bestand bleef op versie %1.</translation>
    </message>
    <message>
        <source>Could not save the upgraded data file: %1.</source>
        <translation>Het bijgewerkte gegevensbestand kon niet worden opgeslagen: %1.</translation>
    </message>
    <message>
        <source>Could not open the data file. %1</source>
        <translation>Het gegevensbestand kon niet worden geopend. %1</translation>
    </message>
    <message>
        <source>The data file is read-only, so CoopAtlas cannot save changes in it. Make it writable or open a copy.</source>
        <translation>Het gegevensbestand is alleen-lezen, dus CoopAtlas kan er geen wijzigingen in opslaan. Maak het beschrijfbaar of open een kopie.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so CoopAtlas cannot create the -wal and -shm files that SQLite keeps next to the data file. Make the folder writable, or copy the file to a writable folder and open the copy.</source>
        <translation>De map %1 is alleen-lezen, dus CoopAtlas kan de -wal- en -shm-bestanden niet aanmaken die SQLite naast het gegevensbestand bewaart. Maak de map beschrijfbaar, of kopieer het bestand naar een beschrijfbare map en open de kopie.</translation>
    </message>
    <message>
        <source>The data file or its folder is read-only (SQLite reports &quot;%1&quot;). Make the file and its folder writable, or open a copy in a writable folder.</source>
        <translation>Het gegevensbestand of de map ervan is alleen-lezen (SQLite meldt ‘%1’). Maak het bestand en de map beschrijfbaar, of open een kopie in een beschrijfbare map.</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be written. Free disk space and try again.</source>
        <translation>De schijf is vol, dus de wijziging kon niet worden weggeschreven. Maak schijfruimte vrij en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The data file could not be opened (SQLite reports &quot;%1&quot;). Check that the file and its folder exist and that you may read and write them.</source>
        <translation>Het gegevensbestand kon niet worden geopend (SQLite meldt ‘%1’). Controleer of het bestand en de map bestaan en of u ze mag lezen en erin mag schrijven.</translation>
    </message>
    <message>
        <source>The data file is locked by another program (SQLite reports &quot;%1&quot;). Wait until that program is done with it, then try again.</source>
        <translation>Het gegevensbestand is vergrendeld door een ander programma (SQLite meldt ‘%1’). Wacht tot dat programma klaar is en probeer dan opnieuw.</translation>
    </message>
    <message>
        <source>The data file is damaged or is not an SQLite database (SQLite reports &quot;%1&quot;). Open a backup copy of the file.</source>
        <translation>Het gegevensbestand is beschadigd of is geen SQLite-database (SQLite meldt ‘%1’). Open een reservekopie van het bestand.</translation>
    </message>
    <message>
        <source>This file uses data format version %1, but this version of CoopAtlas reads only up to version %2. The file was left unchanged. Update CoopAtlas to open it.</source>
        <translation>Dit bestand gebruikt gegevensformaat versie %1, maar deze versie van CoopAtlas leest alleen tot versie %2. Het bestand werd niet gewijzigd. Werk CoopAtlas bij om het te openen.</translation>
    </message>
    <message>
        <source>Could not switch the data file to write-ahead logging. %1</source>
        <translation>Het gegevensbestand kon niet naar write-ahead logging (WAL) worden omgezet. %1</translation>
    </message>
    <message>
        <source>Could not configure the data file. %1</source>
        <translation>Het gegevensbestand kon niet worden ingesteld. %1</translation>
    </message>
    <message>
        <source>The transaction is not active, so there is nothing to commit.</source>
        <translation>De transactie is niet actief, dus er valt niets vast te leggen.</translation>
    </message>
    <message>
        <source>Could not save the changes: %1.</source>
        <translation>De wijzigingen konden niet worden opgeslagen: %1.</translation>
    </message>
    <message>
        <source>No data file was given. Give an existing CoopAtlas file.</source>
        <translation>Er is geen gegevensbestand opgegeven. Geef een bestaand CoopAtlas-bestand.</translation>
    </message>
    <message>
        <source>The file is missing, not a CoopAtlas file. Give an existing CoopAtlas file.</source>
        <translation>Het bestand ontbreekt; het is geen CoopAtlas-bestand. Geef een bestaand CoopAtlas-bestand.</translation>
    </message>
    <message>
        <source>The file is empty, not a CoopAtlas file. Give an existing CoopAtlas file.</source>
        <translation>Het bestand is leeg; het is geen CoopAtlas-bestand. Geef een bestaand CoopAtlas-bestand.</translation>
    </message>
    <message>
        <source>The file has no CoopAtlas tables, so it is not a CoopAtlas file. Give an existing CoopAtlas file.</source>
        <translation>Het bestand heeft geen CoopAtlas-tabellen, dus het is geen CoopAtlas-bestand. Geef een bestaand CoopAtlas-bestand.</translation>
    </message>
    <message>
        <source>This file uses data format version %1, and this command reads only version %2 without changing the file. Open it once in the CoopAtlas window, or run a command that writes (such as import or sync), to upgrade it; then try again.</source>
        <translation>Dit bestand gebruikt versie %1 van het gegevensformaat, en deze opdracht leest alleen versie %2 zonder het bestand te wijzigen. Open het één keer in het CoopAtlas-venster, of voer een opdracht uit die schrijft (zoals import of sync), om het bij te werken; probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Writing the data file or the -wal and -shm files next to it failed (SQLite reports &quot;%1&quot;). Check that the disk is not full, that no file size limit applies and that you may write to the folder.</source>
        <translation>Het schrijven van het gegevensbestand of van de -wal- en -shm-bestanden ernaast is mislukt (SQLite meldt ‘%1’). Controleer of de schijf niet vol is, of er geen limiet op de bestandsgrootte geldt en of u in de map mag schrijven.</translation>
    </message>
    <message>
        <source>Reading or writing the data file or the -wal and -shm files next to it failed (SQLite reports &quot;%1&quot;). Check that the disk is not full, that no file size limit applies and that you may write to the folder.</source>
        <translation>Het lezen of schrijven van het gegevensbestand of van de -wal- en -shm-bestanden ernaast is mislukt (SQLite meldt ‘%1’). Controleer of de schijf niet vol is, of er geen limiet op de bestandsgrootte geldt en of u in de map mag schrijven.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::DocumentCodec</name>
    <message>
        <source>a string</source>
        <translation>een tekenreeks</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>een lijst van tekenreeksen</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>een datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>a UTC timestamp</source>
        <translation>een UTC-tijdstempel</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>Het veld ‘%1’ moet %2 zijn.</translation>
    </message>
    <message>
        <source>The document id is not &quot;&lt;kind&gt;:&lt;id&gt;&quot; with a known kind.</source>
        <translation>De id van het document heeft niet de vorm ‘&lt;kind&gt;:&lt;id&gt;’ met een bekende soort.</translation>
    </message>
    <message>
        <source>The document type &quot;%1&quot; does not match its id.</source>
        <translation>Het documenttype ‘%1’ komt niet overeen met de id.</translation>
    </message>
    <message>
        <source>The document has schema %1, but this version of CoopAtlas reads schema %2 only. Update CoopAtlas.</source>
        <translation>Het document heeft schema %1, maar deze versie van CoopAtlas leest alleen schema %2. Werk CoopAtlas bij.</translation>
    </message>
    <message>
        <source>The document id is not &quot;&lt;kind&gt;:&lt;id&gt;&quot; with a lowercase UUID as the id, so CoopAtlas cannot store it.</source>
        <translation>De id van het document heeft niet de vorm ‘&lt;kind&gt;:&lt;id&gt;’ met een UUID in kleine letters als id, dus CoopAtlas kan het niet opslaan.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing or empty, and every record of this kind needs it.</source>
        <translation>Het veld ‘%1’ ontbreekt of is leeg, terwijl elke fiche van deze soort het nodig heeft.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; contains a NUL character, which CoopAtlas cannot store. Remove it on the server.</source>
        <translation>Het veld ‘%1’ bevat een NUL-teken, dat CoopAtlas niet kan opslaan. Verwijder het op de server.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::DuplicateFinder</name>
    <message>
        <source>same name and website %1</source>
        <translation>zelfde naam en website %1</translation>
    </message>
    <message>
        <source>same name and e-mail %1</source>
        <translation>zelfde naam en e-mail %1</translation>
    </message>
    <message>
        <source>same name and phone %1</source>
        <translation>zelfde naam en telefoon %1</translation>
    </message>
    <message>
        <source>same name and address %1</source>
        <translation>zelfde naam en adres %1</translation>
    </message>
    <message>
        <source>same name, and neither has a website, e-mail, phone or address</source>
        <translation>zelfde naam, en geen van beide heeft een website, e-mail, telefoon of adres</translation>
    </message>
    <message>
        <source>names equal apart from legal forms (%1) and website %2</source>
        <translation>namen gelijk op de rechtsvormen na (%1) en zelfde website %2</translation>
    </message>
    <message>
        <source>names equal apart from legal forms (%1) and e-mail %2</source>
        <translation>namen gelijk op de rechtsvormen na (%1) en zelfde e-mail %2</translation>
    </message>
    <message>
        <source>names equal apart from legal forms (%1) and phone %2</source>
        <translation>namen gelijk op de rechtsvormen na (%1) en zelfde telefoon %2</translation>
    </message>
    <message>
        <source>names equal apart from legal forms (%1) and address %2</source>
        <translation>namen gelijk op de rechtsvormen na (%1) en zelfde adres %2</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ICalendarWriter</name>
    <message>
        <source>The time zone &quot;%1&quot; is unknown. Use an IANA time zone id such as Europe/Brussels.</source>
        <translation>De tijdzone ‘%1’ is onbekend. Gebruik een IANA-tijdzone-id zoals Europe/Brussels.</translation>
    </message>
    <message>
        <source>calendar item &quot;%1&quot; (%2), field %3</source>
        <translation>agenda-item ‘%1’ (%2), veld %3</translation>
    </message>
    <message>
        <source>The start is missing or invalid. Set a start date and time.</source>
        <translation>Het begin ontbreekt of is ongeldig. Stel een begindatum en -tijd in.</translation>
    </message>
    <message>
        <source>The end is missing or invalid. Set an end date and time.</source>
        <translation>Het einde ontbreekt of is ongeldig. Stel een einddatum en -tijd in.</translation>
    </message>
    <message>
        <source>The time %1 does not exist in %2 because the clocks change then. Choose another time.</source>
        <translation>Het tijdstip %1 bestaat niet in %2 omdat de klok dan verzet wordt. Kies een ander tijdstip.</translation>
    </message>
    <message>
        <source>The end is before the start. Set an end at or after the start.</source>
        <translation>Het einde ligt voor het begin. Stel een einde in op of na het begin.</translation>
    </message>
    <message>
        <source>The first day is missing or invalid. Set a date.</source>
        <translation>De eerste dag ontbreekt of is ongeldig. Stel een datum in.</translation>
    </message>
    <message>
        <source>The last day is before the first day. Set a last day on or after the first day.</source>
        <translation>De laatste dag ligt voor de eerste dag. Stel een laatste dag in op of na de eerste dag.</translation>
    </message>
    <message>
        <source>The record id is not a UUID. Export saved records only.</source>
        <translation>De id van de fiche is geen UUID. Exporteer alleen opgeslagen fiches.</translation>
    </message>
    <message>
        <source>The summary is empty. Enter a title.</source>
        <translation>De samenvatting is leeg. Voer een titel in.</translation>
    </message>
    <message>
        <source>The sequence number is negative. Use 0 or more.</source>
        <translation>Het volgnummer is negatief. Gebruik 0 of meer.</translation>
    </message>
    <message>
        <source>The modification time is missing or invalid. Set the time of the last change.</source>
        <translation>Het wijzigingstijdstip ontbreekt of is ongeldig. Stel het tijdstip van de laatste wijziging in.</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; is invalid. Enter a full URL.</source>
        <translation>De URL ‘%1’ is ongeldig. Voer een volledige URL in.</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is unknown. Use TENTATIVE, CONFIRMED or CANCELLED.</source>
        <translation>De status ‘%1’ is onbekend. Gebruik TENTATIVE, CONFIRMED of CANCELLED.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ImportJob</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>De import werd geannuleerd; er werd niets weggeschreven.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1. Check that it exists and that you may read it.</source>
        <translation>Het bestand kan niet worden geopend: %1. Controleer of het bestaat en of u het mag lezen.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB. Split it into smaller files.</source>
        <translation>Het bestand is groter dan %1 MB. Splits het in kleinere bestanden.</translation>
    </message>
    <message>
        <source>already present in the database</source>
        <translation>al aanwezig in de database</translation>
    </message>
    <message>
        <source>likely duplicate of &quot;%1&quot; (%2); skipped</source>
        <translation>waarschijnlijk dubbel van ‘%1’ (%2); overgeslagen</translation>
    </message>
    <message>
        <source>already present in &quot;%1&quot;</source>
        <translation>al aanwezig in ‘%1’</translation>
    </message>
    <message>
        <source>The header row matches no known format (Google, Outlook, Thunderbird, ESSGLOBAL, CoopAtlas) and has no name column (such as name, nom, naam, first name or last name). Rename the name column or choose a column mapping file.</source>
        <translation>De kopregel komt met geen enkel bekend formaat overeen (Google, Outlook, Thunderbird, ESSGLOBAL, CoopAtlas) en heeft geen naamkolom (zoals name, nom, naam, first name of last name). Hernoem de naamkolom of kies een bestand met een kolomkoppeling.</translation>
    </message>
    <message>
        <source>no name, e-mail address or phone number</source>
        <translation>geen naam, e-mailadres of telefoonnummer</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a valid e-mail address or web address; it is left out.</source>
        <translation>%1, regel %2: ‘%3’ is geen geldig e-mail- of webadres; het wordt weggelaten.</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2 Nothing was imported; correct the row and import again.</source>
        <translation>Het wegschrijven van ‘%1’ is mislukt: %2 Er werd niets geïmporteerd; verbeter de rij en importeer opnieuw.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, regel %2</translation>
    </message>
    <message>
        <source>%1, line %2: the kind &quot;%3&quot; is not a term of this file&apos;s organisation kinds; the kind is left empty. Add the term and import again to keep it.</source>
        <translation>%1, regel %2: de soort ‘%3’ is geen term uit de soorten organisaties van dit bestand; de soort blijft leeg. Voeg de term toe en importeer opnieuw om hem te behouden.</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; in the column &quot;%4&quot; is neither a term nor a term label of this database, so it is kept as the custom field &quot;%4&quot;. Add the term and import again to use it.</source>
        <translation>%1, regel %2: ‘%3’ in de kolom ‘%4’ is geen term en geen termlabel van deze database, dus de waarde wordt bewaard als het eigen veld ‘%4’. Voeg de term toe en importeer opnieuw om hem te gebruiken.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more value(s) of the column &quot;%2&quot; name no term and are kept as custom fields too.</source>
        <translation>
            <numerusform>%1: nog %n waarde van de kolom ‘%2’ noemt geen term en wordt ook als eigen veld bewaard.</numerusform>
            <numerusform>%1: nog %n waarden van de kolom ‘%2’ noemen geen term en worden ook als eigen velden bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2: the stage &quot;%3&quot; is not a term of this file&apos;s stages; the stage is left empty. Add the term and import again to keep it.</source>
        <translation>%1, regel %2: de fase ‘%3’ is geen term uit de fasen van dit bestand; de fase blijft leeg. Voeg de term toe en importeer opnieuw om hem te behouden.</translation>
    </message>
    <message>
        <source>%1, line %2: the sector &quot;%3&quot; is not a term of this file&apos;s sectors; the sector is left out. Add the term and import again to keep it.</source>
        <translation>%1, regel %2: de sector ‘%3’ is geen term uit de sectoren van dit bestand; de sector wordt weggelaten. Voeg de term toe en importeer opnieuw om hem te behouden.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::JsonBackup</name>
    <message>
        <source>The backup or restore was cancelled; no file was written.</source>
        <translation>De back-up of het herstel is geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>Writing the backup failed: %1. Check that the disk is not full and that you may write to the folder.</source>
        <translation>Het schrijven van de back-up is mislukt: %1. Controleer of de schijf niet vol is en of u in de map mag schrijven.</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes 0 or 1, not %2</source>
        <translation>kolom &quot;%1&quot; neemt 0 of 1, niet %2</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes an integer, not &quot;%2&quot;</source>
        <translation>kolom &quot;%1&quot; neemt een geheel getal, niet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes a number, not &quot;%2&quot;</source>
        <translation>kolom &quot;%1&quot; neemt een getal, niet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes a date written as YYYY-MM-DD or an ISO 8601 date and time, not &quot;%2&quot;</source>
        <translation>kolom &quot;%1&quot; neemt een datum geschreven als JJJJ-MM-DD of een ISO 8601-datum en -tijd, niet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot;, row %2: column &quot;%3&quot; refers to &quot;%4&quot;, which the backup does not contain. Correct or remove that row in the backup file and restore again; nothing was restored.</source>
        <translation>Tabel &quot;%1&quot;, rij %2: kolom &quot;%3&quot; verwijst naar &quot;%4&quot;, die de back-up niet bevat. Corrigeer of verwijder die rij in het back-upbestand en herstel opnieuw; er is niets hersteld.</translation>
    </message>
    <message>
        <source>The backup contains table &quot;%1&quot;, which this schema version does not have. The backup is damaged or was edited; use another backup.</source>
        <translation>De back-up bevat tabel &quot;%1&quot;, die deze schemaversie niet heeft. De back-up is beschadigd of bewerkt; gebruik een andere back-up.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot;, row %2: %3. Correct or remove that row in the backup file and restore again; nothing was restored.</source>
        <translation>Tabel &quot;%1&quot;, rij %2: %3. Corrigeer of verwijder die rij in het back-upbestand en herstel opnieuw; er is niets hersteld.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has no column &quot;%2&quot; in this schema version. The backup is damaged or was edited; use another backup.</source>
        <translation>Tabel &quot;%1&quot; heeft geen kolom &quot;%2&quot; in deze schemaversie. De back-up is beschadigd of bewerkt; gebruik een andere back-up.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; of the backup lacks column &quot;%2&quot;. The backup is damaged or was edited; use another backup.</source>
        <translation>Tabel &quot;%1&quot; van de back-up mist kolom &quot;%2&quot;. De back-up is beschadigd of bewerkt; gebruik een andere back-up.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has %2 rows but the backup declares %3. The backup is incomplete; use another backup.</source>
        <translation>Tabel &quot;%1&quot; heeft %2 rijen maar de back-up vermeldt er %3. De back-up is onvolledig; gebruik een andere back-up.</translation>
    </message>
    <message>
        <source>%1 values for %2 columns</source>
        <translation>%1 waarden voor %2 kolommen</translation>
    </message>
    <message>
        <source>the value of column &quot;%1&quot; is not a number, text, null or {&quot;base64&quot;: ...}</source>
        <translation>de waarde van kolom &quot;%1&quot; is geen getal, tekst, null of {&quot;base64&quot;: ...}</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; was rejected (%3)</source>
        <translation>%1 = &quot;%2&quot; is geweigerd (%3)</translation>
    </message>
    <message>
        <source>The backup file cannot be opened: %1. Check that it exists and that you may read it.</source>
        <translation>Het back-upbestand kan niet geopend worden: %1. Controleer of het bestaat en of u het mag lezen.</translation>
    </message>
    <message>
        <source>The backup is not valid JSON at byte %1 (%2). The file is damaged or incomplete; use another backup.</source>
        <translation>De back-up is geen geldige JSON op byte %1 (%2). Het bestand is beschadigd of onvolledig; gebruik een andere back-up.</translation>
    </message>
    <message>
        <source>This is not a CoopAtlas backup (no &quot;format&quot;: &quot;%1&quot;). Choose a file made with Back Up.</source>
        <translation>Dit is geen CoopAtlas-back-up (geen &quot;format&quot;: &quot;%1&quot;). Kies een bestand dat met Back-up maken is gemaakt.</translation>
    </message>
    <message>
        <source>The backup has format version %1, but this version of CoopAtlas reads format version %2. Restore it with the CoopAtlas version that wrote it.</source>
        <translation>De back-up heeft formaatversie %1, maar deze versie van CoopAtlas leest formaatversie %2. Herstel ze met de CoopAtlas-versie die ze geschreven heeft.</translation>
    </message>
    <message>
        <source>The backup has schema version %1, but this version of CoopAtlas knows versions 1 to %2. Update CoopAtlas and restore again.</source>
        <translation>De back-up heeft schemaversie %1, maar deze versie van CoopAtlas kent de versies 1 tot %2. Werk CoopAtlas bij en herstel opnieuw.</translation>
    </message>
    <message>
        <source>The backup has no &quot;tables&quot; list. The file is damaged; use another backup.</source>
        <translation>De back-up heeft geen lijst &quot;tables&quot;. Het bestand is beschadigd; gebruik een andere back-up.</translation>
    </message>
    <message>
        <source>The backup contains no tables. The file is damaged or was edited; use another backup.</source>
        <translation>De back-up bevat geen tabellen. Het bestand is beschadigd of bewerkt; gebruik een andere back-up.</translation>
    </message>
    <message>
        <source>The backup lacks table &quot;%1&quot; of schema version %2. The backup is damaged or was edited; use another backup.</source>
        <translation>De back-up mist tabel &quot;%1&quot; van schemaversie %2. De back-up is beschadigd of bewerkt; gebruik een andere back-up.</translation>
    </message>
    <message>
        <source>Rows of the backup refer to rows that it does not contain: %1. Add the missing rows or remove those rows in the backup file and restore again.</source>
        <translation>Rijen van de back-up verwijzen naar rijen die ze niet bevat: %1. Voeg de ontbrekende rijen toe of verwijder die rijen in het back-upbestand en herstel opnieuw.</translation>
    </message>
    <message>
        <source>The file already exists. Choose a new file name for the restored store.</source>
        <translation>Het bestand bestaat al. Kies een nieuwe bestandsnaam voor de herstelde gegevens.</translation>
    </message>
    <message>
        <source>The restored file cannot be moved to its name. Check that you may write to the folder.</source>
        <translation>Het herstelde bestand kan niet naar zijn naam verplaatst worden. Controleer of u in de map mag schrijven.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has two &quot;rows&quot; lists. The backup is damaged or was edited; use another backup.</source>
        <translation>Tabel ‘%1’ heeft twee ‘rows’-lijsten. De back-up is beschadigd of bewerkt; gebruik een andere back-up.</translation>
    </message>
    <message>
        <source>Table %1 of the backup lists its rows before its &quot;name&quot; and &quot;columns&quot;, but a restore reads them first. Move &quot;rows&quot; after them in the file, or use another backup.</source>
        <translation>Tabel %1 van de back-up geeft haar rijen vóór haar ‘name’ en ‘columns’, maar een herstel leest die eerst. Zet ‘rows’ erna in het bestand, of gebruik een andere back-up.</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes a key of the vocabulary &quot;%2&quot;, and &quot;%3&quot; is not one of the backup&apos;s taxonomy rows (use one of its keys or add the term to the taxonomy table)</source>
        <translation>kolom ‘%1’ neemt een sleutel uit de woordenlijst ‘%2’, en ‘%3’ is geen van de taxonomierijen van de back-up (gebruik een van de sleutels ervan of voeg de term toe aan de taxonomietabel)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes text, not the number %2 (write it as a JSON string in quotes)</source>
        <translation>kolom ‘%1’ neemt tekst, niet het getal %2 (schrijf het als een JSON-string tussen aanhalingstekens)</translation>
    </message>
    <message>
        <source>the value of column &quot;%1&quot; has %2 characters, more than the limit of %3 for one value (shorten it)</source>
        <translation>de waarde van kolom ‘%1’ heeft %2 tekens, meer dan de limiet van %3 voor één waarde (maak ze korter)</translation>
    </message>
    <message>
        <source>%1 (row id &quot;%2&quot;)</source>
        <translation>%1 (rij-id ‘%2’)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes one of the keys %2, not &quot;%3&quot; (write one of these keys)</source>
        <translation>kolom ‘%1’ neemt een van de sleutels %2, niet ‘%3’ (schrijf een van deze sleutels)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes a JSON object written as text, not &quot;%2&quot;</source>
        <translation>kolom ‘%1’ verwacht een JSON-object als tekst, niet ‘%2’</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes a JSON array written as text, not &quot;%2&quot;</source>
        <translation>kolom ‘%1’ verwacht een JSON-array als tekst, niet ‘%2’</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::JsonStreamReader</name>
    <message>
        <source>an object (&quot;{&quot;) is expected</source>
        <translation>een object (‘{’) wordt verwacht</translation>
    </message>
    <message>
        <source>a comma or &quot;}&quot; is expected</source>
        <translation>een komma of ‘}’ wordt verwacht</translation>
    </message>
    <message>
        <source>a key in double quotes is expected</source>
        <translation>een sleutel tussen dubbele aanhalingstekens wordt verwacht</translation>
    </message>
    <message>
        <source>a colon after the key is expected</source>
        <translation>een dubbele punt na de sleutel wordt verwacht</translation>
    </message>
    <message>
        <source>a list (&quot;[&quot;) is expected</source>
        <translation>een lijst (‘[’) wordt verwacht</translation>
    </message>
    <message>
        <source>a comma or &quot;]&quot; is expected</source>
        <translation>een komma of ‘]’ wordt verwacht</translation>
    </message>
    <message>
        <source>a value is larger than %1 MB</source>
        <translation>een waarde is groter dan %1 MB</translation>
    </message>
    <message>
        <source>the text that starts at byte %1 is not closed</source>
        <translation>de tekst die begint bij byte %1 is niet afgesloten</translation>
    </message>
    <message>
        <source>the list or object that starts at byte %1 is not closed</source>
        <translation>de lijst of het object dat begint bij byte %1 is niet afgesloten</translation>
    </message>
    <message>
        <source>the file ends where a value is expected</source>
        <translation>het bestand eindigt waar een waarde wordt verwacht</translation>
    </message>
    <message>
        <source>a value is expected</source>
        <translation>een waarde wordt verwacht</translation>
    </message>
    <message>
        <source>text follows the end of the JSON document</source>
        <translation>er volgt tekst na het einde van het JSON-document</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ListCsvExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>De export is geannuleerd; er is geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::MetricsTable</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Graad</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Tussenliggendheid</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Nabijheid</translation>
    </message>
    <message>
        <source>Eigenvector centrality</source>
        <translation>Eigenvectorcentraliteit</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Gemeenschap</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Broker rank</source>
        <translation>Rang als bruggenbouwer</translation>
    </message>
    <message>
        <source>Isolated project holder</source>
        <translation>Geïsoleerde projectdrager</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>The CSV delimiter must be a comma or a semicolon, not &quot;%1&quot;.</source>
        <translation>Het CSV-scheidingsteken moet een komma of een puntkomma zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Writing the metrics failed: %1. Check the free space and try again.</source>
        <translation>Het schrijven van de indicatoren is mislukt: %1. Controleer de vrije ruimte en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1. Choose a folder where you can save files.</source>
        <translation>Kan het bestand niet schrijven: %1. Kies een map waarin u bestanden mag opslaan.</translation>
    </message>
    <message>
        <source>Saving the file failed: %1. Check the free space and try again.</source>
        <translation>Het opslaan van het bestand is mislukt: %1. Controleer de vrije ruimte en probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Migration</name>
    <message>
        <source>Could not write the built-in taxonomy terms: %1</source>
        <translation>De ingebouwde taxonomietermen konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>A schema statement failed: %1</source>
        <translation>Een schema-instructie is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::NetworkAnalytics</name>
    <message>
        <source>The network analysis was cancelled.</source>
        <translation>De netwerkanalyse is geannuleerd.</translation>
    </message>
    <message>
        <source>The network analysis failed: %1 (%2). Try again with fewer records, or report the error.</source>
        <translation>De netwerkanalyse is mislukt: %1 (%2). Probeer opnieuw met minder fiches, of meld de fout.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::NetworkLoader</name>
    <message>
        <source>Reading the network was cancelled.</source>
        <translation>Het lezen van het netwerk is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::NetworkRows</name>
    <message>
        <source>Reading the network failed. %1</source>
        <translation>Het lezen van het netwerk is mislukt. %1</translation>
    </message>
    <message>
        <source>Reading the network was cancelled.</source>
        <translation>Het lezen van het netwerk is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::OutputFile</name>
    <message>
        <source>%1 is the database file %2 or one of its SQLite files, so writing it would destroy the database. Choose another output file.</source>
        <translation>%1 is het databasebestand %2 of een van zijn SQLite-bestanden, dus het overschrijven zou de database vernietigen. Kies een ander uitvoerbestand.</translation>
    </message>
    <message>
        <source>Not enough space on the disk for %1; free space or choose another folder.</source>
        <translation>Niet genoeg ruimte op de schijf voor %1; maak ruimte vrij of kies een andere map.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation>Kon %1 niet schrijven: %2. Controleer of de map bestaat en of u erin mag schrijven.</translation>
    </message>
    <message>
        <source>Writing to standard output (&quot;-&quot;) is not supported. Give a file name.</source>
        <translation>Schrijven naar standaarduitvoer (&quot;-&quot;) wordt niet ondersteund. Geef een bestandsnaam.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::PdfReportWriter</name>
    <message>
        <source>The PDF file cannot be written. Check that the folder exists, that you may write in it and that the disk is not full.</source>
        <translation>Het PDF-bestand kan niet geschreven worden. Controleer of de map bestaat, of u erin mag schrijven en of de schijf niet vol is.</translation>
    </message>
    <message>
        <source>The PDF report could not be started because its file is not open for writing. Check that the folder exists and that you may write in it, then write the report again.</source>
        <translation>Het PDF-verslag kon niet worden gestart omdat het bestand niet geopend is om te schrijven. Controleer of de map bestaat en of u erin mag schrijven, en schrijf het verslag dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::RecordMapper</name>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: &quot;%4&quot; is not a date (use yyyy-mm-dd or dd/mm/yyyy); the field is left empty.</source>
        <translation>%1, regel %2, kolom ‘%3’: ‘%4’ is geen datum (gebruik jjjj-mm-dd of dd/mm/jjjj); het veld blijft leeg.</translation>
    </message>
    <message>
        <source>The row has no name, e-mail address or phone number.</source>
        <translation>De rij heeft geen naam, e-mailadres of telefoonnummer.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>De naam is leeg.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ReportBuilder</name>
    <message>
        <source>The report period is not valid.</source>
        <translation>De periode van het verslag is ongeldig.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Het verslag is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ReportGenerator</name>
    <message>
        <source>The database file does not exist. Give the path of a CoopAtlas file.</source>
        <translation>Het databasebestand bestaat niet. Geef het pad van een CoopAtlas-bestand.</translation>
    </message>
    <message>
        <source>Give the file to write the report to.</source>
        <translation>Geef het bestand waarin het verslag geschreven wordt.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Het verslag is geannuleerd.</translation>
    </message>
    <message>
        <source>The report cannot be saved under this name (%1). Choose another file or folder.</source>
        <translation>Het rapport kan niet onder deze naam worden opgeslagen (%1). Kies een ander bestand of een andere map.</translation>
    </message>
    <message>
        <source>%1 is a file, but a CSV report is a folder of files. Choose a folder.</source>
        <translation>%1 is een bestand, maar een CSV-rapport is een map met bestanden. Kies een map.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check the path and that you may write there.</source>
        <translation>De map %1 kan niet worden aangemaakt. Controleer het pad en of u daar mag schrijven.</translation>
    </message>
    <message>
        <source>The CSV report cannot be written because the folder %1 does not allow new files (%2). Check that you may write there, or choose another folder.</source>
        <translation>Het CSV-rapport kan niet worden geschreven omdat de map %1 geen nieuwe bestanden toelaat (%2). Controleer of u daar mag schrijven, of kies een andere map.</translation>
    </message>
    <message>
        <source>The CSV files cannot be moved into the folder %1 (%2). Check that you may write in that folder, or choose another one.</source>
        <translation>De CSV-bestanden kunnen niet naar de map %1 worden verplaatst (%2). Controleer of u in die map mag schrijven, of kies een andere.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ReportJob</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Het verslag werd geannuleerd; er werd geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ReportPeriod</name>
    <message>
        <source>The year must lie between 1900 and 2999.</source>
        <translation>Het jaar moet tussen 1900 en 2999 liggen.</translation>
    </message>
    <message>
        <source>Write the quarter as YYYY-Qn, such as 2026-Q2.</source>
        <translation>Schrijf het kwartaal als JJJJ-Qn, zoals 2026-Q2.</translation>
    </message>
    <message>
        <source>Write the start date as YYYY-MM-DD.</source>
        <translation>Schrijf de begindatum als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Write the end date as YYYY-MM-DD.</source>
        <translation>Schrijf de einddatum als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Give both a start and an end date.</source>
        <translation>Geef zowel een begin- als een einddatum.</translation>
    </message>
    <message>
        <source>The end date comes before the start date: swap them.</source>
        <translation>De einddatum valt vóór de begindatum: wissel ze om.</translation>
    </message>
    <message>
        <source>The dates must lie between 1900 and 2999.</source>
        <translation>De datums moeten tussen 1900 en 2999 liggen.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ReportTemplates</name>
    <message>
        <source>Reports are written in en, fr or nl.</source>
        <translation>Verslagen worden geschreven in en, fr of nl.</translation>
    </message>
    <message>
        <source>%1, line %2: expected &quot;key = text&quot;; the line was skipped.</source>
        <translation>%1, regel %2: &quot;sleutel = tekst&quot; verwacht; de regel is overgeslagen.</translation>
    </message>
    <message>
        <source>The report wording cannot be read (%1). Check the file&apos;s permissions.</source>
        <translation>De teksten van het verslag kunnen niet gelezen worden (%1). Controleer de rechten van het bestand.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::SampleData</name>
    <message>
        <source>The bundled sample data set could not be read (%1). The application was built without it: rebuild CoopAtlas.</source>
        <translation>De meegeleverde voorbeeldgegevens konden niet worden gelezen (%1). De toepassing werd zonder die gegevens gebouwd: bouw CoopAtlas opnieuw.</translation>
    </message>
    <message>
        <source>The sample data set is not valid JSON at byte %1: %2.</source>
        <translation>De voorbeeldgegevens zijn geen geldige JSON op byte %1: %2.</translation>
    </message>
    <message>
        <source>The sample data set has format %1, but this version of CoopAtlas reads format %2 only.</source>
        <translation>De voorbeeldgegevens hebben formaat %1, maar deze versie van CoopAtlas leest alleen formaat %2.</translation>
    </message>
    <message>
        <source>The organisation has no name. Every organisation of the sample data set needs one.</source>
        <translation>De organisatie heeft geen naam. Elke organisatie in de voorbeeldgegevens moet er een hebben.</translation>
    </message>
    <message>
        <source>%1, organisation %2</source>
        <translation>%1, organisatie %2</translation>
    </message>
    <message>
        <source>sample organisation &quot;%1&quot;</source>
        <translation>voorbeeldorganisatie ‘%1’</translation>
    </message>
    <message>
        <source>A sample link names the organisation &quot;%1&quot;, which is not in the sample data set. Rebuild CoopAtlas with a matching sample data set.</source>
        <translation>Een voorbeeldrelatie noemt de organisatie &quot;%1&quot;, die niet in de voorbeeldgegevens staat. Bouw CoopAtlas opnieuw met bijpassende voorbeeldgegevens.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Store</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Opgericht</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>%1 was not saved because of these problems:
%2</source>
        <translation>%1: de fiche werd niet opgeslagen door deze problemen:
%2</translation>
    </message>
    <message>
        <source>Could not prepare a database query: %1.</source>
        <translation>Een databasequery kon niet worden voorbereid: %1.</translation>
    </message>
    <message>
        <source>A record with id %1 already exists. Import it as an update or give it a new id.</source>
        <translation>Er bestaat al een fiche met id %1. Importeer ze als update of geef ze een nieuw id.</translation>
    </message>
    <message>
        <source>%1 was deleted, so it cannot be changed. Restore it first.</source>
        <translation>%1: deze fiche werd verwijderd en kan dus niet worden gewijzigd. Zet de fiche eerst terug.</translation>
    </message>
    <message>
        <source>%1 with id %2 was not found. It may have been removed by an import or a sync; reload the list.</source>
        <translation>%1 met id %2 werd niet gevonden. Misschien werd de fiche verwijderd door een import of een synchronisatie; laad de lijst opnieuw.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a term of the vocabulary &quot;%2&quot;. Choose a listed term or add it to the vocabulary first.</source>
        <translation>‘%1’ is geen term uit de woordenlijst ‘%2’. Kies een term uit de lijst of voeg hem eerst toe aan de woordenlijst.</translation>
    </message>
    <message>
        <source>No organisation or person with id %1 exists (it may have been deleted). Choose another record for the link.</source>
        <translation>Er bestaat geen organisatie of persoon met id %1 (misschien werd ze verwijderd). Kies een andere fiche voor de relatie.</translation>
    </message>
    <message>
        <source>Record %1 was not found in %2 or is already deleted. Reload the list and try again.</source>
        <translation>Fiche %1 werd niet gevonden in %2 of is al verwijderd. Laad de lijst opnieuw en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Record %1 was not found in %2 or is not deleted, so there is nothing to restore.</source>
        <translation>Fiche %1 werd niet gevonden in %2 of is niet verwijderd, dus er valt niets terug te zetten.</translation>
    </message>
    <message>
        <source>No record with id %1 exists in this file. It may come from another data file.</source>
        <translation>Er bestaat geen fiche met id %1 in dit bestand. Misschien komt ze uit een ander gegevensbestand.</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Notitie over %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Growth can be shown by kind or by stage, not by &quot;%1&quot;.</source>
        <translation>De groei kan per soort of per fase worden getoond, niet per ‘%1’.</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>De organisatie</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot;</source>
        <translation>De organisatie ‘%1’</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>De persoon</translation>
    </message>
    <message>
        <source>The person &quot;%1&quot;</source>
        <translation>De persoon ‘%1’</translation>
    </message>
    <message>
        <source>The link</source>
        <translation>De relatie</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>De notitie</translation>
    </message>
    <message>
        <source>The note is about %1 %2, which does not exist or was deleted. Attach the note to an existing record.</source>
        <translation>De notitie gaat over %1 %2, dat niet bestaat of werd verwijderd. Koppel de notitie aan een bestaande fiche.</translation>
    </message>
    <message>
        <source>The term &quot;%1&quot;</source>
        <translation>De term ‘%1’</translation>
    </message>
    <message>
        <source>The vocabulary &quot;%1&quot; already has a term &quot;%2&quot;. Choose another key.</source>
        <translation>De woordenlijst ‘%1’ heeft al een term ‘%2’. Kies een andere sleutel.</translation>
    </message>
    <message>
        <source>A database statement failed. %1</source>
        <translation>Een database-instructie is mislukt. %1</translation>
    </message>
    <message>
        <source>The data file has no row count for the table %1, so the file may be damaged. Open a backup copy of the file.</source>
        <translation>Het gegevensbestand heeft geen rijtelling voor de tabel %1, dus het bestand is mogelijk beschadigd. Open een reservekopie van het bestand.</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program since you opened it, so this change was not saved. Reload the record to see the other change, then make your change again.</source>
        <translation>%1: de fiche werd in een ander venster of programma gewijzigd sinds u ze opende, dus deze wijziging werd niet opgeslagen. Laad de fiche opnieuw om de andere wijziging te zien en breng uw wijziging dan opnieuw aan.</translation>
    </message>
    <message>
        <source>%1 belongs to the vocabulary &quot;%2&quot; and cannot move to &quot;%3&quot;.</source>
        <translation>%1 hoort bij de woordenlijst ‘%2’ en kan niet naar ‘%3’ verhuizen.</translation>
    </message>
    <message>
        <source>The vocabulary &quot;%1&quot; already has a term &quot;%2&quot;, or had one that was deleted. Choose another key.</source>
        <translation>De woordenlijst ‘%1’ heeft al een term ‘%2’, of had er een die verwijderd is. Kies een andere sleutel.</translation>
    </message>
    <message>
        <source>The term</source>
        <translation>De term</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not another term of the vocabulary &quot;%2&quot;. Choose a listed term to replace &quot;%3&quot;.</source>
        <translation>‘%1’ is geen andere term van de woordenlijst ‘%2’. Kies een term uit de lijst om ‘%3’ te vervangen.</translation>
    </message>
    <message numerus="yes">
        <source>The term &quot;%1&quot; is used by %n record(s), so it was not deleted. Replace it with another term of the vocabulary first.</source>
        <translation>
            <numerusform>De term ‘%1’ wordt door %n fiche gebruikt en is dus niet verwijderd. Vervang hem eerst door een andere term van de woordenlijst.</numerusform>
            <numerusform>De term ‘%1’ wordt door %n fiches gebruikt en is dus niet verwijderd. Vervang hem eerst door een andere term van de woordenlijst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The term &quot;%1&quot; was changed in another window or program after it was deleted, so the deletion was not undone.</source>
        <translation>De term ‘%1’ is na het verwijderen in een ander venster of programma gewijzigd, dus het verwijderen is niet ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>No live term with id %1 exists in the vocabulary &quot;%2&quot;. Reload the terms and try again.</source>
        <translation>Er bestaat geen actieve term met id %1 in de woordenlijst ‘%2’. Laad de termen opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>%1 %2 belongs to a %3 that does not exist or was deleted. Restore the %3 first.</source>
        <translation>%1 %2 hoort bij een %3 die niet bestaat of verwijderd is. Herstel eerst de %3.</translation>
    </message>
    <message>
        <source>The list position does not belong to the list&apos;s sort order. Reload the list.</source>
        <translation>De positie in de lijst hoort niet bij de sortering van de lijst. Laad de lijst opnieuw.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Suggestions</name>
    <message numerus="yes">
        <source>Funds %1 of the %n project holders in the same sectors (%2).</source>
        <translation>
            <numerusform>Financiert %1 van de %n projectdrager in dezelfde sectoren (%2).</numerusform>
            <numerusform>Financiert %1 van de %n projectdragers in dezelfde sectoren (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Supports %1 of the %n project holders in the same sectors (%2).</source>
        <translation>
            <numerusform>Ondersteunt %1 van de %n projectdrager in dezelfde sectoren (%2).</numerusform>
            <numerusform>Ondersteunt %1 van de %n projectdragers in dezelfde sectoren (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Works in the same sectors (%1).</source>
        <translation>Werkt in dezelfde sectoren (%1).</translation>
    </message>
    <message>
        <source>Offers services that match its needs (%1).</source>
        <translation>Biedt diensten aan die aan de noden beantwoorden (%1).</translation>
    </message>
    <message>
        <source>Already works with project holders at the same stage.</source>
        <translation>Werkt al met projectdragers in dezelfde fase.</translation>
    </message>
    <message>
        <source>No suggestions: %1 is not a project holder of the network shown. Choose a project holder, or clear the filters.</source>
        <translation>Geen suggesties: %1 is geen projectdrager van het getoonde netwerk. Kies een projectdrager, of wis de filters.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::SyncEngine</name>
    <message>
        <source>Another sync of this file is running. Wait until it has finished, then sync again.</source>
        <translation>Er loopt al een andere synchronisatie van dit bestand. Wacht tot die klaar is en synchroniseer dan opnieuw.</translation>
    </message>
    <message>
        <source>The sync was cancelled. Everything received so far is saved; sync again to continue.</source>
        <translation>De synchronisatie werd geannuleerd. Alles wat tot nu toe ontvangen is, is bewaard; synchroniseer opnieuw om verder te gaan.</translation>
    </message>
    <message>
        <source>The server&apos;s list of changes did not come to an end after %1 pages: it went back to a position already received or past the number of changes it announced. Everything received so far is saved. Ask the server&apos;s administrator to check the server.</source>
        <translation>De lijst met wijzigingen van de server eindigde niet na %1 pagina&apos;s: ze keerde terug naar een positie die al ontvangen was of ging voorbij het aangekondigde aantal wijzigingen. Alles wat tot nu toe ontvangen is, is bewaard. Vraag de beheerder van de server om de server te controleren.</translation>
    </message>
    <message>
        <source>The record breaks a rule of the local file (a required field is missing or refers to nothing), so it was not stored. Correct the record on the server.</source>
        <translation>De fiche overtreedt een regel van het lokale bestand (een verplicht veld ontbreekt of verwijst naar niets), dus werd ze niet opgeslagen. Corrigeer de fiche op de server.</translation>
    </message>
    <message>
        <source>The server did not allow this change: %1</source>
        <translation>De server stond deze wijziging niet toe: %1</translation>
    </message>
    <message>
        <source>The server rejected this change (%1): %2</source>
        <translation>De server weigerde deze wijziging (%1): %2</translation>
    </message>
    <message>
        <source>Only an administrator can delete records on the shared server. The server rejected this deletion, so the record was restored from the server&apos;s copy.</source>
        <translation>Alleen een beheerder kan fiches verwijderen op de gedeelde server. De server weigerde deze verwijdering, dus werd de fiche hersteld uit de kopie van de server.</translation>
    </message>
    <message>
        <source>The file “%1” has %2, over the limit of %3 for files sent to the server, so this resource was not sent. Attach a smaller file or a link to the file instead.</source>
        <translation>Het bestand &quot;%1&quot; is %2, meer dan de limiet van %3 voor bestanden die naar de server gaan, dus deze bron is niet verstuurd. Voeg een kleiner bestand of een link naar het bestand bij.</translation>
    </message>
    <message>
        <source>The bytes of the file “%1” are missing from this file or do not match its SHA-256, so this resource was not sent. Attach the file again.</source>
        <translation>De bytes van het bestand &quot;%1&quot; ontbreken in dit gegevensbestand of komen niet overeen met de SHA-256, dus deze bron is niet verstuurd. Voeg het bestand opnieuw bij.</translation>
    </message>
    <message>
        <source>The server sent the file “%1” of a resource with bytes that do not match its SHA-256. Sync again; if this repeats, attach the file again on the desktop that has it.</source>
        <translation>De server stuurde het bestand &quot;%1&quot; van een bron met bytes die niet overeenkomen met de SHA-256. Synchroniseer opnieuw; als dit zich herhaalt, voeg het bestand opnieuw bij op de computer die het heeft.</translation>
    </message>
    <message>
        <source>No version of this record on the server names the file with the SHA-256 %1.</source>
        <translation>Geen enkele versie van deze fiche op de server vermeldt het bestand met de SHA-256 %1.</translation>
    </message>
    <message>
        <source>The file “%1” of the chosen version could not be read from the server, so the conflict stays open: %2 Resolve the conflict again once the server can be reached.</source>
        <translation>Het bestand ‘%1’ van de gekozen versie kon niet van de server worden gelezen, dus het conflict blijft open: %2 Los het conflict opnieuw op zodra de server bereikbaar is.</translation>
    </message>
    <message>
        <source>The file “%1” has not been received from the server yet, so this resource was not sent. A later sync sends it once the file arrives.</source>
        <translation>Het bestand ‘%1’ is nog niet van de server ontvangen, dus deze bron is niet verzonden. Een latere synchronisatie verzendt ze zodra het bestand aankomt.</translation>
    </message>
    <message>
        <source>The server named the file “%1” with the invalid SHA-256 “%2”.</source>
        <translation>De server gaf het bestand ‘%1’ de ongeldige SHA-256 ‘%2’.</translation>
    </message>
    <message>
        <source>The file “%1” received from the server could not be written to the folder “%2”: %3. The earlier pages are saved, and this page is received again at the next sync once the folder is writable and its disk has free space of about twice the size of the page&apos;s files, which are staged there and then stored.</source>
        <translation>Het bestand ‘%1’ dat van de server kwam, kon niet worden geschreven in de map ‘%2’: %3. De vorige pagina’s zijn bewaard, en deze pagina wordt bij de volgende synchronisatie opnieuw ontvangen zodra de map beschrijfbaar is en de schijf ongeveer twee keer zoveel vrije ruimte heeft als de bestanden van de pagina, die er eerst worden klaargezet en dan opgeslagen.</translation>
    </message>
    <message>
        <source>the folder is a symbolic link that could not be removed</source>
        <translation>de map is een symbolische koppeling die niet kon worden verwijderd</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>de map kon niet worden aangemaakt</translation>
    </message>
    <message>
        <source>The file “%1” received from the server changed in the folder “%2” before it was stored. Sync again.</source>
        <translation>Het bestand ‘%1’ dat van de server kwam, is in de map ‘%2’ gewijzigd voordat het werd opgeslagen. Synchroniseer opnieuw.</translation>
    </message>
    <message>
        <source>The file “%1” received from the server could not be read from the folder “%2”: %3. Sync again.</source>
        <translation>Het bestand ‘%1’ dat van de server kwam, kon niet worden gelezen uit de map ‘%2’: %3. Synchroniseer opnieuw.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::SyncStore</name>
    <message>
        <source>Could not prepare a database query: %1.</source>
        <translation>Een databasequery kon niet worden voorbereid: %1.</translation>
    </message>
    <message>
        <source>A database statement failed. %1</source>
        <translation>Een database-instructie is mislukt. %1</translation>
    </message>
    <message>
        <source>The pushed document has no valid id.</source>
        <translation>Het verzonden document heeft geen geldige id.</translation>
    </message>
    <message>
        <source>No open sync conflict exists for this record. It may have been resolved already; run a sync to see the current state.</source>
        <translation>Er is geen open synchronisatieconflict voor deze fiche. Misschien werd het al opgelost; start een synchronisatie om de huidige toestand te zien.</translation>
    </message>
    <message>
        <source>The file “%1” of the chosen version is not stored on this computer, so the conflict stays open. Keep this computer&apos;s file, then attach “%1” again if you have it.</source>
        <translation>Het bestand ‘%1’ van de gekozen versie is niet op deze computer bewaard, dus het conflict blijft open. Behoud het bestand van deze computer en voeg ‘%1’ daarna opnieuw toe als u het hebt.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::TableDump</name>
    <message>
        <source>table %1, rowid %2: refers to a missing row of %3</source>
        <translation>tabel %1, rowid %2: verwijst naar een ontbrekende rij van %3</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::VCardExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>De export is geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>Only people and organisations can be exported as vCards; leave other records out of the selection.</source>
        <translation>Alleen personen en organisaties kunnen als vCards geëxporteerd worden; laat andere fiches uit de selectie.</translation>
    </message>
    <message>
        <source>Writing the vCard file failed: %1. Check that the disk is not full.</source>
        <translation>Het schrijven van het vCard-bestand is mislukt: %1. Controleer of de schijf niet vol is.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::VCardParser</name>
    <message>
        <source>The file cannot be opened: %1. Check that it exists and that you may read it.</source>
        <translation>Het bestand kan niet worden geopend: %1. Controleer of het bestaat en of u het mag lezen.</translation>
    </message>
    <message>
        <source>The file is empty. Choose a vCard file with at least one card.</source>
        <translation>Het bestand is leeg. Kies een vCard-bestand met minstens één kaart.</translation>
    </message>
    <message>
        <source>The card that begins on line %1 has no END:VCARD before the next card on line %2. Repair or remove that card and import again; nothing was imported.</source>
        <translation>De kaart die op regel %1 begint, heeft geen END:VCARD voor de volgende kaart op regel %2. Herstel of verwijder die kaart en importeer opnieuw; er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, regel %2</translation>
    </message>
    <message>
        <source>The card that begins on line %1 has no END:VCARD. Repair or remove that card and import again; nothing was imported.</source>
        <translation>De kaart die op regel %1 begint, heeft geen END:VCARD. Herstel of verwijder die kaart en importeer opnieuw; er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file contains no vCard (no BEGIN:VCARD line). Choose a vCard file.</source>
        <translation>Het bestand bevat geen vCard (geen regel BEGIN:VCARD). Kies een vCard-bestand.</translation>
    </message>
    <message>
        <source>This is not a text file: line %1 contains a NUL byte. Choose a vCard file.</source>
        <translation>Dit is geen tekstbestand: regel %1 bevat een NUL-byte. Kies een vCard-bestand.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Validation</name>
    <message>
        <source>The e-mail address &quot;%1&quot; is not valid. Write it as name@example.org or remove it.</source>
        <translation>Het e-mailadres ‘%1’ is ongeldig. Schrijf het als naam@voorbeeld.org of verwijder het.</translation>
    </message>
    <message>
        <source>The website &quot;%1&quot; is not a valid web address. Write it as https://example.org or remove it.</source>
        <translation>De website ‘%1’ is geen geldig webadres. Schrijf het als https://voorbeeld.org of verwijder het.</translation>
    </message>
    <message>
        <source>The organisation has no name. Enter its name.</source>
        <translation>De organisatie heeft geen naam. Vul de naam in.</translation>
    </message>
    <message>
        <source>The closing date %1 is before the founding date %2. Correct one of the two dates.</source>
        <translation>De sluitingsdatum %1 ligt voor de oprichtingsdatum %2. Verbeter een van beide datums.</translation>
    </message>
    <message>
        <source>The member count %1 is negative. Enter zero or more, or leave it empty when unknown.</source>
        <translation>Het aantal leden %1 is negatief. Vul nul of meer in, of laat het veld leeg als het onbekend is.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the 19 Brussels communes. Choose a commune from the list, or leave it empty outside the Brussels-Capital Region.</source>
        <translation>‘%1’ is geen van de 19 Brusselse gemeenten. Kies een gemeente uit de lijst, of laat het veld leeg buiten het Brussels Hoofdstedelijk Gewest.</translation>
    </message>
    <message>
        <source>The person has no name. Enter the name to show.</source>
        <translation>De persoon heeft geen naam. Vul de naam in die getoond moet worden.</translation>
    </message>
    <message>
        <source>The birthday &quot;%1&quot; is not a date. Write it as YYYY-MM-DD, or --MM-DD without a year.</source>
        <translation>De geboortedatum ‘%1’ is geen datum. Schrijf ze als JJJJ-MM-DD, of --MM-DD zonder jaar.</translation>
    </message>
    <message>
        <source>The link needs a record at both ends. Choose the two records.</source>
        <translation>De relatie heeft aan beide uiteinden een fiche nodig. Kies de twee fiches.</translation>
    </message>
    <message>
        <source>The link goes from record %1 to itself. Choose another record for one end.</source>
        <translation>De relatie loopt van fiche %1 naar zichzelf. Kies een andere fiche voor een van de uiteinden.</translation>
    </message>
    <message>
        <source>The link has no type. Choose one, such as &quot;supports&quot;.</source>
        <translation>De relatie heeft geen soort. Kies er een, zoals ‘Ondersteunt’.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2. Correct one of the two dates.</source>
        <translation>De einddatum %1 ligt voor de begindatum %2. Verbeter een van beide datums.</translation>
    </message>
    <message>
        <source>The note is not attached to a record. Choose the record it is about.</source>
        <translation>De notitie is aan geen enkele fiche gekoppeld. Kies de fiche waarover ze gaat.</translation>
    </message>
    <message>
        <source>The note is empty. Write its text.</source>
        <translation>De notitie is leeg. Schrijf de tekst.</translation>
    </message>
    <message>
        <source>The term belongs to no vocabulary. Choose one, such as &quot;sector&quot;.</source>
        <translation>De term hoort bij geen enkele woordenlijst. Kies er een, zoals ‘sector’.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is not valid. Use lowercase letters, digits and single hyphens, such as &quot;social-housing&quot;.</source>
        <translation>De sleutel ‘%1’ is ongeldig. Gebruik kleine letters, cijfers en enkele koppeltekens, zoals ‘social-housing’.</translation>
    </message>
    <message>
        <source>The term has no English label. Enter one.</source>
        <translation>De term heeft geen Engels label. Vul er een in.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value of the field &quot;%2&quot;. Choose one of: %3.</source>
        <translation>&quot;%1&quot; is geen geldige waarde voor het veld &quot;%2&quot;. Kies uit: %3.</translation>
    </message>
    <message>
        <source>%1 has no start time. Enter the day and time it starts.</source>
        <translation>%1 heeft geen begintijd. Vul de dag en het uur in waarop het begint.</translation>
    </message>
    <message>
        <source>%1 has no end time. Enter the day and time it ends.</source>
        <translation>%1 heeft geen eindtijd. Vul de dag en het uur in waarop het eindigt.</translation>
    </message>
    <message>
        <source>%1 ends at %2, before it starts at %3. Correct the start or the end.</source>
        <translation>%1 eindigt op %2, vóór het begin op %3. Corrigeer het begin of het einde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone. Choose a zone such as Europe/Brussels.</source>
        <translation>&quot;%1&quot; is geen bekende tijdzone. Kies een zone zoals Europe/Brussels.</translation>
    </message>
    <message>
        <source>The capacity %1 is below the %2 participants already registered. Raise the capacity or cancel registrations first.</source>
        <translation>De capaciteit %1 is lager dan de %2 deelnemers die al ingeschreven zijn. Verhoog de capaciteit of annuleer eerst inschrijvingen.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is %2, over the limit of %3 for a resource. Attach a smaller file or give a link to it instead.</source>
        <translation>Het bestand &quot;%1&quot; is %2, meer dan de limiet van %3 voor een bron. Voeg een kleiner bestand bij of geef in plaats daarvan een link ernaar.</translation>
    </message>
    <message>
        <source>The workshop has no title. Enter its title.</source>
        <translation>De workshop heeft geen titel. Vul de titel in.</translation>
    </message>
    <message>
        <source>The workshop</source>
        <translation>De workshop</translation>
    </message>
    <message>
        <source>The capacity %1 is negative. Enter the number of places, or leave it empty for no limit.</source>
        <translation>De capaciteit %1 is negatief. Vul het aantal plaatsen in, of laat het leeg voor geen limiet.</translation>
    </message>
    <message>
        <source>The participation belongs to no workshop. Choose the workshop.</source>
        <translation>De deelname hoort bij geen enkele workshop. Kies de workshop.</translation>
    </message>
    <message>
        <source>The participation names no participant. Choose a person or an organisation.</source>
        <translation>De deelname noemt geen deelnemer. Kies een persoon of een organisatie.</translation>
    </message>
    <message>
        <source>The follow-up belongs to no workshop. Choose the workshop.</source>
        <translation>De opvolging hoort bij geen enkele workshop. Kies de workshop.</translation>
    </message>
    <message>
        <source>The follow-up has no title. Say what is to be done.</source>
        <translation>De opvolging heeft geen titel. Geef aan wat er moet gebeuren.</translation>
    </message>
    <message>
        <source>The residency has no title. Enter its title.</source>
        <translation>De residentie heeft geen titel. Vul de titel in.</translation>
    </message>
    <message>
        <source>The residency takes place in another city. Enter the name of the city.</source>
        <translation>De residentie vindt plaats in een andere stad. Vul de naam van de stad in.</translation>
    </message>
    <message>
        <source>The residency needs a first and a last day. Enter both dates.</source>
        <translation>De residentie heeft een eerste en een laatste dag nodig. Vul beide datums in.</translation>
    </message>
    <message>
        <source>The stay belongs to no residency. Choose the residency.</source>
        <translation>Het verblijf hoort bij geen enkele residentie. Kies de residentie.</translation>
    </message>
    <message>
        <source>The stay names no person. Choose the cohort member.</source>
        <translation>Het verblijf noemt geen persoon. Kies het cohortelid.</translation>
    </message>
    <message>
        <source>The stay needs an arrival and a departure date. Enter both dates.</source>
        <translation>Het verblijf heeft een aankomst- en een vertrekdatum nodig. Vul beide datums in.</translation>
    </message>
    <message>
        <source>The programme item belongs to no residency. Choose the residency.</source>
        <translation>Het programma-onderdeel hoort bij geen enkele residentie. Kies de residentie.</translation>
    </message>
    <message>
        <source>The programme item has no title. Enter its title.</source>
        <translation>Het programma-onderdeel heeft geen titel. Vul de titel in.</translation>
    </message>
    <message>
        <source>The programme item</source>
        <translation>Het programma-onderdeel</translation>
    </message>
    <message>
        <source>The budget line belongs to no residency. Choose the residency.</source>
        <translation>De begrotingsregel hoort bij geen enkele residentie. Kies de residentie.</translation>
    </message>
    <message>
        <source>The budget line has no label. Say what the cost is for.</source>
        <translation>De begrotingsregel heeft geen omschrijving. Geef aan waarvoor de kost dient.</translation>
    </message>
    <message>
        <source>The resource has no title. Enter its title.</source>
        <translation>De bron heeft geen titel. Vul de titel in.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Write it as https://example.org/… or leave it empty.</source>
        <translation>&quot;%1&quot; is geen webadres. Schrijf het als https://example.org/… of laat het leeg.</translation>
    </message>
    <message>
        <source>The obstacle or opportunity has no title. Enter its title.</source>
        <translation>De belemmering of kans heeft geen titel. Vul de titel in.</translation>
    </message>
    <message>
        <source>The dates are in the wrong order: %1 %2 is before %3 %4. Correct one of the two dates.</source>
        <translation>De datums staan in de verkeerde volgorde: %1 (%2) ligt voor %3 (%4). Verbeter een van beide datums.</translation>
    </message>
    <message>
        <source>The amount %1 in %2 is negative. Enter zero or more.</source>
        <translation>Het bedrag %1 voor %2 is negatief. Vul nul of meer in.</translation>
    </message>
    <message>
        <source>The amount %1 in %2 is above the largest amount, %3. Check the amount.</source>
        <translation>Het bedrag %1 voor %2 is groter dan het hoogste bedrag, %3. Controleer het bedrag.</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>de eerste dag</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>de laatste dag</translation>
    </message>
    <message>
        <source>arrival date</source>
        <translation>de aankomstdatum</translation>
    </message>
    <message>
        <source>departure date</source>
        <translation>de vertrekdatum</translation>
    </message>
    <message>
        <source>The stay from %1 to %2 is not within the residency, which runs from %3 to %4.</source>
        <translation>Het verblijf van %1 tot %2 valt niet binnen de residentie, die loopt van %3 tot %4.</translation>
    </message>
    <message>
        <source>the planned amount</source>
        <translation>het geplande bedrag</translation>
    </message>
    <message>
        <source>the actual amount</source>
        <translation>het werkelijke bedrag</translation>
    </message>
    <message>
        <source>Attendance is recorded only for registered participants, and this registration is &quot;%1&quot;. Set the attendance to &quot;%2&quot;, or register the participant first.</source>
        <translation>De aanwezigheid wordt alleen geregistreerd voor ingeschreven deelnemers, en deze inschrijving is ‘%1’. Zet de aanwezigheid op ‘%2’, of schrijf de deelnemer eerst in.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ActivityCommands</name>
    <message>
        <source>%1 failed: %2. The change was not saved; correct the value or check that the store file is writable, then try again.</source>
        <translation>%1 is mislukt: %2. De wijziging is niet opgeslagen; corrigeer de waarde of controleer of het gegevensbestand beschrijfbaar is en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Undo of %1</source>
        <translation>Ongedaan maken van %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ActivityFields</name>
    <message>
        <source>&quot;%1&quot; cannot be chosen here. Search again and choose a record of the kind asked for.</source>
        <translation>&quot;%1&quot; kan hier niet gekozen worden. Zoek opnieuw en kies een fiche van de gevraagde soort.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ActivityFilterBar</name>
    <message>
        <source>Search titles, venues and themes</source>
        <translation>Zoeken in titels, locaties en thema&apos;s</translation>
    </message>
    <message>
        <source>Search titles, cities and objectives</source>
        <translation>Zoeken in titels, steden en doelstellingen</translation>
    </message>
    <message>
        <source>Search the workshops</source>
        <translation>De workshops doorzoeken</translation>
    </message>
    <message>
        <source>Search the residencies</source>
        <translation>De residenties doorzoeken</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>Filteren op thema</translation>
    </message>
    <message>
        <source>Filter by city</source>
        <translation>Filteren op stad</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Alle steden</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ActivityRecord</name>
    <message>
        <source>This kind of record is not edited here.</source>
        <translation>Deze soort fiche wordt hier niet bewerkt.</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deelnemer</translation>
    </message>
    <message>
        <source>cohort member</source>
        <translation>cohortelid</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::AddLinkDialog</name>
    <message>
        <source>Add Link to %1</source>
        <translation>Relatie toevoegen aan %1</translation>
    </message>
    <message>
        <source>%1 → chosen record</source>
        <translation>%1 → gekozen fiche</translation>
    </message>
    <message>
        <source>chosen record → %1</source>
        <translation>gekozen fiche → %1</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Fiche:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richting:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Einde:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::AddNoteDialog</name>
    <message>
        <source>Add Note to %1</source>
        <translation>Notitie toevoegen aan %1</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::AnyRecord</name>
    <message>
        <source>Taxonomy terms are not edited here.</source>
        <translation>Taxonomietermen worden hier niet bewerkt.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::AttendancePanel</name>
    <message>
        <source>Rate</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Attendance per theme</source>
        <translation>Aanwezigheid per thema</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Attendance per workshop</source>
        <translation>Aanwezigheid per workshop</translation>
    </message>
    <message>
        <source>Held workshops only: attended / registered.</source>
        <translation>Alleen gehouden workshops: aanwezig / ingeschreven.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per theme&lt;/b&gt;</source>
        <translation>&lt;b&gt;Per thema&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per workshop&lt;/b&gt;</source>
        <translation>&lt;b&gt;Per workshop&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(geen thema)</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::BarrierForm</name>
    <message>
        <source>Evidence: a note or a resource</source>
        <translation>Bewijs: een notitie of een bron</translation>
    </message>
    <message>
        <source>Affected organisation</source>
        <translation>Betrokken organisatie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Such as the Brussels Minister for the Economy</source>
        <translation>Bijvoorbeeld de Brusselse minister van Economie</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domein:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschrijving:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Bewijs:</translation>
    </message>
    <message>
        <source>Affected:</source>
        <translation>Betrokken:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Er&amp;nst:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Re&amp;commendation:</source>
        <translation>Be&amp;leidsaanbeveling:</translation>
    </message>
    <message>
        <source>A&amp;uthority:</source>
        <translation>&amp;Overheid:</translation>
    </message>
    <message>
        <source>&amp;Raised on:</source>
        <translation>&amp;Gemeld op:</translation>
    </message>
    <message>
        <source>Save the obstacle or opportunity (%1)</source>
        <translation>De belemmering of kans opslaan (%1)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>&quot;%1&quot; toevoegen</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>&quot;%1&quot; bewerken</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::BarrierTreeModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Reading the obstacles and opportunities failed: %1</source>
        <translation>Het lezen van de belemmeringen en kansen is mislukt: %1</translation>
    </message>
    <message>
        <source>No domain</source>
        <translation>Geen domein</translation>
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
            <numerusform>, %n projectdrager getroffen</numerusform>
            <numerusform>, %n projectdragers getroffen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::BarriersPage</name>
    <message>
        <source>&amp;Group by domain</source>
        <translation>&amp;Groeperen per domein</translation>
    </message>
    <message>
        <source>Obstacles and opportunities</source>
        <translation>Belemmeringen en kansen</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filteren op soort</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Delete Obstacle or Opportunity</source>
        <translation>Belemmering of kans verwijderen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its notes? You can undo this with Edit &gt; Undo.</source>
        <translation>&quot;%1&quot; met de notities verwijderen? U kunt dit ongedaan maken met Bewerken &gt; Ongedaan maken.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them before leaving?</source>
        <translation>&quot;%1&quot; heeft niet-opgeslagen wijzigingen. Opslaan voordat u verdergaat?</translation>
    </message>
    <message>
        <source>Obstacle Not Saved</source>
        <translation>Belemmering niet opgeslagen</translation>
    </message>
    <message>
        <source>The changes to the obstacle &quot;%1&quot; could not be saved, so it stays open. Correct the fields marked in the form, or press Revert, and try again.</source>
        <translation>De wijzigingen aan de belemmering ‘%1’ konden niet worden opgeslagen, dus ze blijft open. Verbeter de gemarkeerde velden in het formulier, of klik op Terugzetten, en probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::BookingConflicts</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Also staying in &quot;%1&quot; (%2).</source>
        <translation>Verblijft ook in &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>Also registered for the workshop &quot;%1&quot; (%2).</source>
        <translation>Ook ingeschreven voor de workshop &quot;%1&quot; (%2).</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::BudgetPanel</name>
    <message>
        <source>Add Line</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Begrotingsregels</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Add a budget line, then type its label and amounts</source>
        <translation>Voeg een begrotingsregel toe en typ dan de omschrijving en de bedragen</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>Nieuwe begrotingsregel</translation>
    </message>
    <message>
        <source>Category of %1</source>
        <translation>Categorie van %1</translation>
    </message>
    <message>
        <source>Totals could not be read.</source>
        <translation>De totalen konden niet gelezen worden.</translation>
    </message>
    <message>
        <source>Planned &lt;b&gt;%1&lt;/b&gt; · Actual &lt;b&gt;%2&lt;/b&gt; · Variance &lt;b&gt;&lt;span style=&quot;color:%4&quot;&gt;%3&lt;/span&gt;&lt;/b&gt;</source>
        <translation>Gepland &lt;b&gt;%1&lt;/b&gt; · Werkelijk &lt;b&gt;%2&lt;/b&gt; · Verschil &lt;b&gt;&lt;span style=&quot;color:%4&quot;&gt;%3&lt;/span&gt;&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>(%n line(s) without an actual amount)</source>
        <translation>
            <numerusform>(%n regel zonder werkelijk bedrag)</numerusform>
            <numerusform>(%n regels zonder werkelijk bedrag)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: planned %2, actual %3</source>
        <translation>%1: gepland %2, werkelijk %3</translation>
    </message>
    <message>
        <source>Add the budget line &quot;%1&quot;</source>
        <translation>De begrotingsregel &quot;%1&quot; toevoegen</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Regel %1, %2: %3</translation>
    </message>
    <message>
        <source>Edit the budget line &quot;%1&quot;</source>
        <translation>De begrotingsregel &quot;%1&quot; bewerken</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::CalendarExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>&amp;Calendar (iCalendar)...</source>
        <translation>&amp;Kalender (iCalendar)...</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n gebeurtenis geschreven naar %1</numerusform>
            <numerusform>%n gebeurtenissen geschreven naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2. Choose a folder where you may write and that has enough free space.</source>
        <translation>Het schrijven van &quot;%1&quot; is mislukt: %2. Kies een map waarin u mag schrijven en die genoeg vrije ruimte heeft.</translation>
    </message>
    <message>
        <source>&amp;All workshops and residencies</source>
        <translation>&amp;Alle workshops en residenties</translation>
    </message>
    <message>
        <source>Only &amp;between:</source>
        <translation>Alleen &amp;tussen:</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exporteren</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Kalenderbestand</translation>
    </message>
    <message>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Bladeren...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Be&amp;stand:</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-bestanden (*.ics)</translation>
    </message>
    <message>
        <source>No store is open. Open a store, then export its calendar.</source>
        <translation>Er is geen gegevensbestand geopend. Open er een en exporteer dan de kalender.</translation>
    </message>
    <message>
        <source>No file is chosen. Enter a file name or choose one with Browse...</source>
        <translation>Er is geen bestand gekozen. Typ een bestandsnaam of kies er een met Bladeren...</translation>
    </message>
    <message>
        <source>The last day %1 is before the first day %2. Choose a last day on or after the first day.</source>
        <translation>De laatste dag %1 valt vóór de eerste dag %2. Kies een laatste dag op of na de eerste dag.</translation>
    </message>
    <message>
        <source>Only the items selected in the lists (none is selected)</source>
        <translation>Alleen de geselecteerde items in de lijsten (er is er geen geselecteerd)</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n &amp;selected item(s) in the lists</source>
        <translation>
            <numerusform>Alleen %n &amp;geselecteerd item in de lijsten</numerusform>
            <numerusform>Alleen de %n &amp;geselecteerde items in de lijsten</numerusform>
        </translation>
    </message>
    <message>
        <source>Select workshops or residencies in their lists first, then open this dialog again.</source>
        <translation>Selecteer eerst workshops of residenties in hun lijsten en open dit venster dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::CalendarWidget</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day of a week</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Hele dag</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n meer</numerusform>
            <numerusform>+%n meer</numerusform>
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
        <translation>De grafiek kon niet opgeslagen worden. Controleer of de map bestaat en of u erin mag schrijven.</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-afbeelding (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Grafiek niet opgeslagen</translation>
    </message>
    <message>
        <source>Save Chart as PNG...</source>
        <translation>Grafiek opslaan als PNG...</translation>
    </message>
    <message>
        <source>Save Chart as SVG...</source>
        <translation>Grafiek opslaan als SVG...</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::CohortPanel</name>
    <message>
        <source>Add Cohort Member...</source>
        <translation>Cohortelid toevoegen...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Project holder</source>
        <translation>Projectdrager</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Aankomst</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Vertrek</translation>
    </message>
    <message>
        <source>Person Already Booked</source>
        <translation>Persoon al geboekt</translation>
    </message>
    <message>
        <source>%1
Add this stay anyway?</source>
        <translation>%1
Dit verblijf toch toevoegen?</translation>
    </message>
    <message>
        <source>Add %1 to the cohort</source>
        <translation>%1 aan de cohorte toevoegen</translation>
    </message>
    <message>
        <source>Add Cohort Member</source>
        <translation>Cohortelid toevoegen</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Kiezen...</translation>
    </message>
    <message>
        <source>Project Holder</source>
        <translation>Projectdrager</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <source>Project &amp;holder:</source>
        <translation>Project&amp;drager:</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>&amp;Aankomst:</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>&amp;Vertrek:</translation>
    </message>
    <message>
        <source>Stay Outside the Residency</source>
        <translation>Verblijf buiten de residentie</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::DashboardWidget</name>
    <message>
        <source>No data yet</source>
        <translation>Nog geen gegevens</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Per soort</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Per fase</translation>
    </message>
    <message>
        <source>Group organisations</source>
        <translation>Organisaties groeperen</translation>
    </message>
    <message>
        <source>Organisations over time</source>
        <translation>Organisaties door de tijd</translation>
    </message>
    <message>
        <source>Organisations per commune</source>
        <translation>Organisaties per gemeente</translation>
    </message>
    <message>
        <source>Organisations over time:</source>
        <translation>Organisaties door de tijd:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(niet ingevuld)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Gegevens lezen…</translation>
    </message>
    <message>
        <source>Updating the charts…</source>
        <translation>Grafieken bijwerken…</translation>
    </message>
    <message>
        <source>organisations-over-time</source>
        <translation>organisaties-in-de-tijd</translation>
    </message>
    <message>
        <source>organisations-per-commune</source>
        <translation>organisaties-per-gemeente</translation>
    </message>
    <message>
        <source>Organisations without a founding date, not shown: %1</source>
        <translation>Organisaties zonder oprichtingsdatum, niet getoond: %1</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::DetailPane</name>
    <message>
        <source>Select a record in the list, or create one with Edit &gt; New.</source>
        <translation>Selecteer een fiche in de lijst, of maak er een aan met Bewerken &gt; Nieuw.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>De wijzigingen opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Terugdraaien</translation>
    </message>
    <message>
        <source>No record selected</source>
        <translation>Geen fiche geselecteerd</translation>
    </message>
    <message>
        <source>The record could not be read: %1</source>
        <translation>De fiche kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nieuwe relatie</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nieuw: %1</translation>
    </message>
    <message>
        <source>Add link &quot;%1&quot;</source>
        <translation>Relatie ‘%1’ toevoegen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>Drop the changes and read the saved values again</source>
        <translation>De wijzigingen laten vallen en de opgeslagen waarden opnieuw lezen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>‘%1’ heeft wijzigingen die niet zijn opgeslagen. Opslaan?</translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; cannot be saved because of these problems:
%2
Discard the changes, or cancel and correct the fields.</source>
        <translation>De wijzigingen aan ‘%1’ kunnen niet worden opgeslagen door deze problemen:
%2
Laat de wijzigingen vallen, of annuleer en verbeter de velden.</translation>
    </message>
    <message>
        <source>Record Changed Elsewhere</source>
        <translation>Fiche elders gewijzigd</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed in another window or program since you opened it, so your changes were not saved. Reload it to see the other change (your changes are dropped), or cancel to keep your changes on screen.</source>
        <translation>‘%1’ werd in een ander venster of programma gewijzigd sinds u de fiche opende, dus uw wijzigingen werden niet opgeslagen. Laad de fiche opnieuw om de andere wijziging te zien (uw wijzigingen vallen weg), of annuleer om uw wijzigingen op het scherm te houden.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ExportActions</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>List as &amp;CSV...</source>
        <translation>Lijst als &amp;CSV...</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCard...</source>
        <translation>Contacten als &amp;vCard...</translation>
    </message>
    <message>
        <source>&amp;Back Up...</source>
        <translation>&amp;Back-up maken...</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup...</source>
        <translation>&amp;Herstellen uit back-up...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with &quot;;&quot; (*.csv)</source>
        <translation>CSV voor Excel, UTF-8 met &quot;;&quot; (*.csv)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 with &quot;,&quot; (*.csv)</source>
        <translation>CSV, UTF-8 met &quot;,&quot; (*.csv)</translation>
    </message>
    <message>
        <source>Export List as CSV</source>
        <translation>Lijst exporteren als CSV</translation>
    </message>
    <message>
        <source>list.csv</source>
        <translation>lijst.csv</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>The shown page has no list to export. Show a list and export again.</source>
        <translation>De getoonde pagina heeft geen lijst om te exporteren. Toon een lijst en exporteer opnieuw.</translation>
    </message>
    <message>
        <source>No list is shown.</source>
        <translation>Er wordt geen lijst getoond.</translation>
    </message>
    <message>
        <source>Exporting the list...</source>
        <translation>De lijst wordt geëxporteerd...</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder.</source>
        <translation>%1 kon niet geschreven worden: %2. Kies een andere map.</translation>
    </message>
    <message>
        <source>Export Contacts as vCard</source>
        <translation>Contacten exporteren als vCard</translation>
    </message>
    <message>
        <source>Export the selected contact or every contact?</source>
        <translation>Het geselecteerde contact of alle contacten exporteren?</translation>
    </message>
    <message>
        <source>&amp;Selected</source>
        <translation>&amp;Geselecteerd</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>vCard version:</source>
        <translation>vCard-versie:</translation>
    </message>
    <message>
        <source>contacts.vcf</source>
        <translation>contacten.vcf</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>vCard-bestanden (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>Exporting contacts...</source>
        <translation>De contacten worden geëxporteerd...</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>CoopAtlas backups (*.json)</source>
        <translation>CoopAtlas-back-ups (*.json)</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Back-up wordt gemaakt...</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>Back-up mislukt</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Herstellen uit back-up</translation>
    </message>
    <message>
        <source>Save the Restored Store As</source>
        <translation>Het herstelde bestand opslaan als</translation>
    </message>
    <message>
        <source>CoopAtlas stores (*.coopatlas)</source>
        <translation>CoopAtlas-gegevensbestanden (*.coopatlas)</translation>
    </message>
    <message>
        <source>%1 is the open store and cannot be replaced. Choose another file for the restored store.</source>
        <translation>%1 is het geopende gegevensbestand en kan niet vervangen worden. Kies een ander bestand voor het herstel.</translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation>Herstellen mislukt</translation>
    </message>
    <message>
        <source>Restoring...</source>
        <translation>Bezig met herstellen...</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ExtraFieldsEdit</name>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Veld toevoegen</translation>
    </message>
    <message>
        <source>Add a custom field</source>
        <translation>Een eigen veld toevoegen</translation>
    </message>
    <message>
        <source>Remove Field</source>
        <translation>Veld verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected custom field</source>
        <translation>Het geselecteerde eigen veld verwijderen</translation>
    </message>
    <message>
        <source>This value is not text, so it is shown as JSON and saved unchanged. Remove the field to drop it.</source>
        <translation>Deze waarde is geen tekst, dus ze wordt als JSON getoond en ongewijzigd bewaard. Verwijder het veld om haar te laten vallen.</translation>
    </message>
    <message>
        <source>The custom field in row %1 has a value but no name. Enter a name or remove the row.</source>
        <translation>Het eigen veld in rij %1 heeft een waarde maar geen naam. Vul een naam in of verwijder de rij.</translation>
    </message>
    <message>
        <source>The custom field name &quot;%1&quot; is used twice. Rename or remove one of them.</source>
        <translation>De naam ‘%1’ van een eigen veld komt twee keer voor. Hernoem of verwijder er een.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::FirstStartBanner</name>
    <message>
        <source>Start with an Empty Store...</source>
        <translation>Beginnen met een leeg gegevensbestand...</translation>
    </message>
    <message>
        <source>This store contains the sample data set.</source>
        <translation>Dit gegevensbestand bevat de voorbeeldgegevens.</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Dit bericht verbergen</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::FollowupsPanel</name>
    <message>
        <source>Add Follow-up...</source>
        <translation>Opvolging toevoegen...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Opvolgingsacties</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <source>Due %1 days ago</source>
        <translation>%1 dagen geleden vervallen</translation>
    </message>
    <message>
        <source>Add the follow-up &quot;%1&quot;</source>
        <translation>De opvolging &quot;%1&quot; toevoegen</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; done</source>
        <translation>&quot;%1&quot; als klaar markeren</translation>
    </message>
    <message>
        <source>Reopen &quot;%1&quot;</source>
        <translation>&quot;%1&quot; heropenen</translation>
    </message>
    <message>
        <source>Add Follow-up</source>
        <translation>Opvolging toevoegen</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Kiezen...</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Actie:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwoordelijke:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Verval&amp;datum:</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ImportDuplicatesPage</name>
    <message>
        <source>Check Likely Duplicates</source>
        <translation>Waarschijnlijke dubbels nakijken</translation>
    </message>
    <message>
        <source>Records that look like one already in the store or earlier in the file. Choose what to do with each.</source>
        <translation>Fiches die lijken op een fiche die al in het gegevensbestand staat of eerder in het geïmporteerde bestand. Kies wat er met elke fiche moet gebeuren.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Imported record</source>
        <translation>Geïmporteerde fiche</translation>
    </message>
    <message>
        <source>Existing record</source>
        <translation>Bestaande fiche</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Reading %1 and looking for duplicates...</source>
        <translation>%1 lezen en dubbels zoeken...</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) read.</source>
        <translation>
            <numerusform>%n fiche gelezen.</numerusform>
            <numerusform>%n fiches gelezen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s).</source>
        <translation>
            <numerusform>%n waarschijnlijke dubbele fiche.</numerusform>
            <numerusform>%n waarschijnlijke dubbele fiches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be skipped.</source>
        <translation>
            <numerusform>%n rij wordt overgeslagen.</numerusform>
            <numerusform>%n rijen worden overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behouden</translation>
    </message>
    <message>
        <source>The file could not be imported: %1
Go back to choose another file or mapping.</source>
        <translation>Het bestand kon niet worden geïmporteerd: %1
Ga terug om een ander bestand of een andere koppeling te kiezen.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ImportFields</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsvorm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Opgericht</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Sluitingsdatum</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Member count</source>
        <translation>Aantal leden</translation>
    </message>
    <message>
        <source>Cooperative model</source>
        <translation>Coöperatief model</translation>
    </message>
    <message>
        <source>Custom field (kept as is)</source>
        <translation>Eigen veld (ongewijzigd bewaard)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(niet geïmporteerd)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Additional names</source>
        <translation>Andere voornamen</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Aanspreking</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Achtervoegsel</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Bijnaam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation>Geboortemaand</translation>
    </message>
    <message>
        <source>Birth day of month</source>
        <translation>Geboortedag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Address: street</source>
        <translation>Adres: straat</translation>
    </message>
    <message>
        <source>Address: street, second line</source>
        <translation>Adres: straat, tweede regel</translation>
    </message>
    <message>
        <source>Address: locality</source>
        <translation>Adres: plaats</translation>
    </message>
    <message>
        <source>Address: region</source>
        <translation>Adres: regio</translation>
    </message>
    <message>
        <source>Address: postcode</source>
        <translation>Adres: postcode</translation>
    </message>
    <message>
        <source>Address: country</source>
        <translation>Adres: land</translation>
    </message>
    <message>
        <source>Address: PO box</source>
        <translation>Adres: postbus</translation>
    </message>
    <message>
        <source>Address: extended</source>
        <translation>Adres: aanvulling</translation>
    </message>
    <message>
        <source>Address: label</source>
        <translation>Adres: label</translation>
    </message>
    <message>
        <source>Address: type</source>
        <translation>Adres: soort</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ImportFilePage</name>
    <message>
        <source>Choose a File</source>
        <translation>Een bestand kiezen</translation>
    </message>
    <message>
        <source>CSV files (comma or semicolon, UTF-8 or Windows-1252) and vCard files (versions 2.1, 3.0 and 4.0) can be imported.</source>
        <translation>U kunt CSV-bestanden (komma of puntkomma, UTF-8 of Windows-1252) en vCard-bestanden (versies 2.1, 3.0 en 4.0) importeren.</translation>
    </message>
    <message>
        <source>The file is read and checked first; nothing is written to the store before the last step.</source>
        <translation>Het bestand wordt eerst gelezen en gecontroleerd; er wordt niets in het gegevensbestand geschreven voor de laatste stap.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Bladeren...</translation>
    </message>
    <message>
        <source>Path of a .csv or .vcf file</source>
        <translation>Pad van een .csv- of .vcf-bestand</translation>
    </message>
    <message>
        <source>Import File</source>
        <translation>Bestand importeren</translation>
    </message>
    <message>
        <source>Contacts and directories (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation>Contacten en adresboeken (*.csv *.vcf *.vcard);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ImportPreviewPage</name>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>puntkomma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>&amp;Save Mapping...</source>
        <translation>Koppeling op&amp;slaan...</translation>
    </message>
    <message>
        <source>&amp;Load Mapping...</source>
        <translation>Koppeling &amp;laden...</translation>
    </message>
    <message>
        <source>Check the Columns</source>
        <translation>De kolommen nakijken</translation>
    </message>
    <message>
        <source>Choose the field that receives each column. Columns set to &quot;(not imported)&quot; are left out.</source>
        <translation>Kies voor elke kolom het veld dat ze ontvangt. Kolommen op ‘(niet geïmporteerd)’ worden weggelaten.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>Importeren als:</translation>
    </message>
    <message>
        <source>%1 is a vCard file: each card is imported as a person, so no column mapping is needed.</source>
        <translation>%1 is een vCard-bestand: elke kaart wordt als persoon geïmporteerd, dus er is geen kolomkoppeling nodig.</translation>
    </message>
    <message>
        <source>The file could not be read: %1
Choose another file or save it as CSV in UTF-8 and try again.</source>
        <translation>Het bestand kon niet worden gelezen: %1
Kies een ander bestand of sla het op als CSV in UTF-8 en probeer opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), encoding %2, delimiter %3.</source>
        <translation>
            <numerusform>%1: %n rij, codering %2, scheidingsteken %3.</numerusform>
            <numerusform>%1: %n rijen, codering %2, scheidingsteken %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapping Not Valid</source>
        <translation>Koppeling ongeldig</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Koppeling opslaan</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Kolomkoppelingen (*.json)</translation>
    </message>
    <message>
        <source>Mapping Not Saved</source>
        <translation>Koppeling niet opgeslagen</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>Koppeling laden</translation>
    </message>
    <message>
        <source>Mapping Not Loaded</source>
        <translation>Koppeling niet geladen</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 lezen...</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1... %n row(s) so far.</source>
        <translation>
            <numerusform>%1 wordt gelezen... %n rij tot nu toe.</numerusform>
            <numerusform>%1 wordt gelezen... %n rijen tot nu toe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ImportRunPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;annuleren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>%1 importeren...</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) created.</source>
        <translation>
            <numerusform>%n fiche aangemaakt.</numerusform>
            <numerusform>%n fiches aangemaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into existing records.</source>
        <translation>
            <numerusform>%n samengevoegd met een bestaande fiche.</numerusform>
            <numerusform>%n samengevoegd met bestaande fiches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n overgeslagen.</numerusform>
            <numerusform>%n overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Er werd niets geïmporteerd: %1</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::KnowledgeCommands</name>
    <message>
        <source>%1 failed: %2. The change was not saved; correct the value named, or check that the store file is writable, and try again.</source>
        <translation>%1 is mislukt: %2. De wijziging is niet opgeslagen; corrigeer de genoemde waarde, of controleer of het gegevensbestand beschrijfbaar is, en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 ongedaan maken</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>&quot;%1&quot; verwijderen</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::KnowledgePage</name>
    <message>
        <source>Resources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Search titles, summaries, text and tags</source>
        <translation>Zoeken in titels, samenvattingen, tekst en tags</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Zoeken in de kennisbank</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filteren op soort</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filteren op taal</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filteren op tag</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Delete Resource</source>
        <translation>Bron verwijderen</translation>
    </message>
    <message>
        <source>Delete the resource &quot;%1&quot; with its file and notes? You can undo this with Edit &gt; Undo.</source>
        <translation>De bron &quot;%1&quot; met het bestand en de notities verwijderen? U kunt dit ongedaan maken met Bewerken &gt; Ongedaan maken.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>The resource &quot;%1&quot; has unsaved changes. Save them before leaving?</source>
        <translation>De bron &quot;%1&quot; heeft niet-opgeslagen wijzigingen. Opslaan voordat u verdergaat?</translation>
    </message>
    <message>
        <source>Resource Not Saved</source>
        <translation>Bron niet opgeslagen</translation>
    </message>
    <message>
        <source>The changes to the resource &quot;%1&quot; could not be saved, so it stays open. Correct the fields marked in the form, or press Revert, and try again.</source>
        <translation>De wijzigingen aan de bron ‘%1’ konden niet worden opgeslagen, dus ze blijft open. Verbeter de gemarkeerde velden in het formulier, of klik op Terugzetten, en probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::LinkForm</name>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Naar:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Einde:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otitie:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <source>(unknown record %1)</source>
        <translation>(onbekende fiche %1)</translation>
    </message>
    <message>
        <source>C&amp;hange...</source>
        <translation>&amp;Wijzigen...</translation>
    </message>
    <message>
        <source>Ch&amp;ange...</source>
        <translation>W&amp;ijzigen...</translation>
    </message>
    <message>
        <source>Choose another organisation or person as the start of the link</source>
        <translation>Een andere organisatie of persoon kiezen als begin van de relatie</translation>
    </message>
    <message>
        <source>Choose another organisation or person as the end of the link</source>
        <translation>Een andere organisatie of persoon kiezen als einde van de relatie</translation>
    </message>
    <message>
        <source>Choose the Start of the Link</source>
        <translation>Begin van de relatie kiezen</translation>
    </message>
    <message>
        <source>Choose the End of the Link</source>
        <translation>Einde van de relatie kiezen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted. Choose another organisation or person, or restore it first.</source>
        <translation>‘%1’ is verwijderd. Kies een andere organisatie of persoon, of herstel het eerst.</translation>
    </message>
    <message>
        <source>No organisation or person with id %1 exists. Choose another record.</source>
        <translation>Er bestaat geen organisatie of persoon met id %1. Kies een ander fiche.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ListPanel</name>
    <message>
        <source>Filter</source>
        <translation>Filteren</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>De lijst filteren</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Soort organisatie</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::MainWindow</name>
    <message>
        <source>CoopAtlas</source>
        <translation>CoopAtlas</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Wijziging niet opgeslagen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>List Not Read</source>
        <translation>Lijst niet gelezen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New Empty Store...</source>
        <translation>&amp;Nieuw leeg gegevensbestand...</translation>
    </message>
    <message>
        <source>&amp;Open Store...</source>
        <translation>Gegevensbestand &amp;openen...</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importeren...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>In&amp;stellingen...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Herhalen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Verwijderen...</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Zoeken...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisaties</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>&amp;Relaties</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About CoopAtlas</source>
        <translation>&amp;Over CoopAtlas</translation>
    </message>
    <message>
        <source>About CoopAtlas</source>
        <translation>Over CoopAtlas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CoopAtlas %1&lt;/h3&gt;&lt;p&gt;Tracks the ecosystem of cooperative digital platforms: organisations, people, the links between them and notes.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CoopAtlas %1&lt;/h3&gt;&lt;p&gt;Volgt het ecosysteem van coöperatieve digitale platformen op: organisaties, personen, de relaties tussen hen en notities.&lt;/p&gt;&lt;p&gt;Uitgegeven onder de GNU General Public License, versie 3 of later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New Link</source>
        <translation>Nieuwe relatie</translation>
    </message>
    <message>
        <source>Links are added from one of their ends: open an organisation or a person and choose &quot;Add Link...&quot;.</source>
        <translation>Een relatie voegt u toe vanaf een van haar uiteinden: open een organisatie of een persoon en kies ‘Relatie toevoegen...’.</translation>
    </message>
    <message>
        <source>Duplicate Failed</source>
        <translation>Dupliceren mislukt</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 dupliceren</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>‘%1’ verwijderen?</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>U kunt dit ongedaan maken met Bewerken &gt; Ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete Record</source>
        <translation>Fiche verwijderen</translation>
    </message>
    <message>
        <source>New Empty Store</source>
        <translation>Nieuw leeg gegevensbestand</translation>
    </message>
    <message>
        <source>CoopAtlas stores (*.sqlite)</source>
        <translation>Gegevensbestanden van CoopAtlas (*.sqlite)</translation>
    </message>
    <message>
        <source>File Exists</source>
        <translation>Bestand bestaat al</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the empty store, or open the existing file with File &gt; Open Store.</source>
        <translation>%1 bestaat al. Kies een nieuwe bestandsnaam voor het lege gegevensbestand, of open het bestaande bestand met Bestand &gt; Gegevensbestand openen.</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Gegevensbestand openen</translation>
    </message>
    <message>
        <source>CoopAtlas stores (*.sqlite);;All files (*)</source>
        <translation>Gegevensbestanden van CoopAtlas (*.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Store Not Opened</source>
        <translation>Gegevensbestand niet geopend</translation>
    </message>
    <message>
        <source>%1 – CoopAtlas</source>
        <translation>%1 – CoopAtlas</translation>
    </message>
    <message numerus="yes">
        <source>Its %n link(s) will be deleted too.</source>
        <translation>
            <numerusform>Ook %n relatie wordt verwijderd.</numerusform>
            <numerusform>Ook %n relaties worden verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n note(s) will be deleted too.</source>
        <translation>
            <numerusform>Ook %n notitie wordt verwijderd.</numerusform>
            <numerusform>Ook %n notities worden verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened. %2
Choose another file.</source>
        <translation>%1 kon niet worden geopend. %2
Kies een ander bestand.</translation>
    </message>
    <message>
        <source>&amp;Taxonomies...</source>
        <translation>&amp;Taxonomieën...</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Nu s&amp;ynchroniseren</translation>
    </message>
    <message>
        <source>S&amp;ync Conflicts...</source>
        <translation>S&amp;ynchronisatieconflicten...</translation>
    </message>
    <message>
        <source>Activity &amp;Report...</source>
        <translation>Activiteiten&amp;verslag...</translation>
    </message>
    <message>
        <source>&amp;Knowledge Base</source>
        <translation>&amp;Kennisbank</translation>
    </message>
    <message>
        <source>O&amp;bstacles</source>
        <translation>&amp;Belemmeringen</translation>
    </message>
    <message>
        <source>&amp;Workshops</source>
        <translation>&amp;Workshops</translation>
    </message>
    <message>
        <source>&amp;Residencies</source>
        <translation>Re&amp;sidenties</translation>
    </message>
    <message>
        <source>&amp;Network Map</source>
        <translation>&amp;Netwerkkaart</translation>
    </message>
    <message>
        <source>Knowledge Base</source>
        <translation>Kennisbank</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Belemmeringen</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Residencies</source>
        <translation>Residenties</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::MetricsPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Comma separated</source>
        <translation>Gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Semicolon separated</source>
        <translation>Gescheiden door puntkomma&apos;s</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exporteren als CSV...</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <source>Computing the metrics…</source>
        <translation>De indicatoren worden berekend…</translation>
    </message>
    <message>
        <source>Cancelled. The metrics are computed again when the network changes.</source>
        <translation>Geannuleerd. De indicatoren worden opnieuw berekend wanneer het netwerk verandert.</translation>
    </message>
    <message>
        <source>The metrics could not be computed: %1</source>
        <translation>De indicatoren konden niet berekend worden: %1</translation>
    </message>
    <message>
        <source>%1 components, %2 clusters, modularity %3</source>
        <translation>%1 componenten, %2 clusters, modulariteit %3</translation>
    </message>
    <message>
        <source>All nodes (%1)</source>
        <translation>Alle knooppunten (%1)</translation>
    </message>
    <message>
        <source>Isolated project holders (%1)</source>
        <translation>Geïsoleerde projectdragers (%1)</translation>
    </message>
    <message>
        <source>Brokers (%1)</source>
        <translation>Bruggenbouwers (%1)</translation>
    </message>
    <message>
        <source>Cluster %1 (%2 members)</source>
        <translation>Cluster %1 (%2 leden)</translation>
    </message>
    <message>
        <source>Export Metrics</source>
        <translation>Indicatoren exporteren</translation>
    </message>
    <message>
        <source>network-metrics.csv</source>
        <translation>netwerkindicatoren.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Metrics Not Exported</source>
        <translation>Indicatoren niet geëxporteerd</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::NetworkCanvas</name>
    <message>
        <source>Network map</source>
        <translation>Netwerkkaart</translation>
    </message>
    <message>
        <source>The PNG image could not be written. Check that the folder exists and that you may write to it.</source>
        <translation>De PNG-afbeelding kon niet geschreven worden. Controleer of de map bestaat en of u erin mag schrijven.</translation>
    </message>
    <message>
        <source>The SVG file could not be written. Check that the folder exists and that you may write to it.</source>
        <translation>Het SVG-bestand kon niet geschreven worden. Controleer of de map bestaat en of u erin mag schrijven.</translation>
    </message>
    <message>
        <source>The SVG file is empty after writing. Check the free disk space.</source>
        <translation>Het SVG-bestand is leeg na het schrijven. Controleer de vrije schijfruimte.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::NetworkLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::NetworkMapWidget</name>
    <message>
        <source>Colour by kind</source>
        <translation>Kleur per soort</translation>
    </message>
    <message>
        <source>Colour by stage</source>
        <translation>Kleur per fase</translation>
    </message>
    <message>
        <source>Size by degree</source>
        <translation>Grootte volgens graad</translation>
    </message>
    <message>
        <source>Size by betweenness</source>
        <translation>Grootte volgens tussenliggendheid</translation>
    </message>
    <message>
        <source>Colour by community</source>
        <translation>Kleur per gemeenschap</translation>
    </message>
    <message>
        <source>Betweenness and communities show once the metrics are computed.</source>
        <translation>Tussenliggendheid en gemeenschappen verschijnen zodra de indicatoren berekend zijn.</translation>
    </message>
    <message>
        <source>Find a node</source>
        <translation>Een knooppunt zoeken</translation>
    </message>
    <message>
        <source>No node is named like &quot;%1&quot;.</source>
        <translation>Geen knooppunt heeft een naam zoals &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passend maken</translation>
    </message>
    <message>
        <source>Show the whole network (Ctrl+0)</source>
        <translation>Het hele netwerk tonen (Ctrl+0)</translation>
    </message>
    <message>
        <source>Lay Out Again</source>
        <translation>Opnieuw schikken</translation>
    </message>
    <message>
        <source>Export Image...</source>
        <translation>Afbeelding exporteren...</translation>
    </message>
    <message>
        <source>Links active on</source>
        <translation>Relaties actief op</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Reading the network…</source>
        <translation>Het netwerk wordt gelezen…</translation>
    </message>
    <message>
        <source>Laying out the network…</source>
        <translation>Het netwerk wordt geschikt…</translation>
    </message>
    <message>
        <source>Cancelled. Press Lay Out Again to start over.</source>
        <translation>Geannuleerd. Klik op Opnieuw schikken om opnieuw te beginnen.</translation>
    </message>
    <message>
        <source>The network could not be drawn: %1</source>
        <translation>Het netwerk kon niet getekend worden: %1</translation>
    </message>
    <message>
        <source>%1 nodes, %2 links</source>
        <translation>%1 knooppunten, %2 relaties</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle sectoren</translation>
    </message>
    <message>
        <source>All link types</source>
        <translation>Alle relatietypes</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>No link has a start or end date.</source>
        <translation>Geen enkele relatie heeft een begin- of einddatum.</translation>
    </message>
    <message>
        <source>Replay the network: show only the links active on the chosen date.</source>
        <translation>Het netwerk afspelen: alleen de relaties tonen die op de gekozen datum actief zijn.</translation>
    </message>
    <message>
        <source>The pinned position was not saved: %1</source>
        <translation>De vastgezette positie is niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Pinned. Lay Out Again keeps this node where you dropped it.</source>
        <translation>Vastgezet. Opnieuw schikken houdt dit knooppunt waar u het hebt neergezet.</translation>
    </message>
    <message>
        <source>Export Network Map</source>
        <translation>Netwerkkaart exporteren</translation>
    </message>
    <message>
        <source>network-map.png</source>
        <translation>netwerkkaart.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG-afbeelding (*.svg)</translation>
    </message>
    <message>
        <source>Map Not Exported</source>
        <translation>Kaart niet geëxporteerd</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::NetworkWindow</name>
    <message>
        <source>Network – CoopAtlas</source>
        <translation>Netwerk – CoopAtlas</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicatoren</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::OptionalDateEdit</name>
    <message>
        <source>Check to set a date</source>
        <translation>Aanvinken om een datum in te vullen</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>Datum bekend</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source>The stored date %1 is earlier than this field can show.</source>
        <translation>De opgeslagen datum %1 ligt vroeger dan wat dit veld kan tonen.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::OrganisationForm</name>
    <message>
        <source>SC, ASBL, SRL, ...</source>
        <translation>CV, VZW, BV, ...</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Rechtsvorm:</translation>
    </message>
    <message>
        <source>Sec&amp;tors:</source>
        <translation>Sec&amp;toren:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Founded:</source>
        <translation>&amp;Opgericht:</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Gesloten:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>BE</source>
        <translation>BE</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Straat:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>Locality:</source>
        <translation>Plaats:</translation>
    </message>
    <message>
        <source>Co&amp;mmune:</source>
        <translation>Ge&amp;meente:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>https://..., separated by commas</source>
        <translation>https://..., gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Soorten</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>&amp;Websites:</source>
        <translation>&amp;Websites:</translation>
    </message>
    <message>
        <source>E-&amp;mails:</source>
        <translation>E-&amp;mails:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Telefoons:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>fr, nl, en</source>
        <translation>fr, nl, en</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>Cooperative &amp;model:</source>
        <translation>Coöperatief &amp;model:</translation>
    </message>
    <message>
        <source>Member &amp;count:</source>
        <translation>&amp;Aantal leden:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>T&amp;alen:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <source>(outside the Brussels Region)</source>
        <translation>(buiten het Brussels Gewest)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Eigen velden</translation>
    </message>
    <message>
        <source>F&amp;ields:</source>
        <translation>V&amp;elden:</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ParticipantsPanel</name>
    <message>
        <source>Add Participant...</source>
        <translation>Deelnemer toevoegen...</translation>
    </message>
    <message>
        <source>Cancel Registration</source>
        <translation>Inschrijving annuleren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inschrijving</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Register a person or organisation (Ctrl+Shift+P)</source>
        <translation>Een persoon of organisatie inschrijven (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Cancel the selected registration; the first one waiting moves up</source>
        <translation>De geselecteerde inschrijving annuleren; de eerste op de wachtlijst schuift door</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%1 van %2 plaatsen bezet</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n ingeschreven</numerusform>
            <numerusform>%n ingeschreven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n wachtend</numerusform>
            <numerusform>, %n wachtend</numerusform>
        </translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rol van %1</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Aanwezigheid van %1</translation>
    </message>
    <message>
        <source>%1 already takes part in this workshop. Change the registration in the table instead.</source>
        <translation>%1 neemt al deel aan deze workshop. Wijzig in plaats daarvan de inschrijving in de tabel.</translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>%1 inschrijven</translation>
    </message>
    <message>
        <source>The workshop is full: %1 is on the waiting list at position %2 and moves up when a registration is cancelled.</source>
        <translation>De workshop is volzet: %1 staat op de wachtlijst op positie %2 en schuift door wanneer een inschrijving geannuleerd wordt.</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>%1 is ingeschreven.</translation>
    </message>
    <message>
        <source>Cancel the registration of %1</source>
        <translation>De inschrijving van %1 annuleren</translation>
    </message>
    <message>
        <source>The registration of %1 is cancelled.</source>
        <translation>De inschrijving van %1 is geannuleerd.</translation>
    </message>
    <message>
        <source>The registration of %1 is cancelled; %2 moved up from the waiting list.</source>
        <translation>De inschrijving van %1 is geannuleerd; %2 schuift door van de wachtlijst.</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>%1 markeren als %2</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>De rol van %1 wijzigen</translation>
    </message>
    <message>
        <source>%1 is removed from the workshop.</source>
        <translation>%1 is uit de workshop verwijderd.</translation>
    </message>
    <message>
        <source>%1 is removed from the workshop; %2 moved up from the waiting list.</source>
        <translation>%1 is uit de workshop verwijderd; %2 schuift door van de wachtlijst.</translation>
    </message>
    <message>
        <source>Attendance is recorded only for registered participants. This participant is on the waiting list.</source>
        <translation>De aanwezigheid wordt alleen geregistreerd voor ingeschreven deelnemers. Deze deelnemer staat op de wachtlijst.</translation>
    </message>
    <message>
        <source>Attendance is recorded only for registered participants. This registration is cancelled.</source>
        <translation>De aanwezigheid wordt alleen geregistreerd voor ingeschreven deelnemers. Deze inschrijving is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::PeriodChartsWidget</name>
    <message>
        <source>Per quarter</source>
        <translation>Per kwartaal</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Per jaar</translation>
    </message>
    <message>
        <source>All link types</source>
        <translation>Alle relatietypes</translation>
    </message>
    <message>
        <source>links-per-period</source>
        <translation>relaties-per-periode</translation>
    </message>
    <message>
        <source>No link starts in this period</source>
        <translation>Geen relatie begint in deze periode</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Links started per quarter</source>
        <translation>Begonnen relaties per kwartaal</translation>
    </message>
    <message>
        <source>Links started per year</source>
        <translation>Begonnen relaties per jaar</translation>
    </message>
    <message>
        <source>No project holder was founded in this period</source>
        <translation>Geen enkele projectdrager werd opgericht in deze periode</translation>
    </message>
    <message>
        <source>project-holders-per-period</source>
        <translation>projectdragers-per-periode</translation>
    </message>
    <message>
        <source>No participant of a held workshop in this period</source>
        <translation>Geen deelnemers aan een gehouden workshop in deze periode</translation>
    </message>
    <message>
        <source>workshop-participants-per-period</source>
        <translation>workshopdeelnemers-per-periode</translation>
    </message>
    <message>
        <source>No residency starts in this period</source>
        <translation>Geen residentie begint in deze periode</translation>
    </message>
    <message>
        <source>residencies-per-period</source>
        <translation>residenties-per-periode</translation>
    </message>
    <message>
        <source>Link type:</source>
        <translation>Relatietype:</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <source>New project holders</source>
        <translation>Nieuwe projectdragers</translation>
    </message>
    <message>
        <source>Workshop participants</source>
        <translation>Workshopdeelnemers</translation>
    </message>
    <message>
        <source>Residencies</source>
        <translation>Residenties</translation>
    </message>
    <message>
        <source>Events from</source>
        <translation>Gebeurtenissen van</translation>
    </message>
    <message>
        <source>Project holders founded per quarter, by sector</source>
        <translation>Opgerichte projectdragers per kwartaal, per sector</translation>
    </message>
    <message>
        <source>Project holders founded per year, by sector</source>
        <translation>Opgerichte projectdragers per jaar, per sector</translation>
    </message>
    <message>
        <source>Other sectors</source>
        <translation>Andere sectoren</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Geen sector</translation>
    </message>
    <message>
        <source>Each project holder counts once, under its first sector.</source>
        <translation>Elke projectdrager telt één keer mee, bij zijn eerste sector.</translation>
    </message>
    <message>
        <source>Project holders without a founding date, not shown: %1.</source>
        <translation>Projectdragers zonder oprichtingsdatum, niet getoond: %1.</translation>
    </message>
    <message>
        <source>Workshop participants per quarter</source>
        <translation>Workshopdeelnemers per kwartaal</translation>
    </message>
    <message>
        <source>Workshop participants per year</source>
        <translation>Workshopdeelnemers per jaar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Distinct people and organisations registered for or attending held workshops. Each counts once per period. Held workshops: %1.</source>
        <translation>Afzonderlijke personen en organisaties die ingeschreven waren voor of aanwezig waren op gehouden workshops. Elk telt één keer per periode mee. Gehouden workshops: %1.</translation>
    </message>
    <message>
        <source>Residencies per quarter</source>
        <translation>Residenties per kwartaal</translation>
    </message>
    <message>
        <source>Residencies per year</source>
        <translation>Residenties per jaar</translation>
    </message>
    <message>
        <source>Residencies started</source>
        <translation>Begonnen residenties</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>A residency counts in the period of its first day, and cancelled residencies are left out. Participants are the distinct people of their stays.</source>
        <translation>Een residentie telt mee in de periode van haar eerste dag, en geannuleerde residenties worden weggelaten. De deelnemers zijn de afzonderlijke personen van hun verblijven.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::PersonForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Aanspreking:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <source>Additional names:</source>
        <translation>Andere voornamen:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Familienaam:</translation>
    </message>
    <message>
        <source>Suffix:</source>
        <translation>Achtervoegsel:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Bijnaam:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Soorten</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>https://..., separated by commas</source>
        <translation>https://..., gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>fr, nl, en</source>
        <translation>fr, nl, en</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or --MM-DD</source>
        <translation>JJJJ-MM-DD of --MM-DD</translation>
    </message>
    <message>
        <source>E-&amp;mails:</source>
        <translation>E-&amp;mails:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Telefoons:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adressen:</translation>
    </message>
    <message>
        <source>&amp;Websites:</source>
        <translation>&amp;Websites:</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>T&amp;alen:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Geboortedatum:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tities:</translation>
    </message>
    <message>
        <source>Consent and source</source>
        <translation>Toestemming en bron</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(niet geregistreerd)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Wettelijke verplichting</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Vitale belangen</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Taak van algemeen belang</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>Rechts&amp;grond:</translation>
    </message>
    <message>
        <source>Consent date:</source>
        <translation>Datum van toestemming:</translation>
    </message>
    <message>
        <source>Consent source:</source>
        <translation>Bron van toestemming:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Geen foto</translation>
    </message>
    <message>
        <source>C&amp;hoose Photo...</source>
        <translation>Foto &amp;kiezen...</translation>
    </message>
    <message>
        <source>Remo&amp;ve Photo</source>
        <translation>Foto &amp;verwijderen</translation>
    </message>
    <message>
        <source>Choose Photo</source>
        <translation>Foto kiezen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Photo Not Used</source>
        <translation>Foto niet gebruikt</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. Choose a smaller image.</source>
        <translation>%1 is groter dan %2 MB. Kies een kleinere afbeelding.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is not an image that CoopAtlas can read. Choose a PNG, JPEG, GIF or BMP file.</source>
        <translation>%1 is geen afbeelding die CoopAtlas kan lezen. Kies een PNG-, JPEG-, GIF- of BMP-bestand.</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Eigen velden</translation>
    </message>
    <message>
        <source>F&amp;ields:</source>
        <translation>V&amp;elden:</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ProgrammePanel</name>
    <message>
        <source>Add Visit or Meeting...</source>
        <translation>Bezoek of vergadering toevoegen...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>%1 (host: %2)</source>
        <translation>%1 (gastheer: %2)</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to the programme</source>
        <translation>&quot;%1&quot; aan het programma toevoegen</translation>
    </message>
    <message>
        <source>Add Visit or Meeting</source>
        <translation>Bezoek of vergadering toevoegen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Start (%1):</source>
        <translation>&amp;Begin (%1):</translation>
    </message>
    <message>
        <source>&amp;End (%1):</source>
        <translation>&amp;Einde (%1):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RecordCommands</name>
    <message>
        <source>%1 failed: %2. The change was not saved; check that the store file is writable and try again.</source>
        <translation>%1 is mislukt: %2. De wijziging werd niet opgeslagen; controleer of het gegevensbestand beschrijfbaar is en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Undo of %1</source>
        <translation>Ongedaan maken van %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>%1 skipped: &quot;%2&quot; was changed in another window or by an import since then, so it was left as it is.</source>
        <translation>%1 overgeslagen: ‘%2’ is sindsdien in een ander venster of door een import gewijzigd en is dus gelaten zoals het is.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RecordForm</name>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RecordListModel</name>
    <message>
        <source>Could not read the list: %1</source>
        <translation>De lijst kon niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RecordPicker</name>
    <message>
        <source>Type to search organisations and people</source>
        <translation>Typ om organisaties en personen te zoeken</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RecordSearchDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Obstacle or opportunity</source>
        <translation>Belemmering of kans</translation>
    </message>
    <message>
        <source>Type to search: %1</source>
        <translation>Typ om te zoeken: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Matching records</source>
        <translation>Overeenkomende fiches</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RecordSetEdit</name>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Toevoegen...</translation>
    </message>
    <message>
        <source>Remove the selected organisation</source>
        <translation>De geselecteerde organisatie verwijderen</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RelatedRecordsEdit</name>
    <message>
        <source>Add...</source>
        <translation>Toevoegen...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Toevoegen: %1</translation>
    </message>
    <message>
        <source>Remove the selected record</source>
        <translation>De geselecteerde fiche verwijderen</translation>
    </message>
    <message>
        <source>Unknown record %1</source>
        <translation>Onbekende fiche %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RelatedSection</name>
    <message>
        <source>Add &amp;Link...</source>
        <translation>&amp;Relatie toevoegen...</translation>
    </message>
    <message>
        <source>Add N&amp;ote...</source>
        <translation>N&amp;otitie toevoegen...</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the linked record</source>
        <translation>Druk op Enter of dubbelklik om de gekoppelde fiche te openen</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>The links could not be read: %1</source>
        <translation>De relaties konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source> (%1 – %2)</source>
        <translation> (%1 – %2)</translation>
    </message>
    <message>
        <source>%1 %2 %3%4</source>
        <translation>%1 %2 %3%4</translation>
    </message>
    <message>
        <source>The notes could not be read: %1</source>
        <translation>De notities konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1
By %2</source>
        <translation>%1
Door %2</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ReplaceTermDialog</name>
    <message>
        <source>&amp;Replace and Delete</source>
        <translation>&amp;Vervangen en verwijderen</translation>
    </message>
    <message>
        <source>Delete Term</source>
        <translation>Term verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n record(s). Choose the term that replaces it in those records, and &quot;%1&quot; is deleted after that. Undo reverses both steps.</source>
        <translation>
            <numerusform>‘%1’ wordt door %n fiche gebruikt. Kies de term die het in dat fiche vervangt; daarna wordt ‘%1’ verwijderd. Ongedaan maken draait beide stappen terug.</numerusform>
            <numerusform>‘%1’ wordt door %n fiches gebruikt. Kies de term die het in die fiches vervangt; daarna wordt ‘%1’ verwijderd. Ongedaan maken draait beide stappen terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;place with:</source>
        <translation>Vervangen &amp;door:</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ReportDialog</name>
    <message>
        <source>Activity Report</source>
        <translation>Activiteitenverslag</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>From and to dates</source>
        <translation>Begin- en einddatum</translation>
    </message>
    <message>
        <source>Q1 (January–March)</source>
        <translation>K1 (januari–maart)</translation>
    </message>
    <message>
        <source>Q2 (April–June)</source>
        <translation>K2 (april–juni)</translation>
    </message>
    <message>
        <source>Q3 (July–September)</source>
        <translation>K3 (juli–september)</translation>
    </message>
    <message>
        <source>Q4 (October–December)</source>
        <translation>K4 (oktober–december)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-document</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-werkmap (XLSX)</translation>
    </message>
    <message>
        <source>CSV files in a folder</source>
        <translation>CSV-bestanden in een map</translation>
    </message>
    <message>
        <source>activity-report</source>
        <translation>activiteitenverslag</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Bladeren...</translation>
    </message>
    <message>
        <source>&amp;Write Report</source>
        <translation>Verslag &amp;schrijven</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Opslaan in:</translation>
    </message>
    <message>
        <source>Folder for the CSV Files</source>
        <translation>Map voor de CSV-bestanden</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>Verslag opslaan als</translation>
    </message>
    <message>
        <source>The end date comes before the start date. Swap the two dates.</source>
        <translation>De einddatum valt vóór de begindatum. Wissel de twee datums om.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Kies waar het verslag opgeslagen wordt.</translation>
    </message>
    <message>
        <source>Writing the report for %1...</source>
        <translation>Het verslag voor %1 wordt geschreven...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Bezig met annuleren...</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Het verslag is niet geschreven: %1</translation>
    </message>
    <message>
        <source>Report written to %1. There was no activity in this period.</source>
        <translation>Verslag geschreven naar %1. Er was geen activiteit in deze periode.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Verslag geschreven naar %1.</translation>
    </message>
    <message>
        <source>The report is written. Open it now?</source>
        <translation>Het verslag is geschreven. Nu openen?</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ResidenciesPage</name>
    <message>
        <source>Residencies</source>
        <translation>Residenties</translation>
    </message>
    <message>
        <source>Residency tools</source>
        <translation>Residentiehulpmiddelen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New Residency</source>
        <translation>Nieuwe residentie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Delete the residency &quot;%1&quot;?</source>
        <translation>De residentie &quot;%1&quot; verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n cohort member(s), programme item(s) and budget line(s) will be deleted too.</source>
        <translation>
            <numerusform>Ook %n cohortelid, programma-onderdeel of begrotingsregel wordt verwijderd.</numerusform>
            <numerusform>Ook %n cohorteleden, programma-onderdelen en begrotingsregels worden verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>U kunt dit ongedaan maken met Bewerken &gt; Ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete Residency</source>
        <translation>Residentie verwijderen</translation>
    </message>
    <message>
        <source>Unsaved Residency</source>
        <translation>Niet-opgeslagen residentie</translation>
    </message>
    <message>
        <source>The residency &quot;%1&quot; has unsaved changes. Save them before leaving?</source>
        <translation>De residentie &quot;%1&quot; heeft niet-opgeslagen wijzigingen. Opslaan voordat u verdergaat?</translation>
    </message>
    <message>
        <source>Timeline navigation</source>
        <translation>Navigatie in de tijdlijn</translation>
    </message>
    <message>
        <source>Residency Not Saved</source>
        <translation>Residentie niet opgeslagen</translation>
    </message>
    <message>
        <source>The changes to the residency &quot;%1&quot; could not be saved, so it stays open. Correct the fields marked in the form, or press Revert, and try again.</source>
        <translation>De wijzigingen aan de residentie ‘%1’ konden niet worden opgeslagen, dus ze blijft open. Verbeter de gemarkeerde velden in het formulier, of klik op Terugzetten, en probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ResidencyForm</name>
    <message>
        <source>Add Host Organisation</source>
        <translation>Gastorganisatie toevoegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Te&amp;rugzetten</translation>
    </message>
    <message>
        <source>Add Note...</source>
        <translation>Notitie toevoegen...</translation>
    </message>
    <message>
        <source>Name of the city</source>
        <translation>Naam van de stad</translation>
    </message>
    <message>
        <source>City name</source>
        <translation>Stadsnaam</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Save the residency (%1)</source>
        <translation>De residentie opslaan (%1)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Stad:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tijd&amp;zone:</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>&amp;Gastheren:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>Doe&amp;lstellingen:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschrijving:</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Begroting</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>No residency selected</source>
        <translation>Geen residentie geselecteerd</translation>
    </message>
    <message>
        <source>New Residency</source>
        <translation>Nieuwe residentie</translation>
    </message>
    <message>
        <source>Add the residency &quot;%1&quot;</source>
        <translation>De residentie &quot;%1&quot; toevoegen</translation>
    </message>
    <message>
        <source>Note, %1: %2</source>
        <translation>Notitie, %1: %2</translation>
    </message>
    <message>
        <source>Link: %1 %2 %3</source>
        <translation>Relatie: %1 %2 %3</translation>
    </message>
    <message>
        <source>Add a note to &quot;%1&quot;</source>
        <translation>Een notitie toevoegen aan &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ResidencyListModel</name>
    <message>
        <source>The residencies could not be read: %1. Check that the store file is readable and reopen it.</source>
        <translation>De residenties konden niet gelezen worden: %1. Controleer of het gegevensbestand leesbaar is en open het opnieuw.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Actual / planned</source>
        <translation>Werkelijk / gepland</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ResourceForm</name>
    <message>
        <source>&amp;Attach...</source>
        <translation>&amp;Bijvoegen...</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Opslaan &amp;als...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>Related organisation, workshop or obstacle</source>
        <translation>Gerelateerde organisatie, workshop of belemmering</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>Comma-separated, such as statutes, governance</source>
        <translation>Gescheiden door komma&apos;s, zoals statuten, bestuur</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Sa&amp;menvatting:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>Gerelateerd:</translation>
    </message>
    <message>
        <source>Save the resource (%1)</source>
        <translation>De bron opslaan (%1)</translation>
    </message>
    <message>
        <source>Open the URL in the browser, or the file in its application</source>
        <translation>De URL openen in de browser, of het bestand in de bijbehorende toepassing</translation>
    </message>
    <message>
        <source>Files up to %1</source>
        <translation>Bestanden tot %1</translation>
    </message>
    <message>
        <source>Choose a file to keep with the resource</source>
        <translation>Een bestand kiezen om bij de bron te bewaren</translation>
    </message>
    <message>
        <source>Save a copy of the attached file</source>
        <translation>Een kopie van het bijgevoegde bestand opslaan</translation>
    </message>
    <message>
        <source>Remove the attached file when saving</source>
        <translation>Het bijgevoegde bestand verwijderen bij het opslaan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Geen bestand bijgevoegd</translation>
    </message>
    <message>
        <source>Attach a File</source>
        <translation>Een bestand bijvoegen</translation>
    </message>
    <message>
        <source>Save the File As</source>
        <translation>Het bestand opslaan als</translation>
    </message>
    <message>
        <source>Save As Failed</source>
        <translation>Opslaan als mislukt</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; failed: %2. Check that the file still exists and that you may read it.</source>
        <translation>Het lezen van &quot;%1&quot; is mislukt: %2. Controleer of het bestand nog bestaat en of u het mag lezen.</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2. Choose a folder where you may write and that has enough free space.</source>
        <translation>Het schrijven van &quot;%1&quot; is mislukt: %2. Kies een map waarin u mag schrijven en die genoeg vrije ruimte heeft.</translation>
    </message>
    <message>
        <source>Add resource &quot;%1&quot;</source>
        <translation>Bron &quot;%1&quot; toevoegen</translation>
    </message>
    <message>
        <source>Edit resource &quot;%1&quot;</source>
        <translation>Bron &quot;%1&quot; bewerken</translation>
    </message>
    <message>
        <source>Nothing to Open</source>
        <translation>Niets om te openen</translation>
    </message>
    <message>
        <source>The resource has neither a web address nor a file. Enter a URL or attach a file.</source>
        <translation>De bron heeft geen webadres en geen bestand. Typ een URL of voeg een bestand bij.</translation>
    </message>
    <message>
        <source>Open Failed</source>
        <translation>Openen mislukt</translation>
    </message>
    <message>
        <source>No application opens &quot;%1&quot;. Use Save As... and open the copy with an application of your choice.</source>
        <translation>Geen enkele toepassing opent &quot;%1&quot;. Gebruik Opslaan als... en open de kopie met een toepassing naar keuze.</translation>
    </message>
    <message>
        <source>%1 (%2): file not yet received from the server</source>
        <translation>%1 (%2): bestand nog niet van de server ontvangen</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; has not been received from the server yet. Sync again, then open it.</source>
        <translation>Het bestand &quot;%1&quot; is nog niet van de server ontvangen. Synchroniseer opnieuw en open het dan.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ResourceListModel</name>
    <message>
        <source>Reading the knowledge base failed: %1</source>
        <translation>Het lezen van de kennisbank is mislukt: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RowListEdit</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Een rij toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>De geselecteerde rij verwijderen</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SearchPopup</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Search organisations, people and notes</source>
        <translation>Organisaties, personen en notities zoeken</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Het zoeken is mislukt: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No record matches &quot;%1&quot;.</source>
        <translation>Geen enkele fiche komt overeen met ‘%1’.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>Shown as the author of your changes and notes</source>
        <translation>Getoond als auteur van uw wijzigingen en notities</translation>
    </message>
    <message>
        <source>The new language applies when CoopAtlas starts next time.</source>
        <translation>De nieuwe taal geldt vanaf de volgende start van CoopAtlas.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Sync Settings Not Saved</source>
        <translation>Synchronisatie-instellingen niet bewaard</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SuggestionsPanel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Select a project holder on the map to see which support organisations and funders could help it.</source>
        <translation>Selecteer een projectdrager op de kaart om te zien welke ondersteuningsorganisaties en financiers kunnen helpen.</translation>
    </message>
    <message>
        <source>No suggestions for %1: %2</source>
        <translation>Geen suggesties voor %1: %2</translation>
    </message>
    <message>
        <source>No support organisation or funder to suggest for %1.</source>
        <translation>Geen ondersteuningsorganisatie of financier om voor te stellen voor %1.</translation>
    </message>
    <message>
        <source>Suggested support for %1:</source>
        <translation>Voorgestelde ondersteuning voor %1:</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aanvaarden</translation>
    </message>
    <message>
        <source>Create the link &quot;%1&quot; from %2 to %3</source>
        <translation>De relatie &quot;%1&quot; van %2 naar %3 aanmaken</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Network suggestion</source>
        <translation>Netwerksuggestie</translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation>%1 met %2 verbinden</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SyncConflictsDialog</name>
    <message>
        <source>unknown author</source>
        <translation>onbekende auteur</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation>Synchronisatieconflicten</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Not Sent</source>
        <translation>Niet verzonden</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Fields in conflict</source>
        <translation>Velden in conflict</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicten</translation>
    </message>
    <message>
        <source>Deleted on one side, edited on the other</source>
        <translation>Aan de ene kant verwijderd, aan de andere kant bewerkt</translation>
    </message>
    <message>
        <source>&amp;Keep (restore with the other edits)</source>
        <translation>&amp;Behouden (herstellen met de andere wijzigingen)</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>V&amp;erwijderen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Te behouden waarde</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Oplossen</translation>
    </message>
    <message>
        <source>Save the chosen values; the next sync sends them</source>
        <translation>De gekozen waarden bewaren; de volgende synchronisatie verzendt ze</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>Send the selected record again at the next sync, which starts now</source>
        <translation>De geselecteerde fiche opnieuw verzenden bij de volgende synchronisatie, die nu start</translation>
    </message>
    <message>
        <source>The server rejected these records. Change the record as the reason says, or ask the server administrator, then retry.</source>
        <translation>De server heeft deze fiches geweigerd. Wijzig de fiche zoals de reden aangeeft, of vraag het de beheerder van de server, en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Conflicts Not Read</source>
        <translation>Conflicten niet gelezen</translation>
    </message>
    <message>
        <source>The sync conflicts could not be read from the file: %1</source>
        <translation>De synchronisatieconflicten konden niet uit het bestand gelezen worden: %1</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicten (%1)</translation>
    </message>
    <message>
        <source>Not Sent (%1)</source>
        <translation>Niet verzonden (%1)</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Geen open conflicten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This computer: changed by %1. Server: changed by %2.</source>
        <translation>Deze computer: gewijzigd door %1. Server: gewijzigd door %2.</translation>
    </message>
    <message>
        <source>This record was deleted on this computer and edited on the server.</source>
        <translation>Deze fiche is op deze computer verwijderd en op de server bewerkt.</translation>
    </message>
    <message>
        <source>This record was deleted on the server and edited on this computer.</source>
        <translation>Deze fiche is op de server verwijderd en op deze computer bewerkt.</translation>
    </message>
    <message>
        <source>Edited value</source>
        <translation>Bewerkte waarde</translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation>Selecteer eerst een conflict.</translation>
    </message>
    <message>
        <source>Conflict Not Resolved</source>
        <translation>Conflict niet opgelost</translation>
    </message>
    <message>
        <source>The conflict of “%1” could not be resolved: %2</source>
        <translation>Het conflict van ‘%1’ kon niet opgelost worden: %2</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Opnieuw proberen mislukt</translation>
    </message>
    <message>
        <source>The record could not be marked for sending again: %1</source>
        <translation>De fiche kon niet gemarkeerd worden om opnieuw te verzenden: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoons</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsvorm</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Opgericht</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation>Eigen veld ‘%1’</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Taxonomy term</source>
        <translation>Taxonomieterm</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type digits only, such as 12.</source>
        <translation>‘%1’ is geen getal. Typ alleen cijfers, zoals 12.</translation>
    </message>
    <message>
        <source>Could Not Be Read</source>
        <translation>Onleesbaar</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Fiche-id</translation>
    </message>
    <message>
        <source>Documents that could not be read</source>
        <translation>Documenten die niet gelezen konden worden</translation>
    </message>
    <message>
        <source>These documents were received from the server, but this computer could not read or store them, so their records stay as they were here. Ask whoever changed them to correct them on the server. The next sync after that reads them and removes them from this list.</source>
        <translation>Deze documenten zijn van de server ontvangen, maar deze computer kon ze niet lezen of opslaan, dus hun fiches blijven zoals ze hier waren. Vraag wie ze gewijzigd heeft om ze op de server te corrigeren. De volgende synchronisatie daarna leest ze en haalt ze uit deze lijst.</translation>
    </message>
    <message>
        <source>Could Not Be Read (%1)</source>
        <translation>Onleesbaar (%1)</translation>
    </message>
    <message>
        <source>Reading the chosen file from the server…</source>
        <translation>Het gekozen bestand van de server lezen…</translation>
    </message>
    <message>
        <source>Resolving the conflict</source>
        <translation>Het conflict oplossen</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SyncController</name>
    <message>
        <source>No password is stored for %1 on this computer. Enter it to sync.</source>
        <translation>Er is op deze computer geen wachtwoord bewaard voor %1. Voer het in om te synchroniseren.</translation>
    </message>
    <message>
        <source>The password could not be read from the system keychain: %1 Unlock the keychain, or enter the password again.</source>
        <translation>Het wachtwoord kon niet uit de sleutelhanger van het systeem gelezen worden: %1 Ontgrendel de sleutelhanger of voer het wachtwoord opnieuw in.</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Er is geen bestand geopend.</translation>
    </message>
    <message>
        <source>A sync or another conflict resolution is running. Resolve this conflict once it has finished.</source>
        <translation>Er loopt een synchronisatie of een andere conflictoplossing. Los dit conflict op zodra die klaar is.</translation>
    </message>
    <message>
        <source>The file of the chosen version is stored on the server, and no server is set for this file, so the conflict stays open. Set the server in the sync settings, or keep this computer&apos;s file.</source>
        <translation>Het bestand van de gekozen versie staat op de server, en er is geen server ingesteld voor dit bestand, dus het conflict blijft open. Stel de server in bij de synchronisatie-instellingen, of behoud het bestand van deze computer.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SyncSettingsPage</name>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergeten</translation>
    </message>
    <message>
        <source>Sync when the file is &amp;opened</source>
        <translation>Synchroniseren bij het &amp;openen van het bestand</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>A password is stored on this computer.</source>
        <translation>Er is een wachtwoord bewaard op deze computer.</translation>
    </message>
    <message>
        <source>No password is stored on this computer.</source>
        <translation>Er is geen wachtwoord bewaard op deze computer.</translation>
    </message>
    <message>
        <source>The system keychain could not be read.</source>
        <translation>De sleutelhanger van het systeem kon niet gelezen worden.</translation>
    </message>
    <message>
        <source>https://couch.example.org:6984</source>
        <translation>https://couch.example.org:6984</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Leeg laten om het bewaarde wachtwoord te behouden</translation>
    </message>
    <message>
        <source>Only for a server with a private certificate authority</source>
        <translation>Alleen voor een server met een private certificeringsinstantie</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>K&amp;iezen...</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>&amp;Server-URL:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-bestand:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchroniseren &amp;elke:</translation>
    </message>
    <message>
        <source>The sync settings could not be read from the file: %1</source>
        <translation>De synchronisatie-instellingen konden niet uit het bestand gelezen worden: %1</translation>
    </message>
    <message>
        <source>The sync settings could not be saved in the file: %1</source>
        <translation>De synchronisatie-instellingen konden niet in het bestand bewaard worden: %1</translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain: %1 Unlock the keychain and save again.</source>
        <translation>Het wachtwoord kon niet in de sleutelhanger van het systeem bewaard worden: %1 Ontgrendel de sleutelhanger en bewaar opnieuw.</translation>
    </message>
    <message>
        <source>Set the server, database and user name first.</source>
        <translation>Stel eerst de server, de database en de gebruikersnaam in.</translation>
    </message>
    <message>
        <source>Checking the system keychain...</source>
        <translation>De sleutelhanger van het systeem controleren...</translation>
    </message>
    <message>
        <source>The password could not be deleted from the system keychain: %1</source>
        <translation>Het wachtwoord kon niet uit de sleutelhanger van het systeem verwijderd worden: %1</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-certificaat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-certificaten (*.pem *.crt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Enter the server URL, the database and the user name.</source>
        <translation>Voer de server-URL, de database en de gebruikersnaam in.</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Verbinden met %1...</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbinding mislukt: %1</translation>
    </message>
    <message>
        <source>Connected as %1. The database is readable.</source>
        <translation>Verbonden als %1. De database is leesbaar.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SyncStatusWidget</name>
    <message>
        <source>Syncing: pulling %1 of %2</source>
        <translation>Synchroniseren: ontvangen %1 van %2</translation>
    </message>
    <message>
        <source>Syncing: pulling changes</source>
        <translation>Synchroniseren: wijzigingen ontvangen</translation>
    </message>
    <message>
        <source>Syncing: pushing %1 of %2</source>
        <translation>Synchroniseren: verzenden %1 van %2</translation>
    </message>
    <message>
        <source>Syncing: pushing changes</source>
        <translation>Synchroniseren: wijzigingen verzenden</translation>
    </message>
    <message>
        <source>Syncing: finishing</source>
        <translation>Synchroniseren: afronden</translation>
    </message>
    <message>
        <source>Syncing: connecting</source>
        <translation>Synchroniseren: verbinden</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not sent</source>
        <translation>
            <numerusform>%n fiche niet verzonden</numerusform>
            <numerusform>%n fiches niet verzonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <source>Stop the sync; what was received so far is kept</source>
        <translation>De synchronisatie stoppen; wat al ontvangen is, blijft bewaard</translation>
    </message>
    <message>
        <source>Send and receive changes now (F9)</source>
        <translation>Wijzigingen nu verzenden en ontvangen (F9)</translation>
    </message>
    <message>
        <source>Sync is not set up</source>
        <translation>Synchronisatie is niet ingesteld</translation>
    </message>
    <message>
        <source>Set Up...</source>
        <translation>Instellen...</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Up to date (%1)</source>
        <translation>Bijgewerkt (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Offline: will retry in %n min</source>
        <translation>
            <numerusform>Offline: nieuwe poging over %n min</numerusform>
            <numerusform>Offline: nieuwe poging over %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: sync again when the network is back</source>
        <translation>Offline: opnieuw synchroniseren zodra het netwerk terug is</translation>
    </message>
    <message>
        <source>Sync stopped: the password is missing or wrong</source>
        <translation>Synchronisatie gestopt: het wachtwoord ontbreekt of is fout</translation>
    </message>
    <message>
        <source>Enter Password...</source>
        <translation>Wachtwoord invoeren...</translation>
    </message>
    <message>
        <source>Sync stopped: the server certificate is not trusted</source>
        <translation>Synchronisatie gestopt: het servercertificaat wordt niet vertrouwd</translation>
    </message>
    <message>
        <source>Check Certificate...</source>
        <translation>Certificaat controleren...</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisatie mislukt: %1</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronisatie geannuleerd</translation>
    </message>
    <message>
        <source>Clock differs</source>
        <translation>Klok wijkt af</translation>
    </message>
    <message>
        <source>Show the sync conflicts and the records the server rejected</source>
        <translation>De synchronisatieconflicten en de door de server geweigerde fiches tonen</translation>
    </message>
    <message>
        <source>Sync Password</source>
        <translation>Synchronisatiewachtwoord</translation>
    </message>
    <message>
        <source>%1

Password of %2 on %3:</source>
        <translation>%1

Wachtwoord van %2 op %3:</translation>
    </message>
    <message>
        <source>Untrusted Server Certificate</source>
        <translation>Niet-vertrouwd servercertificaat</translation>
    </message>
    <message>
        <source>The server %1, port %2, presented a certificate that this computer does not trust, such as a self-signed one.</source>
        <translation>De server %1, poort %2, toonde een certificaat dat deze computer niet vertrouwt, zoals een zelfondertekend certificaat.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1

Compare it with the fingerprint that your server administrator gave you. Trust the certificate only if they are the same. It is then trusted for this host and port only.</source>
        <translation>SHA-256-vingerafdruk:
%1

Vergelijk ze met de vingerafdruk die uw serverbeheerder u gaf. Vertrouw het certificaat alleen als ze gelijk zijn. Het wordt dan alleen voor deze host en poort vertrouwd.</translation>
    </message>
    <message>
        <source>&amp;Trust and Sync</source>
        <translation>&amp;Vertrouwen en synchroniseren</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be read</source>
        <translation>
            <numerusform>%n document kon niet gelezen worden</numerusform>
            <numerusform>%n documenten konden niet gelezen worden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::TaxonomyDialog</name>
    <message>
        <source>&amp;Add Term...</source>
        <translation>&amp;Term toevoegen...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bewerken...</translation>
    </message>
    <message>
        <source>Taxonomies</source>
        <translation>Taxonomieën</translation>
    </message>
    <message>
        <source>Organisation kinds</source>
        <translation>Soorten organisaties</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <source>Link types</source>
        <translation>Soorten relaties</translation>
    </message>
    <message>
        <source>Cooperative models</source>
        <translation>Coöperatieve modellen</translation>
    </message>
    <message>
        <source>Note kinds</source>
        <translation>Soorten notities</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>&amp;Vocabulary:</source>
        <translation>&amp;Woordenlijst:</translation>
    </message>
    <message>
        <source>Could not read the terms of &quot;%1&quot;: %2
Reopen the store and try again.</source>
        <translation>De termen van &quot;%1&quot; konden niet worden gelezen: %2
Open het gegevensbestand opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Delete the selected term (Del)</source>
        <translation>De geselecteerde term verwijderen (Del)</translation>
    </message>
    <message>
        <source>Move the selected term up (Ctrl+Up)</source>
        <translation>De geselecteerde term omhoog verplaatsen (Ctrl+Omhoog)</translation>
    </message>
    <message>
        <source>Move the selected term down (Ctrl+Down)</source>
        <translation>De geselecteerde term omlaag verplaatsen (Ctrl+Omlaag)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>Could not count the records that use &quot;%1&quot;: %2</source>
        <translation>Kon de fiches die ‘%1’ gebruiken niet tellen: %2</translation>
    </message>
    <message>
        <source>Move term &quot;%1&quot;</source>
        <translation>Term ‘%1’ verplaatsen</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::TermCommands</name>
    <message>
        <source>%1 failed.
%2</source>
        <translation>%1 is mislukt.
%2</translation>
    </message>
    <message>
        <source>Undo of %1</source>
        <translation>Ongedaan maken van %1</translation>
    </message>
    <message>
        <source>Add term &quot;%1&quot;</source>
        <translation>Term ‘%1’ toevoegen</translation>
    </message>
    <message>
        <source>Edit term &quot;%1&quot;</source>
        <translation>Term ‘%1’ bewerken</translation>
    </message>
    <message>
        <source>Delete term &quot;%1&quot;</source>
        <translation>Term ‘%1’ verwijderen</translation>
    </message>
    <message>
        <source>Replace term &quot;%1&quot; with &quot;%2&quot;</source>
        <translation>Term ‘%1’ vervangen door ‘%2’</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) changed since the replacement and kept their values.</source>
        <translation>
            <numerusform>%1: %n fiche is sinds de vervanging gewijzigd en heeft zijn waarden behouden.</numerusform>
            <numerusform>%1: %n fiches zijn sinds de vervanging gewijzigd en hebben hun waarden behouden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::TermFormDialog</name>
    <message>
        <source>Add Term</source>
        <translation>Term toevoegen</translation>
    </message>
    <message>
        <source>Edit Term</source>
        <translation>Term bewerken</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Sleutel:</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>&amp;Engels:</translation>
    </message>
    <message>
        <source>&amp;French:</source>
        <translation>&amp;Frans:</translation>
    </message>
    <message>
        <source>&amp;Dutch:</source>
        <translation>&amp;Nederlands:</translation>
    </message>
    <message>
        <source>A changed key is also written to every record that uses the term.</source>
        <translation>Een gewijzigde sleutel wordt ook in elk fiche geschreven dat de term gebruikt.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::TimelineRows</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: arrives %2, leaves %3</source>
        <translation>%1: komt aan op %2, vertrekt op %3</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::TimelineWidget</name>
    <message>
        <source>Residency timeline</source>
        <translation>Tijdlijn van de residenties</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter number, year</comment>
        <translation>K%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n double booking(s)</source>
        <translation>
            <numerusform>%n dubbele boeking</numerusform>
            <numerusform>%n dubbele boekingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Residency</source>
        <translation>Residentie</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No residency in this period.</source>
        <translation>Geen residentie in deze periode.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::WorkshopForm</name>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>All &amp;day</source>
        <translation>Hele &amp;dag</translation>
    </message>
    <message>
        <source>Add Organiser</source>
        <translation>Organisator toevoegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Te&amp;rugzetten</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source>Save the workshop (%1)</source>
        <translation>De workshop opslaan (%1)</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organisatoren</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>A&amp;xis:</source>
        <translation>A&amp;s:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tijd&amp;zone:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capaciteit:</translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation>Or&amp;ganisatoren:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>B&amp;eschrijving:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Follow-up Actions</source>
        <translation>Opvolgingsacties</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>No workshop selected</source>
        <translation>Geen workshop geselecteerd</translation>
    </message>
    <message>
        <source>New Workshop</source>
        <translation>Nieuwe workshop</translation>
    </message>
    <message>
        <source>Add the workshop &quot;%1&quot;</source>
        <translation>De workshop &quot;%1&quot; toevoegen</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: clocks go from %4 to %5. Choose a time before %4 or from %5 on.</source>
        <translation>%1 bestaat niet op %2 in %3: de klok springt van %4 naar %5. Kies een tijdstip voor %4 of vanaf %5.</translation>
    </message>
    <message>
        <source>clocks go back from %1 to %2</source>
        <translation>de klok wordt teruggezet van %1 naar %2</translation>
    </message>
    <message>
        <source>%1 occurs twice on %2 in %3 (%4): the second %1, after the change, is kept.</source>
        <translation>%1 komt twee keer voor op %2 in %3 (%4): de tweede %1, na de omschakeling, blijft behouden.</translation>
    </message>
    <message>
        <source>%1 occurs twice on %2 in %3 (%4): the first %1, before the change, is used.</source>
        <translation>%1 komt twee keer voor op %2 in %3 (%4): de eerste %1, vóór de omschakeling, wordt gebruikt.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::WorkshopListModel</name>
    <message>
        <source>The workshops could not be read: %1. Check that the store file is readable and reopen it.</source>
        <translation>De workshops konden niet gelezen worden: %1. Controleer of het gegevensbestand leesbaar is en open het opnieuw.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::WorkshopText</name>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <comment>day, start time, end time</comment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1 %2 – %3 %4</source>
        <comment>start day and time, end day and time</comment>
        <translation>%1 %2 – %3 %4</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>time zone id</comment>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Waiting (position %1)</source>
        <translation>Wachtend (positie %1)</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::WorkshopsPage</name>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Workshop tools</source>
        <translation>Workshophulpmiddelen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New Workshop</source>
        <translation>Nieuwe workshop</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Delete the workshop &quot;%1&quot;?</source>
        <translation>De workshop &quot;%1&quot; verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n participation(s) will be deleted too.</source>
        <translation>
            <numerusform>Ook %n deelname wordt verwijderd.</numerusform>
            <numerusform>Ook %n deelnames worden verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n follow-up action(s) will be deleted too.</source>
        <translation>
            <numerusform>Ook %n opvolgingsactie wordt verwijderd.</numerusform>
            <numerusform>Ook %n opvolgingsacties worden verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>U kunt dit ongedaan maken met Bewerken &gt; Ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete Workshop</source>
        <translation>Workshop verwijderen</translation>
    </message>
    <message>
        <source>Unsaved Workshop</source>
        <translation>Niet-opgeslagen workshop</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; has unsaved changes. Save them before leaving?</source>
        <translation>De workshop &quot;%1&quot; heeft niet-opgeslagen wijzigingen. Opslaan voordat u verdergaat?</translation>
    </message>
    <message>
        <source>Calendar navigation</source>
        <translation>Navigatie in de kalender</translation>
    </message>
    <message>
        <source>%1–%2 in Brussels</source>
        <translation>%1–%2, Brusselse tijd</translation>
    </message>
    <message>
        <source>Workshop Not Saved</source>
        <translation>Workshop niet opgeslagen</translation>
    </message>
    <message>
        <source>The changes to the workshop &quot;%1&quot; could not be saved, so it stays open. Correct the fields marked in the form, or press Revert, and try again.</source>
        <translation>De wijzigingen aan de workshop ‘%1’ konden niet worden opgeslagen, dus hij blijft open. Verbeter de gemarkeerde velden in het formulier, of klik op Terugzetten, en probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>coopatlas-cli</name>
    <message numerus="yes">
        <source>%n record(s) changed here and on the server in different ways. Open CoopAtlas and choose the values to keep, or list them with &quot;coopatlas-cli conflicts&quot; and keep one side with &quot;coopatlas-cli resolve ID --take local|remote&quot;.</source>
        <translation>
            <numerusform>%n fiche is hier en op de server verschillend gewijzigd. Open CoopAtlas en kies de waarden die u wilt behouden, of toon ze met ‘coopatlas-cli conflicts’ en behoud één kant met ‘coopatlas-cli resolve ID --take local|remote’.</numerusform>
            <numerusform>%n fiches zijn hier en op de server verschillend gewijzigd. Open CoopAtlas en kies de waarden die u wilt behouden, of toon ze met ‘coopatlas-cli conflicts’ en behoud één kant met ‘coopatlas-cli resolve ID --take local|remote’.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) synced earlier were missing on the server, as after a restore from an older backup, and were sent again.</source>
        <translation>
            <numerusform>%n eerder gesynchroniseerde fiche ontbrak op de server, zoals na het herstellen van een oudere reservekopie, en werd opnieuw verzonden.</numerusform>
            <numerusform>%n eerder gesynchroniseerde fiches ontbraken op de server, zoals na het herstellen van een oudere reservekopie, en werden opnieuw verzonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were newer here than on the server, which went back to older values, and were sent again.</source>
        <translation>
            <numerusform>%n fiche was hier nieuwer dan op de server, die naar oudere waarden was teruggegaan, en werd opnieuw verzonden.</numerusform>
            <numerusform>%n fiches waren hier nieuwer dan op de server, die naar oudere waarden was teruggegaan, en werden opnieuw verzonden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Store Not Opened</source>
        <translation>Gegevensbestand niet geopend</translation>
    </message>
    <message>
        <source>%1 could not be opened. %2

You can also start CoopAtlas with --database and another file.</source>
        <translation>%1 kon niet worden geopend. %2

U kunt CoopAtlas ook starten met --database en een ander bestand.</translation>
    </message>
</context>
</TS>
