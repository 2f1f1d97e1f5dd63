<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>CoopAtlas::Cli</name>
    <message>
        <source>SQLite database to use.</source>
        <translation>Base de données SQLite à utiliser.</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Reçues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Envoyées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Merged: %1</source>
        <translation>Fusionnées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Records rejected by the server: %1</source>
        <translation>Fiches refusées par le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Some records were not sent; the server&apos;s reasons are kept with each record and shown by &quot;coopatlas-cli conflicts&quot;.</source>
        <translation>Certaines fiches n&apos;ont pas été envoyées&#xa0;; les raisons du serveur sont gardées avec chaque fiche et affichées par «&#xa0;coopatlas-cli conflicts&#xa0;».</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Sends the changes of the database to the CouchDB server and receives the changes of others. Options given are saved in the database for the next sync.</source>
        <translation>Envoie les modifications de la base de données au serveur CouchDB et reçoit celles des autres. Les options données sont enregistrées dans la base de données pour la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Server URL, such as https://couch.example.org:6984.</source>
        <translation>URL du serveur, par exemple https://couch.example.org:6984.</translation>
    </message>
    <message>
        <source>Database name on the server.</source>
        <translation>Nom de la base de données sur le serveur.</translation>
    </message>
    <message>
        <source>User name on the server.</source>
        <translation>Nom d&apos;utilisateur sur le serveur.</translation>
    </message>
    <message>
        <source>PEM file of a private certificate authority to trust.</source>
        <translation>Fichier PEM d&apos;une autorité de certification privée à laquelle faire confiance.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input instead of the system keychain.</source>
        <translation>Lire le mot de passe sur la première ligne de l&apos;entrée standard au lieu du trousseau du système.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>La synchronisation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server, its database and the user name are not all set for this file. Give --server, --server-database and --user once; they are saved in the file.</source>
        <translation>Le serveur, sa base de données et le nom d&apos;utilisateur ne sont pas tous définis pour ce fichier. Donnez une fois --server, --server-database et --user&#xa0;; ils sont enregistrés dans le fichier.</translation>
    </message>
    <message>
        <source>Sync failed: the password could not be read from the system keychain: %1 Give it with --password-stdin instead.</source>
        <translation>La synchronisation a échoué&#xa0;: le mot de passe n&apos;a pas pu être lu dans le trousseau du système&#xa0;: %1 Donnez-le plutôt avec --password-stdin.</translation>
    </message>
    <message>
        <source>Lists the records that changed here and on the server in different ways, and the records the server rejected.</source>
        <translation>Liste les fiches modifiées différemment ici et sur le serveur, et les fiches refusées par le serveur.</translation>
    </message>
    <message>
        <source>Listing conflicts failed: %1</source>
        <translation>La liste des conflits a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2, changed on the server by %3:</source>
        <translation>%1 %2, modifiée sur le serveur par %3&#xa0;:</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>  %1: here &quot;%2&quot;, on the server &quot;%3&quot;</source>
        <translation>  %1&#xa0;: ici «&#xa0;%2&#xa0;», sur le serveur «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>  conflicting server revision %1 (--take %1):</source>
        <translation>  révision du serveur en conflit %1 (--take %1)&#xa0;:</translation>
    </message>
    <message>
        <source>    %1: &quot;%2&quot;</source>
        <translation>    %1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 restored: %2</source>
        <translation>%1 restaurée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 not sent (%2): %3</source>
        <translation>%1 non envoyée (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Version to keep: local, remote or a conflicting revision id.</source>
        <translation>Version à garder&#xa0;: local, remote ou un identifiant de révision en conflit.</translation>
    </message>
    <message>
        <source>Id of the record, as listed by &quot;coopatlas-cli conflicts&quot;.</source>
        <translation>Identifiant de la fiche, tel que listé par «&#xa0;coopatlas-cli conflicts&#xa0;».</translation>
    </message>
    <message>
        <source>Give one record id and --take local, --take remote or --take with a conflicting revision id. See: coopatlas-cli resolve --help</source>
        <translation>Donnez un identifiant de fiche et --take local, --take remote ou --take avec un identifiant de révision en conflit. Voir&#xa0;: coopatlas-cli resolve --help</translation>
    </message>
    <message>
        <source>Resolving failed: %1</source>
        <translation>La résolution a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resolving failed: no open conflict for the record %1. List them with &quot;coopatlas-cli conflicts&quot;.</source>
        <translation>La résolution a échoué&#xa0;: aucun conflit ouvert pour la fiche %1. Listez-les avec «&#xa0;coopatlas-cli conflicts&#xa0;».</translation>
    </message>
    <message>
        <source>The record %1 has no version %2. Give --take local, --take remote or one of the revision ids listed by &quot;coopatlas-cli conflicts&quot;.</source>
        <translation>La fiche %1 n&apos;a pas de version %2. Donnez --take local, --take remote ou l&apos;un des identifiants de révision listés par «&#xa0;coopatlas-cli conflicts&#xa0;».</translation>
    </message>
    <message>
        <source>Resolved %1 with the %2 version. Sync to send it.</source>
        <translation>%1 résolue avec la version %2. Synchronisez pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Usage: coopatlas-cli [--database FILE] %1 </source>
        <translation>Utilisation&#xa0;: coopatlas-cli [--database FILE] %1 </translation>
    </message>
    <message>
        <source>The CA certificate file “%1” does not exist: give the path of the server&apos;s CA certificate (PEM) with --ca-file.</source>
        <translation>Le fichier de certificat CA «&#xa0;%1&#xa0;» n&apos;existe pas&#xa0;: donnez le chemin du certificat CA du serveur (PEM) avec --ca-file.</translation>
    </message>
    <message>
        <source>Sync failed: the server&apos;s certificate has the SHA-256 fingerprint %1, not the one given with --trust-fingerprint (%2). It was not trusted: check the fingerprint with the server administrator.</source>
        <translation>La synchronisation a échoué&#xa0;: le certificat du serveur a l&apos;empreinte SHA-256 %1, et non celle donnée avec --trust-fingerprint (%2). Il n&apos;a pas été accepté&#xa0;: vérifiez l&apos;empreinte avec l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>Trusted the certificate with the SHA-256 fingerprint %1 for %2.</source>
        <translation>Le certificat avec l&apos;empreinte SHA-256 %1 est accepté pour %2.</translation>
    </message>
    <message>
        <source>Give the server&apos;s CA certificate with --ca-file FILE, or the fingerprint that the server administrator confirmed with --trust-fingerprint SHA256.</source>
        <translation>Donnez le certificat CA du serveur avec --ca-file FILE, ou l&apos;empreinte confirmée par l&apos;administrateur du serveur avec --trust-fingerprint SHA256.</translation>
    </message>
    <message>
        <source>Check the values of --server and --ca-file.</source>
        <translation>Vérifiez les valeurs de --server et --ca-file.</translation>
    </message>
    <message>
        <source>Give the password with --password-stdin, and check --user.</source>
        <translation>Donnez le mot de passe avec --password-stdin et vérifiez --user.</translation>
    </message>
    <message>
        <source>Check the value of --server-database.</source>
        <translation>Vérifiez la valeur de --server-database.</translation>
    </message>
    <message>
        <source>Check the value of --server.</source>
        <translation>Vérifiez la valeur de --server.</translation>
    </message>
    <message>
        <source>Received but not stored: %1</source>
        <translation>Reçues mais non enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Some records received from the server could not be read or stored here; they are left out, and the reasons are shown by &quot;coopatlas-cli conflicts&quot;.</source>
        <translation>Certaines fiches reçues du serveur n&apos;ont pas pu être lues ou enregistrées ici&#xa0;; elles sont laissées de côté, et les raisons sont affichées par «&#xa0;coopatlas-cli conflicts&#xa0;».</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate, such as a self-signed one, if its SHA-256 fingerprint is this one (64 hex digits, colons allowed). Get it from the server administrator.</source>
        <translation>Faire confiance au certificat du serveur, par exemple autosigné, si son empreinte SHA-256 est celle-ci (64 chiffres hexadécimaux, deux-points permis). Demandez-la à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The fingerprint “%1” is not a SHA-256 fingerprint: give its 64 hex digits with --trust-fingerprint.</source>
        <translation>L&apos;empreinte «&#xa0;%1&#xa0;» n&apos;est pas une empreinte SHA-256&#xa0;: donnez ses 64 chiffres hexadécimaux avec --trust-fingerprint.</translation>
    </message>
    <message>
        <source>Sync failed: no password on standard input. Give the password as the first line of standard input, or leave out --password-stdin to use the system keychain.</source>
        <translation>La synchronisation a échoué&#xa0;: aucun mot de passe sur l&apos;entrée standard. Donnez le mot de passe sur la première ligne de l&apos;entrée standard, ou omettez --password-stdin pour utiliser le trousseau du système.</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1&#xa0;; nouvel essai dans %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1 received from the server but not stored: %2</source>
        <translation>%1 reçue du serveur mais non enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. The import would give:</source>
        <translation>Simulation&#xa0;: rien n&apos;a été écrit. L&apos;import donnerait&#xa0;:</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Créées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <source>  line %1: %2 (%3)</source>
        <translation>  ligne %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Column mapping: %1</source>
        <translation>Correspondance des colonnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>from file</source>
        <translation>du fichier</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>L&apos;import a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imports a CSV or vCard file into the database. The whole file is written in one transaction, or nothing.</source>
        <translation>Importe un fichier CSV ou vCard dans la base de données. Le fichier entier est écrit en une seule transaction, ou rien ne l&apos;est.</translation>
    </message>
    <message>
        <source>CSV or vCard file to import.</source>
        <translation>Fichier CSV ou vCard à importer.</translation>
    </message>
    <message>
        <source>Column mapping (JSON) for a CSV file, instead of the format found from its header.</source>
        <translation>Correspondance des colonnes (JSON) pour un fichier CSV, au lieu du format déduit de son en-tête.</translation>
    </message>
    <message>
        <source>What to do with a likely duplicate: skip (default), merge (fill empty fields of the existing record) or keep (create both).</source>
        <translation>Que faire d&apos;un doublon probable&#xa0;: skip (ignorer, par défaut), merge (remplir les champs vides de la fiche existante) ou keep (créer les deux).</translation>
    </message>
    <message>
        <source>Report what would be imported; write nothing.</source>
        <translation>Indiquer ce qui serait importé&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <source>Give exactly one file to import. See: coopatlas-cli import --help</source>
        <translation>Donnez exactement un fichier à importer. Voir&#xa0;: coopatlas-cli import --help</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip, merge or keep, not &quot;%1&quot;.</source>
        <translation>--on-duplicate accepte skip, merge ou keep, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Import a CSV or vCard file.</source>
        <translation>Importer un fichier CSV ou vCard.</translation>
    </message>
    <message>
        <source>Sync the database with the CouchDB server.</source>
        <translation>Synchroniser la base de données avec le serveur CouchDB.</translation>
    </message>
    <message>
        <source>List sync conflicts and rejected records.</source>
        <translation>Lister les conflits de synchronisation et les fiches refusées.</translation>
    </message>
    <message>
        <source>Keep the local or the remote side of a conflict.</source>
        <translation>Garder le côté local ou distant d&apos;un conflit.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>CoopAtlas from the command line.</source>
        <translation>CoopAtlas en ligne de commande.</translation>
    </message>
    <message>
        <source>SQLite database to use (default: coopatlas.sqlite in the application data folder).</source>
        <translation>Base de données SQLite à utiliser (par défaut&#xa0;: coopatlas.sqlite dans le dossier de données de l&apos;application).</translation>
    </message>
    <message>
        <source>Log progress messages to standard error.</source>
        <translation>Écrire les messages de progression sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>Command to run, see above.</source>
        <translation>Commande à exécuter, voir ci-dessus.</translation>
    </message>
    <message>
        <source>Give a command.</source>
        <translation>Donnez une commande.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Export workshops and residencies as iCalendar.</source>
        <translation>Exporter les ateliers et résidences en iCalendar.</translation>
    </message>
    <message>
        <source>Write the activity report as PDF, XLSX or CSV.</source>
        <translation>Écrire le rapport d&apos;activité en PDF, XLSX ou CSV.</translation>
    </message>
    <message>
        <source>Export a list as CSV, or contacts as vCards.</source>
        <translation>Exporter une liste en CSV, ou les contacts en vCard.</translation>
    </message>
    <message>
        <source>Write a full JSON backup of the database.</source>
        <translation>Écrire une sauvegarde JSON complète de la base de données.</translation>
    </message>
    <message>
        <source>Restore a JSON backup into a new database file.</source>
        <translation>Restaurer une sauvegarde JSON dans un nouveau fichier de données.</translation>
    </message>
    <message>
        <source>CoopAtlas file to read.</source>
        <translation>Fichier CoopAtlas à lire.</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD, local time) that an item must reach.</source>
        <translation>Premier jour (AAAA-MM-JJ, heure locale) qu&apos;un élément doit atteindre.</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD, local time, included) on which an item may start.</source>
        <translation>Dernier jour (AAAA-MM-JJ, heure locale, inclus) où un élément peut commencer.</translation>
    </message>
    <message>
        <source>Write only workshops or only residencies.</source>
        <translation>N&apos;écrire que les ateliers ou que les résidences.</translation>
    </message>
    <message>
        <source>Write only this workshop or residency; give it once per item.</source>
        <translation>N&apos;écrire que cet atelier ou cette résidence&#xa0;; à donner une fois par élément.</translation>
    </message>
    <message>
        <source>Give the file to write with --output FILE.</source>
        <translation>Donnez le fichier à écrire avec --output FICHIER.</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2. Swap the two dates.</source>
        <translation>--to %1 précède --from %2. Inversez les deux dates.</translation>
    </message>
    <message>
        <source>--kind takes workshop or residency, not &quot;%1&quot;.</source>
        <translation>--kind prend workshop ou residency, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1: the database does not exist. Give an existing CoopAtlas file with --database.</source>
        <translation>%1&#xa0;: la base de données n&apos;existe pas. Donnez un fichier CoopAtlas existant avec --database.</translation>
    </message>
    <message>
        <source>Calendar export failed: %1</source>
        <translation>L&apos;export du calendrier a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n calendar item(s) to %1.</source>
        <translation>
            <numerusform>%n élément de calendrier écrit dans %1.</numerusform>
            <numerusform>%n éléments de calendrier écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the database does not exist. Give an existing CoopAtlas file with --database before the command.</source>
        <translation>%1&#xa0;: la base de données n&apos;existe pas. Donnez un fichier CoopAtlas existant avec --database avant la commande.</translation>
    </message>
    <message>
        <source>Exports a record list as CSV: every column and every live row, sorted by the first column. Cells that a spreadsheet would run as a formula start with an apostrophe.</source>
        <translation>Exporte une liste de fiches en CSV&#xa0;: toutes les colonnes et toutes les lignes actives, triées selon la première colonne. Les cellules qu&apos;un tableur exécuterait comme formule commencent par une apostrophe.</translation>
    </message>
    <message>
        <source>List to export.</source>
        <translation>Liste à exporter.</translation>
    </message>
    <message>
        <source>excel: UTF-8 with a byte order mark and &quot;;&quot; between fields; plain: UTF-8 and &quot;,&quot;. Default: excel for French, Dutch or German system languages, else plain.</source>
        <translation>excel&#xa0;: UTF-8 avec marque d&apos;ordre des octets et «&#xa0;;&#xa0;» entre les champs&#xa0;; plain&#xa0;: UTF-8 et «&#xa0;,&#xa0;». Par défaut&#xa0;: excel pour les langues système française, néerlandaise ou allemande, sinon plain.</translation>
    </message>
    <message>
        <source>--list takes organisations, people or links, not &quot;%1&quot;.</source>
        <translation>--list prend organisations, people ou links, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--dialect takes excel or plain, not &quot;%1&quot;.</source>
        <translation>--dialect prend excel ou plain, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>L&apos;export a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne exportée dans %1.</numerusform>
            <numerusform>%n lignes exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>vCard version (default: 4.0).</source>
        <translation>Version vCard (par défaut&#xa0;: 4.0).</translation>
    </message>
    <message>
        <source>Export only people or only organisations (default: both).</source>
        <translation>N&apos;exporter que les personnes ou que les organisations (par défaut&#xa0;: les deux).</translation>
    </message>
    <message>
        <source>--version takes 4.0 or 3.0, not &quot;%1&quot;.</source>
        <translation>--version prend 4.0 ou 3.0, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--kind takes person or organisation, not &quot;%1&quot;.</source>
        <translation>--kind prend person ou organisation, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n card(s) to %1.</source>
        <translation>
            <numerusform>%n carte exportée dans %1.</numerusform>
            <numerusform>%n cartes exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: coopatlas-cli export csv|vcard [options]
  csv    Export a record list as CSV.
  vcard  Export people and organisations as vCards.
See: coopatlas-cli export csv --help</source>
        <translation>Usage&#xa0;: coopatlas-cli export csv|vcard [options]
  csv    Exporter une liste de fiches en CSV.
  vcard  Exporter les personnes et organisations en vCard.
Voir&#xa0;: coopatlas-cli export csv --help</translation>
    </message>
    <message>
        <source>Give the format to export: csv or vcard. See: coopatlas-cli export --help</source>
        <translation>Donnez le format d&apos;export&#xa0;: csv ou vcard. Voir&#xa0;: coopatlas-cli export --help</translation>
    </message>
    <message>
        <source>Writes a full backup of the database as JSON: every table and row, and the schema version. Restore it with: coopatlas-cli restore BACKUP --database NEWFILE</source>
        <translation>Écrit une sauvegarde complète de la base de données en JSON&#xa0;: toutes les tables et lignes, et la version du schéma. Restaurez-la avec&#xa0;: coopatlas-cli restore SAUVEGARDE --database NOUVEAUFICHIER</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>La sauvegarde a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne sauvegardée dans %1.</numerusform>
            <numerusform>%n lignes sauvegardées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restores a JSON backup into a new database file. A backup of an older schema version is migrated. Nothing is written when the backup is invalid.</source>
        <translation>Restaure une sauvegarde JSON dans un nouveau fichier de données. Une sauvegarde d&apos;une version de schéma plus ancienne est migrée. Rien n&apos;est écrit si la sauvegarde n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Backup file to read.</source>
        <translation>Fichier de sauvegarde à lire.</translation>
    </message>
    <message>
        <source>Give exactly one backup file. See: coopatlas-cli restore --help</source>
        <translation>Donnez exactement un fichier de sauvegarde. Voir&#xa0;: coopatlas-cli restore --help</translation>
    </message>
    <message>
        <source>Give the new database file with --database FILE.</source>
        <translation>Donnez le nouveau fichier de données avec --database FICHIER.</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>La restauration a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n row(s) into %1.</source>
        <translation>
            <numerusform>%n ligne restaurée dans %1.</numerusform>
            <numerusform>%n lignes restaurées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give one period: --year YYYY, --quarter YYYY-Qn, or --from DATE --to DATE.</source>
        <translation>Donnez une période&#xa0;: --year AAAA, --quarter AAAA-Qn, ou --from DATE --to DATE.</translation>
    </message>
    <message>
        <source>Write the year as YYYY, such as 2026.</source>
        <translation>Écrivez l&apos;année sous la forme AAAA, par exemple 2026.</translation>
    </message>
    <message>
        <source>Give both --from and --to.</source>
        <translation>Donnez à la fois --from et --to.</translation>
    </message>
    <message>
        <source>Writes the activity report for the Region for a period and the period of the same length before it. CSV writes a folder with one file per table.</source>
        <translation>Écrit le rapport d&apos;activité pour la Région pour une période et pour la période de même durée qui la précède. En CSV, un dossier est écrit avec un fichier par tableau.</translation>
    </message>
    <message>
        <source>Report on a calendar year.</source>
        <translation>Rapport sur une année civile.</translation>
    </message>
    <message>
        <source>Report on a calendar quarter.</source>
        <translation>Rapport sur un trimestre civil.</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Premier jour de la période.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Dernier jour de la période.</translation>
    </message>
    <message>
        <source>Language of the report.</source>
        <translation>Langue du rapport.</translation>
    </message>
    <message>
        <source>Choose the format pdf, xlsx or csv.</source>
        <translation>Choisissez le format pdf, xlsx ou csv.</translation>
    </message>
    <message>
        <source>Choose the language fr, nl or en.</source>
        <translation>Choisissez la langue fr, nl ou en.</translation>
    </message>
    <message>
        <source>Report failed: %1</source>
        <translation>Le rapport a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>Aucune activité pendant cette période.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Connecting to %1, database “%2”.</source>
        <translation>Connexion à %1, base de données «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Receiving changes: %1 of %2.</source>
        <translation>Réception des modifications&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2 sent.</source>
        <translation>Envoi des modifications&#xa0;: %1 sur %2 envoyées.</translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2 sent, %3 rejected by the server.</source>
        <translation>Envoi des modifications&#xa0;: %1 sur %2 envoyées, %3 rejetées par le serveur.</translation>
    </message>
    <message>
        <source>The server URL “%1” is not valid: give it as https://HOST[:PORT][/PATH] with --server.</source>
        <translation>L&apos;URL du serveur «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: donnez-la sous la forme https://HÔTE[:PORT][/CHEMIN] avec --server.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date: write it as YYYY-MM-DD, such as 2026-03-29.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est pas une date&#xa0;: écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-03-29.</translation>
    </message>
    <message>
        <source>%1 %2: that day does not exist. Check the month and day.</source>
        <translation>%1 %2&#xa0;: ce jour n&apos;existe pas. Vérifiez le mois et le jour.</translation>
    </message>
    <message>
        <source>Give the list to export with --list organisations, people or links.</source>
        <translation>Donnez la liste à exporter avec --list organisations, people ou links.</translation>
    </message>
    <message>
        <source>New database file to create; it must not exist. It may also be given before the command.</source>
        <translation>Nouveau fichier de données à créer&#xa0;; il ne doit pas exister. Il peut aussi être donné avant la commande.</translation>
    </message>
    <message>
        <source>File format. Default: from the extension of --output (.pdf or .xlsx); required for CSV and for other names. A format that differs from the extension is rejected.</source>
        <translation>Format du fichier. Par défaut&#xa0;: d&apos;après l&apos;extension de --output (.pdf ou .xlsx)&#xa0;; obligatoire pour le CSV et pour les autres noms. Un format qui diffère de l&apos;extension est rejeté.</translation>
    </message>
    <message>
        <source>Give the format with --format pdf, xlsx or csv, or end the --output name with .pdf or .xlsx.</source>
        <translation>Donnez le format avec --format pdf, xlsx ou csv, ou terminez le nom de --output par .pdf ou .xlsx.</translation>
    </message>
    <message>
        <source>--format %1 does not match the extension of %2. Change one of them.</source>
        <translation>--format %1 ne correspond pas à l&apos;extension de %2. Changez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>iCalendar file to write. An existing file is replaced only once the whole output is written; &quot;-&quot; (standard output) is rejected.</source>
        <translation>Fichier iCalendar à écrire. Un fichier existant n&apos;est remplacé qu&apos;une fois toute la sortie écrite&#xa0;; «&#xa0;-&#xa0;» (sortie standard) est rejeté.</translation>
    </message>
    <message>
        <source>CSV file to write. An existing file is replaced only once the whole output is written; &quot;-&quot; (standard output) is rejected.</source>
        <translation>Fichier CSV à écrire. Un fichier existant n&apos;est remplacé qu&apos;une fois toute la sortie écrite&#xa0;; «&#xa0;-&#xa0;» (sortie standard) est rejeté.</translation>
    </message>
    <message>
        <source>vCard file to write. An existing file is replaced only once the whole output is written; &quot;-&quot; (standard output) is rejected.</source>
        <translation>Fichier vCard à écrire. Un fichier existant n&apos;est remplacé qu&apos;une fois toute la sortie écrite&#xa0;; «&#xa0;-&#xa0;» (sortie standard) est rejeté.</translation>
    </message>
    <message>
        <source>Backup file to write. An existing file is replaced only once the whole output is written; &quot;-&quot; (standard output) is rejected.</source>
        <translation>Fichier de sauvegarde à écrire. Un fichier existant n&apos;est remplacé qu&apos;une fois toute la sortie écrite&#xa0;; «&#xa0;-&#xa0;» (sortie standard) est rejeté.</translation>
    </message>
    <message>
        <source>File to write (a folder for CSV). An existing file is replaced only once the whole output is written; &quot;-&quot; (standard output) is rejected.</source>
        <translation>Fichier à écrire (un dossier pour le CSV). Un fichier existant n&apos;est remplacé qu&apos;une fois toute la sortie écrite&#xa0;; «&#xa0;-&#xa0;» (sortie standard) est rejeté.</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Mises à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: coopatlas-cli [--database FILE] report (--year YYYY | --quarter YYYY-Qn | --from DATE --to DATE) --output FILE [options]</source>
        <translation>Utilisation&#xa0;: coopatlas-cli [--database FICHIER] report (--year AAAA | --quarter AAAA-Qn | --from DATE --to DATE) --output FICHIER [options]</translation>
    </message>
    <message>
        <source>Writes workshops and residencies as one iCalendar (.ics) file: timed workshops in their own time zone, all-day workshops and residencies as dates. Without a filter every live item is written. When no item matches, nothing is written and the exit status is 1, unless --allow-empty is given.</source>
        <translation>Écrit les ateliers et résidences dans un seul fichier iCalendar (.ics)&#xa0;: les ateliers à horaire dans leur propre fuseau horaire, les ateliers d&apos;une journée entière et les résidences comme des dates. Sans filtre, tous les éléments actifs sont écrits. Quand aucun élément ne correspond, rien n&apos;est écrit et le code de sortie est 1, sauf si --allow-empty est donné.</translation>
    </message>
    <message>
        <source>Write a calendar without items, with exit status 0, when no item matches.</source>
        <translation>Écrire un calendrier sans éléments, avec le code de sortie 0, quand aucun élément ne correspond.</translation>
    </message>
    <message>
        <source>No workshop or residency matches the filters, so %1 was not written. Widen --from, --to, --kind or --id, or give --allow-empty to write an empty calendar.</source>
        <translation>Aucun atelier ni aucune résidence ne correspond aux filtres&#xa0;; %1 n&apos;a donc pas été écrit. Élargissez --from, --to, --kind ou --id, ou donnez --allow-empty pour écrire un calendrier vide.</translation>
    </message>
    <message>
        <source>Exports people and organisations as vCards, organisations first, each sorted by name. Each card has the UID urn:uuid:ID with the record&apos;s id, and an organisation has its kind as X-COOPATLAS-KIND, its stage, sectors, founding and closing dates as X-COOPATLAS-STAGE, X-COOPATLAS-SECTORS, X-COOPATLAS-FOUNDED and X-COOPATLAS-CLOSED, and its tags as CATEGORIES, so that importing the file again updates the same records instead of adding copies. Values are written exactly, except that vCard text has no escape for a carriage return: a CR or CRLF inside a value is written as a line break and reads back as LF.</source>
        <translation>Exporte les personnes et les organisations en vCards, les organisations d&apos;abord, chaque groupe trié par nom. Chaque carte a l&apos;UID urn:uuid:ID avec l&apos;identifiant de la fiche, et une organisation a son type en X-COOPATLAS-KIND, son stade, ses secteurs, ses dates de fondation et de fermeture en X-COOPATLAS-STAGE, X-COOPATLAS-SECTORS, X-COOPATLAS-FOUNDED et X-COOPATLAS-CLOSED, et ses étiquettes en CATEGORIES, de sorte qu&apos;une nouvelle importation du fichier met à jour les mêmes fiches au lieu d&apos;ajouter des copies. Les valeurs sont écrites telles quelles, sauf que le texte vCard n&apos;a pas d&apos;échappement pour un retour chariot&#xa0;: un CR ou un CRLF dans une valeur est écrit comme un saut de ligne et relu comme LF.</translation>
    </message>
    <message>
        <source>the chosen version&apos;s file is read from the server, but the server, its database and the user name are not all set for this file. Set them with &quot;coopatlas-cli sync&quot; first.</source>
        <translation>le fichier de la version choisie est lu sur le serveur, mais le serveur, sa base de données et le nom d&apos;utilisateur ne sont pas tous définis pour ce fichier. Définissez-les d&apos;abord avec «&#xa0;coopatlas-cli sync&#xa0;».</translation>
    </message>
    <message>
        <source>no password on standard input. Give the password as the first line of standard input, or leave out --password-stdin to use the system keychain.</source>
        <translation>aucun mot de passe sur l&apos;entrée standard. Donnez le mot de passe sur la première ligne de l&apos;entrée standard, ou omettez --password-stdin pour utiliser le trousseau du système.</translation>
    </message>
    <message>
        <source>the password could not be read from the system keychain: %1 Give it with --password-stdin instead.</source>
        <translation>le mot de passe n&apos;a pas pu être lu dans le trousseau du système&#xa0;: %1 Donnez-le plutôt avec --password-stdin.</translation>
    </message>
    <message>
        <source>Files not yet received from the server: %1. Each sync reads them again.</source>
        <translation>Fichiers pas encore reçus du serveur&#xa0;: %1. Chaque synchronisation tente à nouveau de les lire.</translation>
    </message>
    <message>
        <source>Resolves the sync conflict of one record. With local or remote, the conflicting fields take the values of this file (local) or of the server (remote), and changes made on one side only are kept. With a revision id listed by &quot;coopatlas-cli conflicts&quot;, that whole server revision is kept. When the kept version names a file that this database lacks, the file is read from the server saved by &quot;coopatlas-cli sync&quot;. The next sync sends the result.</source>
        <translation>Résout le conflit de synchronisation d&apos;une fiche. Avec local ou remote, les champs en conflit prennent les valeurs de ce fichier (local) ou du serveur (remote), et les modifications faites d&apos;un seul côté sont gardées. Avec un identifiant de révision listé par «&#xa0;coopatlas-cli conflicts&#xa0;», toute cette révision du serveur est gardée. Quand la version gardée désigne un fichier absent de cette base de données, le fichier est lu sur le serveur enregistré par «&#xa0;coopatlas-cli sync&#xa0;». La prochaine synchronisation envoie le résultat.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input instead of the system keychain, when the chosen version&apos;s file is read from the server.</source>
        <translation>Lire le mot de passe sur la première ligne de l&apos;entrée standard au lieu du trousseau du système, quand le fichier de la version choisie est lu sur le serveur.</translation>
    </message>
    <message>
        <source>The server database changed since the last sync (it was moved or restored), so the sync receives every change again from the beginning and merges it with this file.</source>
        <translation>La base de données du serveur a changé depuis la dernière synchronisation (elle a été déplacée ou restaurée) : la synchronisation reçoit donc à nouveau toutes les modifications depuis le début et les fusionne avec ce fichier.</translation>
    </message>
    <message>
        <source>The server did not accept the position saved by the last sync, so the sync receives every change again from the beginning and merges it with this file.</source>
        <translation>Le serveur n’a pas accepté la position enregistrée par la dernière synchronisation : la synchronisation reçoit donc à nouveau toutes les modifications depuis le début et les fusionne avec ce fichier.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core</name>
    <message>
        <source>Not enough memory to write the spreadsheet %1. Close other programs or write the report of a shorter period.</source>
        <translation>Mémoire insuffisante pour écrire la feuille de calcul %1. Fermez d&apos;autres programmes ou écrivez le rapport d&apos;une période plus courte.</translation>
    </message>
    <message>
        <source>the ZIP archive of the spreadsheet could not be written</source>
        <translation>l&apos;archive ZIP de la feuille de calcul n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>The sheet name &quot;%1&quot; is not valid in a spreadsheet, so %2 was not written. Change the section title in the report template.</source>
        <translation>Le nom de feuille «&#xa0;%1&#xa0;» n&apos;est pas valide dans une feuille de calcul&#xa0;; %2 n&apos;a donc pas été écrit. Changez le titre de la section dans le modèle de rapport.</translation>
    </message>
    <message>
        <source>The spreadsheet %1 was not written because libxlsxwriter reported: %2. Write the report as PDF or CSV, and report this error to the CoopAtlas developers.</source>
        <translation>La feuille de calcul %1 n&apos;a pas été écrite, car libxlsxwriter a signalé&#xa0;: %2. Écrivez le rapport en PDF ou en CSV, et signalez cette erreur aux développeurs de CoopAtlas.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Activities</name>
    <message>
        <source>Inform</source>
        <translation>Informer</translation>
    </message>
    <message>
        <source>Federate</source>
        <translation>Fédérer</translation>
    </message>
    <message>
        <source>Equip</source>
        <translation>Outiller</translation>
    </message>
    <message>
        <source>Mobilise</source>
        <translation>Mobiliser</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Berlin</source>
        <translation>Berlin</translation>
    </message>
    <message>
        <source>Barcelona</source>
        <translation>Barcelone</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Subsistence</source>
        <translation>Frais de séjour</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Honoraires</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Residency</source>
        <translation>Résidence</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Séjour</translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation>Élément du programme</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Obstacle or opportunity</source>
        <translation>Obstacle ou opportunité</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ActivityStore</name>
    <message>
        <source>The workshop</source>
        <translation>L&apos;atelier</translation>
    </message>
    <message>
        <source>The follow-up</source>
        <translation>Le suivi</translation>
    </message>
    <message>
        <source>The residency</source>
        <translation>La résidence</translation>
    </message>
    <message>
        <source>The programme item</source>
        <translation>L&apos;élément du programme</translation>
    </message>
    <message>
        <source>The budget line</source>
        <translation>La ligne budgétaire</translation>
    </message>
    <message>
        <source>The resource</source>
        <translation>La ressource</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program since you opened it, so this change was not saved. Reload the record to see the other change, then make your change again.</source>
        <translation>%1 a été modifié dans une autre fenêtre ou un autre programme depuis que vous l&apos;avez ouvert&#xa0;; cette modification n&apos;a donc pas été enregistrée. Rechargez la fiche pour voir l&apos;autre modification, puis refaites la vôtre.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>No %1 with id %2 exists (it may have been deleted). Choose another record for &quot;%3&quot;.</source>
        <translation>Il n&apos;existe aucune fiche de type %1 avec l&apos;identifiant %2 (elle a peut-être été supprimée). Choisissez une autre fiche pour «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>No record with id %1 exists that &quot;%2&quot; may name (it may have been deleted). Remove it from the list.</source>
        <translation>Aucune fiche avec l&apos;identifiant %1 que «&#xa0;%2&#xa0;» puisse désigner n&apos;existe (elle a peut-être été supprimée). Retirez-la de la liste.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Records of the kind &quot;%1&quot; have no list. Choose workshops, residencies, resources or barriers.</source>
        <translation>Les fiches du type «&#xa0;%1&#xa0;» n&apos;ont pas de liste. Choisissez ateliers, résidences, ressources ou obstacles.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Relevé le</translation>
    </message>
    <message>
        <source>The resource with id %1 was not found or is deleted, so the file &quot;%2&quot; was not attached. Reload the list.</source>
        <translation>La ressource avec l&apos;identifiant %1 est introuvable ou supprimée&#xa0;; le fichier «&#xa0;%2&#xa0;» n&apos;a donc pas été joint. Rechargez la liste.</translation>
    </message>
    <message>
        <source>The resource with id %1 was not found or is deleted. Reload the list.</source>
        <translation>La ressource avec l&apos;identifiant %1 est introuvable ou supprimée. Rechargez la liste.</translation>
    </message>
    <message>
        <source>This participant already takes part in the workshop. Edit the existing participation instead.</source>
        <translation>Ce participant prend déjà part à l&apos;atelier. Modifiez plutôt la participation existante.</translation>
    </message>
    <message>
        <source>%1 already stays in the residency &quot;%2&quot; from %3 to %4, which overlaps these dates. Save anyway only if both stays are right, or change the dates.</source>
        <translation>%1 séjourne déjà dans la résidence «&#xa0;%2&#xa0;» du %3 au %4, ce qui chevauche ces dates. N&apos;enregistrez quand même que si les deux séjours sont corrects, sinon changez les dates.</translation>
    </message>
    <message>
        <source>The budget totals of this residency are too large to add up. Correct the amounts above %1.</source>
        <translation>Les totaux du budget de cette résidence sont trop grands pour être additionnés. Corrigez les montants supérieurs à %1.</translation>
    </message>
    <message>
        <source>The workshop is full, so this participant goes on the waiting list, where attendance is not recorded. Set the attendance to &quot;%1&quot;.</source>
        <translation>L&apos;atelier est complet&#xa0;; ce participant va donc sur la liste d&apos;attente, où la présence n&apos;est pas enregistrée. Mettez la présence à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Amounts</name>
    <message>
        <source>The amount &quot;%1&quot; in %2 is negative. Enter zero or more.</source>
        <translation>Le montant «&#xa0;%1&#xa0;» dans %2 est négatif. Saisissez zéro ou plus.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; in %2 has more than 2 decimals. Type euros and cents, such as %3.</source>
        <translation>Le montant «&#xa0;%1&#xa0;» dans %2 a plus de 2 décimales. Tapez des euros et des cents, comme %3.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; in %2 is above the largest amount, %3. Check the amount.</source>
        <translation>Le montant «&#xa0;%1&#xa0;» dans %2 dépasse le montant maximal, %3. Vérifiez le montant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in euros for %2. Type a number such as %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant en euros pour %2. Tapez un nombre comme %3.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::CalendarMapping</name>
    <message>
        <source>No workshop or residency with id %1 exists (it may have been deleted). Check the id, or leave out --id to export every item.</source>
        <translation>Aucun atelier ni aucune résidence avec l&apos;identifiant %1 n&apos;existe (il a peut-être été supprimé). Vérifiez l&apos;identifiant, ou omettez --id pour exporter tous les éléments.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ColumnMapping</name>
    <message>
        <source>This is not a CoopAtlas column mapping (the &quot;format&quot; key is missing or different). Save the mapping again from the import wizard.</source>
        <translation>Ce n&apos;est pas une correspondance de colonnes CoopAtlas (la clé «&#xa0;format&#xa0;» manque ou est différente). Enregistrez à nouveau la correspondance depuis l&apos;assistant d&apos;importation.</translation>
    </message>
    <message>
        <source>The mapping target &quot;%1&quot; is invalid; use &quot;organisation&quot; or &quot;person&quot;.</source>
        <translation>La cible de correspondance «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;; utilisez «&#xa0;organisation&#xa0;» ou «&#xa0;person&#xa0;».</translation>
    </message>
    <message>
        <source>The mapping cannot be saved: %1. Choose a folder you may write to.</source>
        <translation>Impossible d&apos;enregistrer la correspondance&#xa0;: %1. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The mapping cannot be saved: %1. Check the free disk space.</source>
        <translation>Impossible d&apos;enregistrer la correspondance&#xa0;: %1. Vérifiez l&apos;espace disque libre.</translation>
    </message>
    <message>
        <source>The mapping file cannot be opened: %1.</source>
        <translation>Impossible d&apos;ouvrir le fichier de correspondance&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The mapping file is not valid JSON (%1 at offset %2).</source>
        <translation>Le fichier de correspondance n&apos;est pas du JSON valide (%1 à la position %2).</translation>
    </message>
    <message>
        <source>The mapping uses the column &quot;%1&quot;, which is not in the header row. Choose another mapping or edit it.</source>
        <translation>La correspondance utilise la colonne «&#xa0;%1&#xa0;», qui n&apos;est pas dans la ligne d&apos;en-tête. Choisissez une autre correspondance ou modifiez-la.</translation>
    </message>
    <message>
        <source>The mapping uses the column &quot;%1&quot; for types, which is not in the header row. Choose another mapping or edit it.</source>
        <translation>La correspondance utilise pour les types la colonne «&#xa0;%1&#xa0;», qui n&apos;est pas dans la ligne d&apos;en-tête. Choisissez une autre correspondance ou modifiez-la.</translation>
    </message>
    <message>
        <source>The mapping sends column &quot;%1&quot; to the unknown field &quot;%2&quot;. Use one of: %3.</source>
        <translation>La correspondance envoie la colonne «&#xa0;%1&#xa0;» vers le champ inconnu «&#xa0;%2&#xa0;». Utilisez l&apos;un de ceux-ci&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::CouchClient</name>
    <message>
        <source>the reply has no server version, so the address is not a CouchDB server</source>
        <translation>la réponse ne contient pas de version du serveur&#xa0;; l&apos;adresse n&apos;est donc pas celle d&apos;un serveur CouchDB</translation>
    </message>
    <message>
        <source>The clock of this computer differs from the server&apos;s clock by %1 seconds. Set the right date and time on this computer.</source>
        <translation>L&apos;horloge de cet ordinateur diffère de celle du serveur de %1 secondes. Réglez la date et l&apos;heure correctes sur cet ordinateur.</translation>
    </message>
    <message>
        <source>the reply has no list of results</source>
        <translation>la réponse ne contient pas de liste de résultats</translation>
    </message>
    <message>
        <source>the reply has no last sequence</source>
        <translation>la réponse ne contient pas de dernière séquence</translation>
    </message>
    <message>
        <source>result %1 of the reply has no document</source>
        <translation>le résultat %1 de la réponse ne contient pas de document</translation>
    </message>
    <message>
        <source>Sending %1 documents to the database “%2”</source>
        <translation>Envoi de %1 documents à la base de données «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the reply lists %1 documents instead of %2</source>
        <translation>la réponse liste %1 documents au lieu de %2</translation>
    </message>
    <message>
        <source>item %1 of the reply has no id with a revision or an error</source>
        <translation>l&apos;élément %1 de la réponse n&apos;a ni identifiant avec révision ni erreur</translation>
    </message>
    <message>
        <source>Reading the document “%1”</source>
        <translation>Lecture du document «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the reply is not the document “%1”</source>
        <translation>la réponse n&apos;est pas le document «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reading %1 revisions of the document “%2”</source>
        <translation>Lecture de %1 révisions du document «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>item %1 of the reply is neither a document nor a missing revision</source>
        <translation>l&apos;élément %1 de la réponse n&apos;est ni un document ni une révision manquante</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>Logging in as “%1”</source>
        <translation>Connexion en tant que «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the reply has no user name and roles</source>
        <translation>la réponse ne contient ni nom d&apos;utilisateur ni rôles</translation>
    </message>
    <message>
        <source>Opening the database “%1”</source>
        <translation>Ouverture de la base de données «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the reply has no database name</source>
        <translation>la réponse ne contient pas de nom de base de données</translation>
    </message>
    <message>
        <source>Reading the changes of the database “%1”</source>
        <translation>Lecture des modifications de la base de données «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (server message: “%2”)</source>
        <translation>%1 (message du serveur&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Ask the server administrator to check the server certificate.</source>
        <translation>Demandez à l&apos;administrateur du serveur de vérifier le certificat du serveur.</translation>
    </message>
    <message>
        <source>the server certificate expired on %1</source>
        <translation>le certificat du serveur a expiré le %1</translation>
    </message>
    <message>
        <source>Ask the server administrator to renew the server certificate, and check that the date of this computer is right.</source>
        <translation>Demandez à l&apos;administrateur du serveur de renouveler le certificat du serveur, et vérifiez que la date de cet ordinateur est correcte.</translation>
    </message>
    <message>
        <source>the server certificate is valid only from %1</source>
        <translation>le certificat du serveur n&apos;est valable qu&apos;à partir du %1</translation>
    </message>
    <message>
        <source>Check that the date and time of this computer are right.</source>
        <translation>Vérifiez que la date et l&apos;heure de cet ordinateur sont correctes.</translation>
    </message>
    <message>
        <source>the server certificate is for %1, not for %2</source>
        <translation>le certificat du serveur est établi pour %1, pas pour %2</translation>
    </message>
    <message>
        <source>Check the server address.</source>
        <translation>Vérifiez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>the server certificate is not signed by an authority that this computer trusts (SHA-256 fingerprint %1)</source>
        <translation>le certificat du serveur n&apos;est pas signé par une autorité à laquelle cet ordinateur fait confiance (empreinte SHA-256 %1)</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one from the server administrator and trust the certificate only if they match, or give the server&apos;s CA certificate file.</source>
        <translation>Comparez l&apos;empreinte avec celle de l&apos;administrateur du serveur et ne faites confiance au certificat que si elles sont identiques, ou donnez le fichier du certificat CA du serveur.</translation>
    </message>
    <message>
        <source>the secure connection failed (%1)</source>
        <translation>la connexion sécurisée a échoué (%1)</translation>
    </message>
    <message>
        <source>the server redirected the request to “%1” (HTTP %2), and the client follows no redirect</source>
        <translation>le serveur a redirigé la requête vers «&#xa0;%1&#xa0;» (HTTP %2), et le client ne suit aucune redirection</translation>
    </message>
    <message>
        <source>the server returned HTTP status %1</source>
        <translation>le serveur a renvoyé le statut HTTP %1</translation>
    </message>
    <message>
        <source>Try again later. If it keeps failing, tell the server administrator.</source>
        <translation>Réessayez plus tard. Si l&apos;échec persiste, prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>%1, and the server asks to wait %2 s before the next request</source>
        <translation>%1, et le serveur demande d&apos;attendre %2&#xa0;s avant la prochaine requête</translation>
    </message>
    <message>
        <source>Try again after that time. If it keeps failing, tell the server administrator.</source>
        <translation>Réessayez après ce délai. Si l&apos;échec se répète, prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>the server did not accept the user name “%1” with this password</source>
        <translation>le serveur n&apos;a pas accepté le nom d&apos;utilisateur «&#xa0;%1&#xa0;» avec ce mot de passe</translation>
    </message>
    <message>
        <source>Check the password. If it is right, ask the server administrator to check the account.</source>
        <translation>Vérifiez le mot de passe. S&apos;il est correct, demandez à l&apos;administrateur du serveur de vérifier le compte.</translation>
    </message>
    <message>
        <source>the account “%1” is not allowed to do this</source>
        <translation>le compte «&#xa0;%1&#xa0;» n&apos;a pas le droit de faire ceci</translation>
    </message>
    <message>
        <source>Ask the server administrator for access to the database “%1”.</source>
        <translation>Demandez à l&apos;administrateur du serveur l&apos;accès à la base de données «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the server has no such database or document</source>
        <translation>le serveur n&apos;a pas cette base de données ou ce document</translation>
    </message>
    <message>
        <source>Check the database name.</source>
        <translation>Vérifiez le nom de la base de données.</translation>
    </message>
    <message>
        <source>the document was changed on the server</source>
        <translation>le document a été modifié sur le serveur</translation>
    </message>
    <message>
        <source>Synchronise again to merge the changes.</source>
        <translation>Synchronisez à nouveau pour fusionner les modifications.</translation>
    </message>
    <message>
        <source>the request is larger than the server accepts (%1 bytes at most)</source>
        <translation>la requête dépasse la taille acceptée par le serveur (%1 octets au maximum)</translation>
    </message>
    <message>
        <source>the request is larger than the server accepts</source>
        <translation>la requête dépasse la taille acceptée par le serveur</translation>
    </message>
    <message>
        <source>Remove large attachments or photos from the records, or ask the server administrator to raise the size limit.</source>
        <translation>Retirez les grandes pièces jointes ou photos des fiches, ou demandez à l&apos;administrateur du serveur de relever la limite de taille.</translation>
    </message>
    <message>
        <source>the server sent no data for %1 s</source>
        <translation>le serveur n&apos;a envoyé aucune donnée pendant %1&#xa0;s</translation>
    </message>
    <message>
        <source>Check the network connection and try again later.</source>
        <translation>Vérifiez la connexion réseau et réessayez plus tard.</translation>
    </message>
    <message>
        <source>the request did not finish within %1 min</source>
        <translation>la requête ne s&apos;est pas terminée en %1&#xa0;min</translation>
    </message>
    <message>
        <source>Check the speed of the network connection and try again later.</source>
        <translation>Vérifiez la vitesse de la connexion réseau et réessayez plus tard.</translation>
    </message>
    <message>
        <source>the reply of the server is too large to be a valid reply</source>
        <translation>la réponse du serveur est trop grande pour être une réponse valide</translation>
    </message>
    <message>
        <source>the server closed the connection after %1 of %2 bytes of the request; the request is probably larger than the server accepts</source>
        <translation>le serveur a fermé la connexion après %1 des %2 octets de la requête&#xa0;; la requête dépasse probablement la taille acceptée par le serveur</translation>
    </message>
    <message>
        <source>Check the network connection and the server address, then try again.</source>
        <translation>Vérifiez la connexion réseau et l&apos;adresse du serveur, puis réessayez.</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>le serveur a refusé la connexion</translation>
    </message>
    <message>
        <source>the server closed the connection before its reply was complete</source>
        <translation>le serveur a fermé la connexion avant la fin de sa réponse</translation>
    </message>
    <message>
        <source>the server name %1 was not found</source>
        <translation>le nom de serveur %1 est introuvable</translation>
    </message>
    <message>
        <source>the connection failed (%1)</source>
        <translation>la connexion a échoué (%1)</translation>
    </message>
    <message>
        <source>Check that the server address points at a CouchDB server; if it does, tell the server administrator.</source>
        <translation>Vérifiez que l&apos;adresse du serveur désigne bien un serveur CouchDB&#xa0;; si c&apos;est le cas, prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>the server sent a web page instead of JSON data</source>
        <translation>le serveur a envoyé une page web au lieu de données JSON</translation>
    </message>
    <message>
        <source>the reply is not valid JSON (%1 at byte %2 of %3)</source>
        <translation>la réponse n&apos;est pas du JSON valide (%1 à l&apos;octet %2 sur %3)</translation>
    </message>
    <message>
        <source>the reply is not a JSON array</source>
        <translation>la réponse n&apos;est pas un tableau JSON</translation>
    </message>
    <message>
        <source>the reply is not a JSON object</source>
        <translation>la réponse n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the CA certificate file %1 does not exist</source>
        <translation>le fichier de certificat d&apos;autorité %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the CA certificate file %1 contains no PEM certificate</source>
        <translation>le fichier de certificat d&apos;autorité %1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>%1 failed: %2. %3</source>
        <translation>%1 a échoué&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>elle a été annulée</translation>
    </message>
    <message>
        <source>Start it again when you want to continue.</source>
        <translation>Relancez-la quand vous voulez continuer.</translation>
    </message>
    <message>
        <source>the server requires a valid login for %1 (HTTP 401)</source>
        <translation>le serveur exige une connexion valide pour %1 (HTTP 401)</translation>
    </message>
    <message>
        <source>Check that the server URL contains no database name, and ask the server administrator whether the account may read the database “%1”.</source>
        <translation>Vérifiez que l&apos;URL du serveur ne contient pas de nom de base de données, et demandez à l&apos;administrateur du serveur si le compte peut lire la base de données «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%1 (tried %n times)</source>
        <translation>
            <numerusform>%1 (%n essai)</numerusform>
            <numerusform>%1 (%n essais)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server address “%1” is not an https:// address</source>
        <translation>l&apos;adresse du serveur «&#xa0;%1&#xa0;» n&apos;est pas une adresse https://</translation>
    </message>
    <message>
        <source>Give the server address with https://.</source>
        <translation>Donnez l&apos;adresse du serveur avec https://.</translation>
    </message>
    <message>
        <source>Give an existing PEM file with the server&apos;s CA certificate, or no CA file.</source>
        <translation>Donnez un fichier PEM existant contenant le certificat CA du serveur, ou aucun fichier CA.</translation>
    </message>
    <message>
        <source>Reading the file of the document “%1”</source>
        <translation>Lecture du fichier du document «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the file has %1 bytes, over the limit of %2 bytes</source>
        <translation>le fichier fait %1 octets, au-delà de la limite de %2 octets</translation>
    </message>
    <message>
        <source>Writing the document “%1”</source>
        <translation>Écriture du document « %1 »</translation>
    </message>
    <message>
        <source>the reply has no revision</source>
        <translation>la réponse ne contient pas de révision</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::CredentialStore</name>
    <message>
        <source>Reading the password of %1</source>
        <translation>Lecture du mot de passe de %1</translation>
    </message>
    <message>
        <source>No password is stored for %1. Enter the password.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour %1. Saisissez le mot de passe.</translation>
    </message>
    <message>
        <source>Storing the password of %1</source>
        <translation>Enregistrement du mot de passe de %1</translation>
    </message>
    <message>
        <source>Deleting the password of %1</source>
        <translation>Suppression du mot de passe de %1</translation>
    </message>
    <message>
        <source>%1 failed: the secret store did not respond within %2 seconds. Unlock the keyring of your desktop session if it asks for it, then try again.</source>
        <translation>%1 a échoué&#xa0;: le coffre de secrets n&apos;a pas répondu dans les %2 secondes. Déverrouillez le trousseau de votre session de bureau s&apos;il le demande, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 failed: the secret store of the desktop cannot be reached (%2). Install and start a Secret Service provider, such as GNOME Keyring (Debian package gnome-keyring) or KWallet, then log in again.</source>
        <translation>%1 a échoué&#xa0;: le coffre de secrets du bureau est inaccessible (%2). Installez et démarrez un fournisseur Secret Service, comme GNOME Keyring (paquet Debian gnome-keyring) ou KWallet, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 failed: the secret store denied access (%2). Allow CoopAtlas to use the keyring when it asks, then try again.</source>
        <translation>%1 a échoué&#xa0;: le coffre de secrets a refusé l&apos;accès (%2). Autorisez CoopAtlas à utiliser le trousseau quand il le demande, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 failed: %2. Check that the keyring of your desktop session is unlocked, then try again.</source>
        <translation>%1 a échoué&#xa0;: %2. Vérifiez que le trousseau de votre session de bureau est déverrouillé, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::CsvReader</name>
    <message>
        <source>The file cannot be opened: %1. Check that it exists and that you may read it.</source>
        <translation>Impossible d&apos;ouvrir le fichier&#xa0;: %1. Vérifiez qu&apos;il existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>The file is empty. Choose a CSV file with a header row.</source>
        <translation>Le fichier est vide. Choisissez un fichier CSV avec une ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>This is not a text file: line %1 contains a NUL byte. Choose a CSV file exported as text.</source>
        <translation>Ce n&apos;est pas un fichier texte&#xa0;: la ligne %1 contient un octet NUL. Choisissez un fichier CSV exporté en texte.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>The field is larger than %1 characters. Split the value or check that the file is really a CSV file.</source>
        <translation>Le champ dépasse %1 caractères. Scindez la valeur ou vérifiez qu&apos;il s&apos;agit bien d&apos;un fichier CSV.</translation>
    </message>
    <message>
        <source>A quoted field opened on line %1 is not closed before the end of the file. Check for a missing closing quote (&quot;).</source>
        <translation>Un champ entre guillemets ouvert à la ligne %1 n&apos;est pas fermé avant la fin du fichier. Cherchez un guillemet fermant (&quot;) manquant.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Column %1 &quot;%2&quot; has the same name as column %3; it is read as &quot;%4&quot;.</source>
        <translation>La colonne %1 «&#xa0;%2&#xa0;» porte le même nom que la colonne %3&#xa0;; elle est lue comme «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields but %4 columns in the header; the extra fields are ignored.</source>
        <translation>%1, ligne %2&#xa0;: %3 champs mais %4 colonnes dans l&apos;en-tête&#xa0;; les champs en trop sont ignorés.</translation>
    </message>
    <message>
        <source>, column &quot;%1&quot;</source>
        <translation>, colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, colonne %1</translation>
    </message>
    <message numerus="yes">
        <source>Reading the file was cancelled after %n row(s).</source>
        <translation>
            <numerusform>La lecture du fichier a été annulée après %n ligne.</numerusform>
            <numerusform>La lecture du fichier a été annulée après %n lignes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::CsvReportWriter</name>
    <message>
        <source>The folder for the CSV files cannot be created. Check the path and that you may write there.</source>
        <translation>Le dossier des fichiers CSV ne peut pas être créé. Vérifiez le chemin et que vous pouvez y écrire.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::CsvWriter</name>
    <message>
        <source>Writing the CSV file failed: %1. Check that the disk is not full and that you may write to the folder.</source>
        <translation>L&apos;écriture du fichier CSV a échoué&#xa0;: %1. Vérifiez que le disque n&apos;est pas plein et que vous pouvez écrire dans le dossier.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Database</name>
    <message>
        <source>This is a folder, not a CoopAtlas data file. Choose a file.</source>
        <translation>Ceci est un dossier, pas un fichier de données CoopAtlas. Choisissez un fichier.</translation>
    </message>
    <message>
        <source>Could not read the data file: %1.</source>
        <translation>Impossible de lire le fichier de données&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This file is not a CoopAtlas data file (it is not an SQLite database) and was left unchanged. Choose a CoopAtlas file (.coopatlas or .sqlite).</source>
        <translation>Ce fichier n&apos;est pas un fichier de données CoopAtlas (ce n&apos;est pas une base SQLite) et n&apos;a pas été modifié. Choisissez un fichier CoopAtlas (.coopatlas ou .sqlite).</translation>
    </message>
    <message>
        <source>This SQLite database belongs to another application and was left unchanged. Choose a CoopAtlas data file.</source>
        <translation>Cette base SQLite appartient à une autre application et n&apos;a pas été modifiée. Choisissez un fichier de données CoopAtlas.</translation>
    </message>
    <message>
        <source>Could not switch the data file to write-ahead logging. Check that you may write to the file and its folder.</source>
        <translation>Impossible de passer le fichier de données en journalisation anticipée (WAL). Vérifiez que vous avez le droit d&apos;écrire dans le fichier et dans son dossier.</translation>
    </message>
    <message>
        <source>Could not upgrade the data file: %1. Close other programs that use it and try again.</source>
        <translation>Impossible de mettre à jour le fichier de données&#xa0;: %1. Fermez les autres programmes qui l&apos;utilisent et réessayez.</translation>
    </message>
    <message>
        <source>Could not upgrade the data file from version %1 to %2: step %3 failed (%4). The file was left at version %1.</source>
        <translation>Impossible de mettre à jour le fichier de données de la version %1 à la version %2&#xa0;: l&apos;étape %3 a échoué (%4). Le fichier est resté en version %1.</translation>
    </message>
    <message>
        <source>Could not save the upgraded data file: %1.</source>
        <translation>Impossible d&apos;enregistrer le fichier de données mis à jour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not open the data file. %1</source>
        <translation>Impossible d&apos;ouvrir le fichier de données. %1</translation>
    </message>
    <message>
        <source>The data file is read-only, so CoopAtlas cannot save changes in it. Make it writable or open a copy.</source>
        <translation>Le fichier de données est en lecture seule&#xa0;: CoopAtlas ne peut pas y enregistrer de modifications. Rendez-le accessible en écriture ou ouvrez une copie.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so CoopAtlas cannot create the -wal and -shm files that SQLite keeps next to the data file. Make the folder writable, or copy the file to a writable folder and open the copy.</source>
        <translation>Le dossier %1 est en lecture seule&#xa0;: CoopAtlas ne peut pas créer les fichiers -wal et -shm que SQLite garde à côté du fichier de données. Rendez le dossier accessible en écriture, ou copiez le fichier dans un dossier accessible en écriture et ouvrez la copie.</translation>
    </message>
    <message>
        <source>The data file or its folder is read-only (SQLite reports &quot;%1&quot;). Make the file and its folder writable, or open a copy in a writable folder.</source>
        <translation>Le fichier de données ou son dossier est en lecture seule (SQLite signale «&#xa0;%1&#xa0;»). Rendez le fichier et son dossier accessibles en écriture, ou ouvrez une copie dans un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be written. Free disk space and try again.</source>
        <translation>Le disque est plein&#xa0;: la modification n&apos;a pas pu être écrite. Libérez de l&apos;espace disque et réessayez.</translation>
    </message>
    <message>
        <source>The data file could not be opened (SQLite reports &quot;%1&quot;). Check that the file and its folder exist and that you may read and write them.</source>
        <translation>Impossible d&apos;ouvrir le fichier de données (SQLite signale «&#xa0;%1&#xa0;»). Vérifiez que le fichier et son dossier existent et que vous avez le droit de les lire et d&apos;y écrire.</translation>
    </message>
    <message>
        <source>The data file is locked by another program (SQLite reports &quot;%1&quot;). Wait until that program is done with it, then try again.</source>
        <translation>Le fichier de données est verrouillé par un autre programme (SQLite signale «&#xa0;%1&#xa0;»). Attendez que ce programme ait fini de l&apos;utiliser, puis réessayez.</translation>
    </message>
    <message>
        <source>The data file is damaged or is not an SQLite database (SQLite reports &quot;%1&quot;). Open a backup copy of the file.</source>
        <translation>Le fichier de données est endommagé ou n&apos;est pas une base SQLite (SQLite signale «&#xa0;%1&#xa0;»). Ouvrez une copie de sauvegarde du fichier.</translation>
    </message>
    <message>
        <source>This file uses data format version %1, but this version of CoopAtlas reads only up to version %2. The file was left unchanged. Update CoopAtlas to open it.</source>
        <translation>Ce fichier utilise le format de données version %1, mais cette version de CoopAtlas ne lit que jusqu&apos;à la version %2. Le fichier n&apos;a pas été modifié. Mettez CoopAtlas à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Could not switch the data file to write-ahead logging. %1</source>
        <translation>Impossible de passer le fichier de données en journalisation anticipée (WAL). %1</translation>
    </message>
    <message>
        <source>Could not configure the data file. %1</source>
        <translation>Impossible de configurer le fichier de données. %1</translation>
    </message>
    <message>
        <source>The transaction is not active, so there is nothing to commit.</source>
        <translation>La transaction n&apos;est pas active&#xa0;: il n&apos;y a rien à valider.</translation>
    </message>
    <message>
        <source>Could not save the changes: %1.</source>
        <translation>Impossible d&apos;enregistrer les modifications&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No data file was given. Give an existing CoopAtlas file.</source>
        <translation>Aucun fichier de données n&apos;a été donné. Donnez un fichier CoopAtlas existant.</translation>
    </message>
    <message>
        <source>The file is missing, not a CoopAtlas file. Give an existing CoopAtlas file.</source>
        <translation>Le fichier est absent, ce n&apos;est pas un fichier CoopAtlas. Donnez un fichier CoopAtlas existant.</translation>
    </message>
    <message>
        <source>The file is empty, not a CoopAtlas file. Give an existing CoopAtlas file.</source>
        <translation>Le fichier est vide, ce n&apos;est pas un fichier CoopAtlas. Donnez un fichier CoopAtlas existant.</translation>
    </message>
    <message>
        <source>The file has no CoopAtlas tables, so it is not a CoopAtlas file. Give an existing CoopAtlas file.</source>
        <translation>Le fichier n&apos;a pas de tables CoopAtlas, ce n&apos;est donc pas un fichier CoopAtlas. Donnez un fichier CoopAtlas existant.</translation>
    </message>
    <message>
        <source>This file uses data format version %1, and this command reads only version %2 without changing the file. Open it once in the CoopAtlas window, or run a command that writes (such as import or sync), to upgrade it; then try again.</source>
        <translation>Ce fichier utilise la version %1 du format de données, et cette commande ne lit que la version %2 sans modifier le fichier. Ouvrez-le une fois dans la fenêtre de CoopAtlas, ou lancez une commande qui écrit (comme import ou sync), pour le mettre à jour&#xa0;; puis réessayez.</translation>
    </message>
    <message>
        <source>Writing the data file or the -wal and -shm files next to it failed (SQLite reports &quot;%1&quot;). Check that the disk is not full, that no file size limit applies and that you may write to the folder.</source>
        <translation>L&apos;écriture du fichier de données ou des fichiers -wal et -shm à côté de lui a échoué (SQLite signale «&#xa0;%1&#xa0;»). Vérifiez que le disque n&apos;est pas plein, qu&apos;aucune limite de taille de fichier ne s&apos;applique et que vous pouvez écrire dans le dossier.</translation>
    </message>
    <message>
        <source>Reading or writing the data file or the -wal and -shm files next to it failed (SQLite reports &quot;%1&quot;). Check that the disk is not full, that no file size limit applies and that you may write to the folder.</source>
        <translation>La lecture ou l&apos;écriture du fichier de données ou des fichiers -wal et -shm à côté de lui a échoué (SQLite signale «&#xa0;%1&#xa0;»). Vérifiez que le disque n&apos;est pas plein, qu&apos;aucune limite de taille de fichier ne s&apos;applique et que vous pouvez écrire dans le dossier.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::DocumentCodec</name>
    <message>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>une liste de chaînes de caractères</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>a UTC timestamp</source>
        <translation>un horodatage UTC</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être %2.</translation>
    </message>
    <message>
        <source>The document id is not &quot;&lt;kind&gt;:&lt;id&gt;&quot; with a known kind.</source>
        <translation>L&apos;identifiant du document n&apos;a pas la forme «&#xa0;&lt;kind&gt;:&lt;id&gt;&#xa0;» avec un type connu.</translation>
    </message>
    <message>
        <source>The document type &quot;%1&quot; does not match its id.</source>
        <translation>Le type de document «&#xa0;%1&#xa0;» ne correspond pas à son identifiant.</translation>
    </message>
    <message>
        <source>The document has schema %1, but this version of CoopAtlas reads schema %2 only. Update CoopAtlas.</source>
        <translation>Le document suit le schéma %1, mais cette version de CoopAtlas ne lit que le schéma %2. Mettez CoopAtlas à jour.</translation>
    </message>
    <message>
        <source>The document id is not &quot;&lt;kind&gt;:&lt;id&gt;&quot; with a lowercase UUID as the id, so CoopAtlas cannot store it.</source>
        <translation>L&apos;identifiant du document n&apos;a pas la forme «&#xa0;&lt;kind&gt;:&lt;id&gt;&#xa0;» avec un UUID en minuscules comme identifiant, donc CoopAtlas ne peut pas l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing or empty, and every record of this kind needs it.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est absent ou vide, alors que chaque fiche de ce type en a besoin.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; contains a NUL character, which CoopAtlas cannot store. Remove it on the server.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» contient un caractère NUL, que CoopAtlas ne peut pas enregistrer. Supprimez-le sur le serveur.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::DuplicateFinder</name>
    <message>
        <source>same name and website %1</source>
        <translation>même nom et même site web %1</translation>
    </message>
    <message>
        <source>same name and e-mail %1</source>
        <translation>même nom et même e-mail %1</translation>
    </message>
    <message>
        <source>same name and phone %1</source>
        <translation>même nom et même téléphone %1</translation>
    </message>
    <message>
        <source>same name and address %1</source>
        <translation>même nom et même adresse %1</translation>
    </message>
    <message>
        <source>same name, and neither has a website, e-mail, phone or address</source>
        <translation>même nom, et aucun des deux n&apos;a de site web, d&apos;e-mail, de téléphone ni d&apos;adresse</translation>
    </message>
    <message>
        <source>names equal apart from legal forms (%1) and website %2</source>
        <translation>noms identiques aux formes juridiques près (%1) et même site web %2</translation>
    </message>
    <message>
        <source>names equal apart from legal forms (%1) and e-mail %2</source>
        <translation>noms identiques aux formes juridiques près (%1) et même e-mail %2</translation>
    </message>
    <message>
        <source>names equal apart from legal forms (%1) and phone %2</source>
        <translation>noms identiques aux formes juridiques près (%1) et même téléphone %2</translation>
    </message>
    <message>
        <source>names equal apart from legal forms (%1) and address %2</source>
        <translation>noms identiques aux formes juridiques près (%1) et même adresse %2</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ICalendarWriter</name>
    <message>
        <source>The time zone &quot;%1&quot; is unknown. Use an IANA time zone id such as Europe/Brussels.</source>
        <translation>Le fuseau horaire «&#xa0;%1&#xa0;» est inconnu. Utilisez un identifiant de fuseau IANA, par exemple Europe/Brussels.</translation>
    </message>
    <message>
        <source>calendar item &quot;%1&quot; (%2), field %3</source>
        <translation>élément d&apos;agenda «&#xa0;%1&#xa0;» (%2), champ %3</translation>
    </message>
    <message>
        <source>The start is missing or invalid. Set a start date and time.</source>
        <translation>Le début manque ou n&apos;est pas valide. Indiquez une date et une heure de début.</translation>
    </message>
    <message>
        <source>The end is missing or invalid. Set an end date and time.</source>
        <translation>La fin manque ou n&apos;est pas valide. Indiquez une date et une heure de fin.</translation>
    </message>
    <message>
        <source>The time %1 does not exist in %2 because the clocks change then. Choose another time.</source>
        <translation>L&apos;heure %1 n&apos;existe pas dans le fuseau %2, car on change d&apos;heure à ce moment. Choisissez une autre heure.</translation>
    </message>
    <message>
        <source>The end is before the start. Set an end at or after the start.</source>
        <translation>La fin précède le début. Indiquez une fin égale ou postérieure au début.</translation>
    </message>
    <message>
        <source>The first day is missing or invalid. Set a date.</source>
        <translation>Le premier jour manque ou n&apos;est pas valide. Indiquez une date.</translation>
    </message>
    <message>
        <source>The last day is before the first day. Set a last day on or after the first day.</source>
        <translation>Le dernier jour précède le premier. Indiquez un dernier jour égal ou postérieur au premier.</translation>
    </message>
    <message>
        <source>The record id is not a UUID. Export saved records only.</source>
        <translation>L&apos;identifiant de la fiche n&apos;est pas un UUID. N&apos;exportez que des fiches enregistrées.</translation>
    </message>
    <message>
        <source>The summary is empty. Enter a title.</source>
        <translation>Le résumé est vide. Saisissez un titre.</translation>
    </message>
    <message>
        <source>The sequence number is negative. Use 0 or more.</source>
        <translation>Le numéro de séquence est négatif. Utilisez 0 ou plus.</translation>
    </message>
    <message>
        <source>The modification time is missing or invalid. Set the time of the last change.</source>
        <translation>L&apos;heure de modification manque ou n&apos;est pas valide. Indiquez l&apos;heure de la dernière modification.</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; is invalid. Enter a full URL.</source>
        <translation>L&apos;URL «&#xa0;%1&#xa0;» n&apos;est pas valide. Saisissez une URL complète.</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is unknown. Use TENTATIVE, CONFIRMED or CANCELLED.</source>
        <translation>Le statut «&#xa0;%1&#xa0;» est inconnu. Utilisez TENTATIVE, CONFIRMED ou CANCELLED.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ImportJob</name>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1. Check that it exists and that you may read it.</source>
        <translation>Impossible d&apos;ouvrir le fichier&#xa0;: %1. Vérifiez qu&apos;il existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB. Split it into smaller files.</source>
        <translation>Le fichier dépasse %1 Mo. Scindez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>already present in the database</source>
        <translation>déjà présent dans la base de données</translation>
    </message>
    <message>
        <source>likely duplicate of &quot;%1&quot; (%2); skipped</source>
        <translation>doublon probable de «&#xa0;%1&#xa0;» (%2)&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>already present in &quot;%1&quot;</source>
        <translation>déjà présent dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The header row matches no known format (Google, Outlook, Thunderbird, ESSGLOBAL, CoopAtlas) and has no name column (such as name, nom, naam, first name or last name). Rename the name column or choose a column mapping file.</source>
        <translation>La ligne d&apos;en-tête ne correspond à aucun format connu (Google, Outlook, Thunderbird, ESSGLOBAL, CoopAtlas) et n&apos;a pas de colonne de nom (comme name, nom, naam, first name ou last name). Renommez la colonne du nom ou choisissez un fichier de correspondance des colonnes.</translation>
    </message>
    <message>
        <source>no name, e-mail address or phone number</source>
        <translation>ni nom, ni adresse e-mail, ni numéro de téléphone</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a valid e-mail address or web address; it is left out.</source>
        <translation>%1, ligne %2&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas une adresse e-mail ou web valide&#xa0;; elle est ignorée.</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2 Nothing was imported; correct the row and import again.</source>
        <translation>L&apos;écriture de «&#xa0;%1&#xa0;» a échoué&#xa0;: %2 Rien n&apos;a été importé&#xa0;; corrigez la ligne et relancez l&apos;importation.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1, line %2: the kind &quot;%3&quot; is not a term of this file&apos;s organisation kinds; the kind is left empty. Add the term and import again to keep it.</source>
        <translation>%1, ligne %2&#xa0;: le type «&#xa0;%3&#xa0;» n&apos;est pas un terme des types d&apos;organisation de ce fichier&#xa0;; le type est laissé vide. Ajoutez le terme et relancez l&apos;importation pour le garder.</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; in the column &quot;%4&quot; is neither a term nor a term label of this database, so it is kept as the custom field &quot;%4&quot;. Add the term and import again to use it.</source>
        <translation>%1, ligne %2&#xa0;: «&#xa0;%3&#xa0;» dans la colonne «&#xa0;%4&#xa0;» n&apos;est ni un terme ni le libellé d&apos;un terme de cette base de données&#xa0;; la valeur est donc gardée comme champ personnalisé «&#xa0;%4&#xa0;». Ajoutez le terme et relancez l&apos;importation pour l&apos;utiliser.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more value(s) of the column &quot;%2&quot; name no term and are kept as custom fields too.</source>
        <translation>
            <numerusform>%1&#xa0;: %n autre valeur de la colonne «&#xa0;%2&#xa0;» ne désigne aucun terme et est également gardée comme champ personnalisé.</numerusform>
            <numerusform>%1&#xa0;: %n autres valeurs de la colonne «&#xa0;%2&#xa0;» ne désignent aucun terme et sont également gardées comme champs personnalisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2: the stage &quot;%3&quot; is not a term of this file&apos;s stages; the stage is left empty. Add the term and import again to keep it.</source>
        <translation>%1, ligne %2&#xa0;: le stade «&#xa0;%3&#xa0;» n&apos;est pas un terme des stades de ce fichier&#xa0;; le stade est laissé vide. Ajoutez le terme et relancez l&apos;importation pour le garder.</translation>
    </message>
    <message>
        <source>%1, line %2: the sector &quot;%3&quot; is not a term of this file&apos;s sectors; the sector is left out. Add the term and import again to keep it.</source>
        <translation>%1, ligne %2&#xa0;: le secteur «&#xa0;%3&#xa0;» n&apos;est pas un terme des secteurs de ce fichier&#xa0;; le secteur est omis. Ajoutez le terme et relancez l&apos;importation pour le garder.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::JsonBackup</name>
    <message>
        <source>The backup or restore was cancelled; no file was written.</source>
        <translation>La sauvegarde ou la restauration a été annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Writing the backup failed: %1. Check that the disk is not full and that you may write to the folder.</source>
        <translation>L&apos;écriture de la sauvegarde a échoué&#xa0;: %1. Vérifiez que le disque n&apos;est pas plein et que vous pouvez écrire dans le dossier.</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes 0 or 1, not %2</source>
        <translation>la colonne «&#xa0;%1&#xa0;» prend 0 ou 1, pas %2</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes an integer, not &quot;%2&quot;</source>
        <translation>la colonne «&#xa0;%1&#xa0;» prend un entier, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes a number, not &quot;%2&quot;</source>
        <translation>la colonne «&#xa0;%1&#xa0;» prend un nombre, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes a date written as YYYY-MM-DD or an ISO 8601 date and time, not &quot;%2&quot;</source>
        <translation>la colonne «&#xa0;%1&#xa0;» prend une date écrite AAAA-MM-JJ ou une date et heure ISO 8601, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot;, row %2: column &quot;%3&quot; refers to &quot;%4&quot;, which the backup does not contain. Correct or remove that row in the backup file and restore again; nothing was restored.</source>
        <translation>Table «&#xa0;%1&#xa0;», ligne %2&#xa0;: la colonne «&#xa0;%3&#xa0;» renvoie à «&#xa0;%4&#xa0;», que la sauvegarde ne contient pas. Corrigez ou supprimez cette ligne dans le fichier de sauvegarde et restaurez à nouveau&#xa0;; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The backup contains table &quot;%1&quot;, which this schema version does not have. The backup is damaged or was edited; use another backup.</source>
        <translation>La sauvegarde contient la table «&#xa0;%1&#xa0;», que cette version du schéma n&apos;a pas. La sauvegarde est endommagée ou a été modifiée&#xa0;; utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot;, row %2: %3. Correct or remove that row in the backup file and restore again; nothing was restored.</source>
        <translation>Table «&#xa0;%1&#xa0;», ligne %2&#xa0;: %3. Corrigez ou supprimez cette ligne dans le fichier de sauvegarde et restaurez à nouveau&#xa0;; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has no column &quot;%2&quot; in this schema version. The backup is damaged or was edited; use another backup.</source>
        <translation>La table «&#xa0;%1&#xa0;» n&apos;a pas de colonne «&#xa0;%2&#xa0;» dans cette version du schéma. La sauvegarde est endommagée ou a été modifiée&#xa0;; utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; of the backup lacks column &quot;%2&quot;. The backup is damaged or was edited; use another backup.</source>
        <translation>Il manque à la table «&#xa0;%1&#xa0;» de la sauvegarde la colonne «&#xa0;%2&#xa0;». La sauvegarde est endommagée ou a été modifiée&#xa0;; utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has %2 rows but the backup declares %3. The backup is incomplete; use another backup.</source>
        <translation>La table «&#xa0;%1&#xa0;» a %2 lignes mais la sauvegarde en déclare %3. La sauvegarde est incomplète&#xa0;; utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>%1 values for %2 columns</source>
        <translation>%1 valeurs pour %2 colonnes</translation>
    </message>
    <message>
        <source>the value of column &quot;%1&quot; is not a number, text, null or {&quot;base64&quot;: ...}</source>
        <translation>la valeur de la colonne «&#xa0;%1&#xa0;» n&apos;est ni un nombre, ni un texte, ni null, ni {&quot;base64&quot;: ...}</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; was rejected (%3)</source>
        <translation>%1 = «&#xa0;%2&#xa0;» a été rejeté (%3)</translation>
    </message>
    <message>
        <source>The backup file cannot be opened: %1. Check that it exists and that you may read it.</source>
        <translation>Le fichier de sauvegarde ne peut pas être ouvert&#xa0;: %1. Vérifiez qu&apos;il existe et que vous pouvez le lire.</translation>
    </message>
    <message>
        <source>The backup is not valid JSON at byte %1 (%2). The file is damaged or incomplete; use another backup.</source>
        <translation>La sauvegarde n&apos;est pas du JSON valide à l&apos;octet %1 (%2). Le fichier est endommagé ou incomplet&#xa0;; utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>This is not a CoopAtlas backup (no &quot;format&quot;: &quot;%1&quot;). Choose a file made with Back Up.</source>
        <translation>Ce n&apos;est pas une sauvegarde CoopAtlas (pas de «&#xa0;format&#xa0;»&#xa0;: «&#xa0;%1&#xa0;»). Choisissez un fichier créé avec Sauvegarder.</translation>
    </message>
    <message>
        <source>The backup has format version %1, but this version of CoopAtlas reads format version %2. Restore it with the CoopAtlas version that wrote it.</source>
        <translation>La sauvegarde est au format version %1, mais cette version de CoopAtlas lit le format version %2. Restaurez-la avec la version de CoopAtlas qui l&apos;a écrite.</translation>
    </message>
    <message>
        <source>The backup has schema version %1, but this version of CoopAtlas knows versions 1 to %2. Update CoopAtlas and restore again.</source>
        <translation>La sauvegarde a la version de schéma %1, mais cette version de CoopAtlas connaît les versions 1 à %2. Mettez CoopAtlas à jour et restaurez à nouveau.</translation>
    </message>
    <message>
        <source>The backup has no &quot;tables&quot; list. The file is damaged; use another backup.</source>
        <translation>La sauvegarde n&apos;a pas de liste «&#xa0;tables&#xa0;». Le fichier est endommagé&#xa0;; utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>The backup contains no tables. The file is damaged or was edited; use another backup.</source>
        <translation>La sauvegarde ne contient aucune table. Le fichier est endommagé ou a été modifié&#xa0;; utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>The backup lacks table &quot;%1&quot; of schema version %2. The backup is damaged or was edited; use another backup.</source>
        <translation>Il manque à la sauvegarde la table «&#xa0;%1&#xa0;» de la version de schéma %2. La sauvegarde est endommagée ou a été modifiée&#xa0;; utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>Rows of the backup refer to rows that it does not contain: %1. Add the missing rows or remove those rows in the backup file and restore again.</source>
        <translation>Des lignes de la sauvegarde renvoient à des lignes qu&apos;elle ne contient pas&#xa0;: %1. Ajoutez les lignes manquantes ou supprimez ces lignes dans le fichier de sauvegarde et restaurez à nouveau.</translation>
    </message>
    <message>
        <source>The file already exists. Choose a new file name for the restored store.</source>
        <translation>Le fichier existe déjà. Choisissez un nouveau nom de fichier pour les données restaurées.</translation>
    </message>
    <message>
        <source>The restored file cannot be moved to its name. Check that you may write to the folder.</source>
        <translation>Le fichier restauré ne peut pas être renommé. Vérifiez que vous pouvez écrire dans le dossier.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; has two &quot;rows&quot; lists. The backup is damaged or was edited; use another backup.</source>
        <translation>La table «&#xa0;%1&#xa0;» a deux listes «&#xa0;rows&#xa0;». La sauvegarde est endommagée ou a été modifiée&#xa0;; utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>Table %1 of the backup lists its rows before its &quot;name&quot; and &quot;columns&quot;, but a restore reads them first. Move &quot;rows&quot; after them in the file, or use another backup.</source>
        <translation>La table %1 de la sauvegarde donne ses lignes avant ses «&#xa0;name&#xa0;» et «&#xa0;columns&#xa0;», mais une restauration lit ceux-ci en premier. Déplacez «&#xa0;rows&#xa0;» après eux dans le fichier, ou utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes a key of the vocabulary &quot;%2&quot;, and &quot;%3&quot; is not one of the backup&apos;s taxonomy rows (use one of its keys or add the term to the taxonomy table)</source>
        <translation>la colonne «&#xa0;%1&#xa0;» prend une clé du vocabulaire «&#xa0;%2&#xa0;», et «&#xa0;%3&#xa0;» n&apos;est pas une des lignes de taxonomie de la sauvegarde (utilisez une de ses clés ou ajoutez le terme à la table de taxonomie)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes text, not the number %2 (write it as a JSON string in quotes)</source>
        <translation>la colonne «&#xa0;%1&#xa0;» prend du texte, pas le nombre %2 (écrivez-le comme une chaîne JSON entre guillemets)</translation>
    </message>
    <message>
        <source>the value of column &quot;%1&quot; has %2 characters, more than the limit of %3 for one value (shorten it)</source>
        <translation>la valeur de la colonne «&#xa0;%1&#xa0;» a %2 caractères, plus que la limite de %3 pour une valeur (raccourcissez-la)</translation>
    </message>
    <message>
        <source>%1 (row id &quot;%2&quot;)</source>
        <translation>%1 (identifiant de ligne «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes one of the keys %2, not &quot;%3&quot; (write one of these keys)</source>
        <translation>la colonne «&#xa0;%1&#xa0;» prend une des clés %2, pas «&#xa0;%3&#xa0;» (écrivez une de ces clés)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes a JSON object written as text, not &quot;%2&quot;</source>
        <translation>la colonne « %1 » attend un objet JSON écrit sous forme de texte, pas « %2 »</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; takes a JSON array written as text, not &quot;%2&quot;</source>
        <translation>la colonne « %1 » attend un tableau JSON écrit sous forme de texte, pas « %2 »</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::JsonStreamReader</name>
    <message>
        <source>an object (&quot;{&quot;) is expected</source>
        <translation>un objet («&#xa0;{&#xa0;») est attendu</translation>
    </message>
    <message>
        <source>a comma or &quot;}&quot; is expected</source>
        <translation>une virgule ou «&#xa0;}&#xa0;» est attendue</translation>
    </message>
    <message>
        <source>a key in double quotes is expected</source>
        <translation>une clé entre guillemets doubles est attendue</translation>
    </message>
    <message>
        <source>a colon after the key is expected</source>
        <translation>un deux-points est attendu après la clé</translation>
    </message>
    <message>
        <source>a list (&quot;[&quot;) is expected</source>
        <translation>une liste («&#xa0;[&#xa0;») est attendue</translation>
    </message>
    <message>
        <source>a comma or &quot;]&quot; is expected</source>
        <translation>une virgule ou «&#xa0;]&#xa0;» est attendue</translation>
    </message>
    <message>
        <source>a value is larger than %1 MB</source>
        <translation>une valeur dépasse %1 Mo</translation>
    </message>
    <message>
        <source>the text that starts at byte %1 is not closed</source>
        <translation>le texte qui commence à l&apos;octet %1 n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>the list or object that starts at byte %1 is not closed</source>
        <translation>la liste ou l&apos;objet qui commence à l&apos;octet %1 n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>the file ends where a value is expected</source>
        <translation>le fichier se termine là où une valeur est attendue</translation>
    </message>
    <message>
        <source>a value is expected</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>text follows the end of the JSON document</source>
        <translation>du texte suit la fin du document JSON</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ListCsvExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;export a été annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::MetricsTable</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degré</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Intermédiarité</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <source>Eigenvector centrality</source>
        <translation>Centralité de vecteur propre</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <source>Broker rank</source>
        <translation>Rang d&apos;intermédiaire</translation>
    </message>
    <message>
        <source>Isolated project holder</source>
        <translation>Porteur de projet isolé</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>The CSV delimiter must be a comma or a semicolon, not &quot;%1&quot;.</source>
        <translation>Le séparateur CSV doit être une virgule ou un point-virgule, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Writing the metrics failed: %1. Check the free space and try again.</source>
        <translation>L&apos;écriture des indicateurs a échoué&#xa0;: %1. Vérifiez l&apos;espace libre et réessayez.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1. Choose a folder where you can save files.</source>
        <translation>Impossible d&apos;écrire le fichier&#xa0;: %1. Choisissez un dossier où vous pouvez enregistrer des fichiers.</translation>
    </message>
    <message>
        <source>Saving the file failed: %1. Check the free space and try again.</source>
        <translation>L&apos;enregistrement du fichier a échoué&#xa0;: %1. Vérifiez l&apos;espace libre et réessayez.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Migration</name>
    <message>
        <source>Could not write the built-in taxonomy terms: %1</source>
        <translation>Impossible d&apos;enregistrer les termes de taxonomie intégrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>A schema statement failed: %1</source>
        <translation>Une instruction du schéma a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::NetworkAnalytics</name>
    <message>
        <source>The network analysis was cancelled.</source>
        <translation>L&apos;analyse du réseau a été annulée.</translation>
    </message>
    <message>
        <source>The network analysis failed: %1 (%2). Try again with fewer records, or report the error.</source>
        <translation>L&apos;analyse du réseau a échoué&#xa0;: %1 (%2). Réessayez avec moins de fiches, ou signalez l&apos;erreur.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::NetworkLoader</name>
    <message>
        <source>Reading the network was cancelled.</source>
        <translation>La lecture du réseau a été annulée.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::NetworkRows</name>
    <message>
        <source>Reading the network failed. %1</source>
        <translation>La lecture du réseau a échoué. %1</translation>
    </message>
    <message>
        <source>Reading the network was cancelled.</source>
        <translation>La lecture du réseau a été annulée.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::OutputFile</name>
    <message>
        <source>%1 is the database file %2 or one of its SQLite files, so writing it would destroy the database. Choose another output file.</source>
        <translation>%1 est le fichier de données %2 ou l&apos;un de ses fichiers SQLite&#xa0;; l&apos;écrire détruirait les données. Choisissez un autre fichier de sortie.</translation>
    </message>
    <message>
        <source>Not enough space on the disk for %1; free space or choose another folder.</source>
        <translation>Pas assez d&apos;espace disque pour %1&#xa0;; libérez de l&apos;espace ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>Writing to standard output (&quot;-&quot;) is not supported. Give a file name.</source>
        <translation>L&apos;écriture sur la sortie standard («&#xa0;-&#xa0;») n&apos;est pas prise en charge. Donnez un nom de fichier.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::PdfReportWriter</name>
    <message>
        <source>The PDF file cannot be written. Check that the folder exists, that you may write in it and that the disk is not full.</source>
        <translation>Le fichier PDF ne peut pas être écrit. Vérifiez que le dossier existe, que vous pouvez y écrire et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>The PDF report could not be started because its file is not open for writing. Check that the folder exists and that you may write in it, then write the report again.</source>
        <translation>Le rapport PDF n&apos;a pas pu être commencé, car son fichier n&apos;est pas ouvert en écriture. Vérifiez que le dossier existe et que vous pouvez y écrire, puis écrivez à nouveau le rapport.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::RecordMapper</name>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: &quot;%4&quot; is not a date (use yyyy-mm-dd or dd/mm/yyyy); the field is left empty.</source>
        <translation>%1, ligne %2, colonne «&#xa0;%3&#xa0;»&#xa0;: «&#xa0;%4&#xa0;» n&apos;est pas une date (utilisez aaaa-mm-jj ou jj/mm/aaaa)&#xa0;; le champ reste vide.</translation>
    </message>
    <message>
        <source>The row has no name, e-mail address or phone number.</source>
        <translation>La ligne n&apos;a ni nom, ni adresse e-mail, ni numéro de téléphone.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Le nom est vide.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ReportBuilder</name>
    <message>
        <source>The report period is not valid.</source>
        <translation>La période du rapport n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ReportGenerator</name>
    <message>
        <source>The database file does not exist. Give the path of a CoopAtlas file.</source>
        <translation>Le fichier de données n&apos;existe pas. Donnez le chemin d&apos;un fichier CoopAtlas.</translation>
    </message>
    <message>
        <source>Give the file to write the report to.</source>
        <translation>Donnez le fichier dans lequel écrire le rapport.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>The report cannot be saved under this name (%1). Choose another file or folder.</source>
        <translation>Le rapport ne peut pas être enregistré sous ce nom (%1). Choisissez un autre fichier ou dossier.</translation>
    </message>
    <message>
        <source>%1 is a file, but a CSV report is a folder of files. Choose a folder.</source>
        <translation>%1 est un fichier, mais un rapport CSV est un dossier de fichiers. Choisissez un dossier.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check the path and that you may write there.</source>
        <translation>Impossible de créer le dossier %1. Vérifiez le chemin et que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <source>The CSV report cannot be written because the folder %1 does not allow new files (%2). Check that you may write there, or choose another folder.</source>
        <translation>Impossible d’écrire le rapport CSV, car le dossier %1 n’accepte pas de nouveaux fichiers (%2). Vérifiez que vous avez le droit d’y écrire, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The CSV files cannot be moved into the folder %1 (%2). Check that you may write in that folder, or choose another one.</source>
        <translation>Impossible de déplacer les fichiers CSV dans le dossier %1 (%2). Vérifiez que vous avez le droit d’écrire dans ce dossier, ou choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ReportJob</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Le rapport a été annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ReportPeriod</name>
    <message>
        <source>The year must lie between 1900 and 2999.</source>
        <translation>L&apos;année doit être comprise entre 1900 et 2999.</translation>
    </message>
    <message>
        <source>Write the quarter as YYYY-Qn, such as 2026-Q2.</source>
        <translation>Écrivez le trimestre sous la forme AAAA-Qn, par exemple 2026-Q2.</translation>
    </message>
    <message>
        <source>Write the start date as YYYY-MM-DD.</source>
        <translation>Écrivez la date de début sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Write the end date as YYYY-MM-DD.</source>
        <translation>Écrivez la date de fin sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Give both a start and an end date.</source>
        <translation>Donnez une date de début et une date de fin.</translation>
    </message>
    <message>
        <source>The end date comes before the start date: swap them.</source>
        <translation>La date de fin précède la date de début&#xa0;: inversez-les.</translation>
    </message>
    <message>
        <source>The dates must lie between 1900 and 2999.</source>
        <translation>Les dates doivent être comprises entre 1900 et 2999.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::ReportTemplates</name>
    <message>
        <source>Reports are written in en, fr or nl.</source>
        <translation>Les rapports sont écrits en en, fr ou nl.</translation>
    </message>
    <message>
        <source>%1, line %2: expected &quot;key = text&quot;; the line was skipped.</source>
        <translation>%1, ligne %2&#xa0;: «&#xa0;clé = texte&#xa0;» attendu&#xa0;; la ligne a été ignorée.</translation>
    </message>
    <message>
        <source>The report wording cannot be read (%1). Check the file&apos;s permissions.</source>
        <translation>Les textes du rapport ne peuvent pas être lus (%1). Vérifiez les droits d&apos;accès du fichier.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::SampleData</name>
    <message>
        <source>The bundled sample data set could not be read (%1). The application was built without it: rebuild CoopAtlas.</source>
        <translation>Le jeu de données d&apos;exemple intégré n&apos;a pas pu être lu (%1). L&apos;application a été compilée sans lui&#xa0;: recompilez CoopAtlas.</translation>
    </message>
    <message>
        <source>The sample data set is not valid JSON at byte %1: %2.</source>
        <translation>Le jeu de données d&apos;exemple n&apos;est pas du JSON valide à l&apos;octet %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The sample data set has format %1, but this version of CoopAtlas reads format %2 only.</source>
        <translation>Le jeu de données d&apos;exemple est au format %1, mais cette version de CoopAtlas ne lit que le format %2.</translation>
    </message>
    <message>
        <source>The organisation has no name. Every organisation of the sample data set needs one.</source>
        <translation>L&apos;organisation n&apos;a pas de nom. Chaque organisation du jeu de données d&apos;exemple doit en avoir un.</translation>
    </message>
    <message>
        <source>%1, organisation %2</source>
        <translation>%1, organisation %2</translation>
    </message>
    <message>
        <source>sample organisation &quot;%1&quot;</source>
        <translation>organisation d&apos;exemple «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A sample link names the organisation &quot;%1&quot;, which is not in the sample data set. Rebuild CoopAtlas with a matching sample data set.</source>
        <translation>Un lien d&apos;exemple désigne l&apos;organisation «&#xa0;%1&#xa0;», qui n&apos;est pas dans le jeu de données d&apos;exemple. Recompilez CoopAtlas avec un jeu de données d&apos;exemple correspondant.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Store</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Fondée le</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>%1 was not saved because of these problems:
%2</source>
        <translation>%1&#xa0;: la fiche n&apos;a pas été enregistrée à cause des problèmes suivants&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Could not prepare a database query: %1.</source>
        <translation>Impossible de préparer une requête de base de données&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A record with id %1 already exists. Import it as an update or give it a new id.</source>
        <translation>Une fiche avec l&apos;identifiant %1 existe déjà. Importez-la comme mise à jour ou donnez-lui un nouvel identifiant.</translation>
    </message>
    <message>
        <source>%1 was deleted, so it cannot be changed. Restore it first.</source>
        <translation>%1&#xa0;: cette fiche a été supprimée et ne peut donc pas être modifiée. Restaurez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 with id %2 was not found. It may have been removed by an import or a sync; reload the list.</source>
        <translation>%1 (identifiant %2) est introuvable. La fiche a peut-être été retirée par une importation ou une synchronisation&#xa0;; rechargez la liste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a term of the vocabulary &quot;%2&quot;. Choose a listed term or add it to the vocabulary first.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un terme du vocabulaire «&#xa0;%2&#xa0;». Choisissez un terme de la liste ou ajoutez-le d&apos;abord au vocabulaire.</translation>
    </message>
    <message>
        <source>No organisation or person with id %1 exists (it may have been deleted). Choose another record for the link.</source>
        <translation>Aucune organisation ni personne n&apos;a l&apos;identifiant %1 (elle a peut-être été supprimée). Choisissez une autre fiche pour le lien.</translation>
    </message>
    <message>
        <source>Record %1 was not found in %2 or is already deleted. Reload the list and try again.</source>
        <translation>La fiche %1 est introuvable dans %2 ou est déjà supprimée. Rechargez la liste et réessayez.</translation>
    </message>
    <message>
        <source>Record %1 was not found in %2 or is not deleted, so there is nothing to restore.</source>
        <translation>La fiche %1 est introuvable dans %2 ou n&apos;est pas supprimée&#xa0;: il n&apos;y a rien à restaurer.</translation>
    </message>
    <message>
        <source>No record with id %1 exists in this file. It may come from another data file.</source>
        <translation>Aucune fiche n&apos;a l&apos;identifiant %1 dans ce fichier. Elle vient peut-être d&apos;un autre fichier de données.</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Note sur %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Growth can be shown by kind or by stage, not by &quot;%1&quot;.</source>
        <translation>La croissance peut être affichée par type ou par stade, pas par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>L&apos;organisation</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot;</source>
        <translation>L&apos;organisation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>The person &quot;%1&quot;</source>
        <translation>La personne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The link</source>
        <translation>Le lien</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <source>The note is about %1 %2, which does not exist or was deleted. Attach the note to an existing record.</source>
        <translation>La note concerne %1 %2, qui n&apos;existe pas ou a été supprimé. Rattachez la note à une fiche existante.</translation>
    </message>
    <message>
        <source>The term &quot;%1&quot;</source>
        <translation>Le terme «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The vocabulary &quot;%1&quot; already has a term &quot;%2&quot;. Choose another key.</source>
        <translation>Le vocabulaire «&#xa0;%1&#xa0;» contient déjà un terme «&#xa0;%2&#xa0;». Choisissez une autre clé.</translation>
    </message>
    <message>
        <source>A database statement failed. %1</source>
        <translation>Une instruction de la base de données a échoué. %1</translation>
    </message>
    <message>
        <source>The data file has no row count for the table %1, so the file may be damaged. Open a backup copy of the file.</source>
        <translation>Le fichier de données n&apos;a pas de nombre de lignes pour la table %1&#xa0;: il est peut-être endommagé. Ouvrez une copie de sauvegarde du fichier.</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program since you opened it, so this change was not saved. Reload the record to see the other change, then make your change again.</source>
        <translation>%1&#xa0;: la fiche a été modifiée dans une autre fenêtre ou un autre programme depuis que vous l&apos;avez ouverte&#xa0;; cette modification n&apos;a donc pas été enregistrée. Rechargez la fiche pour voir l&apos;autre modification, puis refaites la vôtre.</translation>
    </message>
    <message>
        <source>%1 belongs to the vocabulary &quot;%2&quot; and cannot move to &quot;%3&quot;.</source>
        <translation>%1 appartient au vocabulaire «&#xa0;%2&#xa0;» et ne peut pas passer dans «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The vocabulary &quot;%1&quot; already has a term &quot;%2&quot;, or had one that was deleted. Choose another key.</source>
        <translation>Le vocabulaire «&#xa0;%1&#xa0;» a déjà un terme «&#xa0;%2&#xa0;», ou en avait un qui a été supprimé. Choisissez une autre clé.</translation>
    </message>
    <message>
        <source>The term</source>
        <translation>Le terme</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not another term of the vocabulary &quot;%2&quot;. Choose a listed term to replace &quot;%3&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un autre terme du vocabulaire «&#xa0;%2&#xa0;». Choisissez un terme de la liste pour remplacer «&#xa0;%3&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>The term &quot;%1&quot; is used by %n record(s), so it was not deleted. Replace it with another term of the vocabulary first.</source>
        <translation>
            <numerusform>Le terme «&#xa0;%1&#xa0;» est utilisé par %n fiche&#xa0;; il n&apos;a donc pas été supprimé. Remplacez-le d&apos;abord par un autre terme du vocabulaire.</numerusform>
            <numerusform>Le terme «&#xa0;%1&#xa0;» est utilisé par %n fiches&#xa0;; il n&apos;a donc pas été supprimé. Remplacez-le d&apos;abord par un autre terme du vocabulaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>The term &quot;%1&quot; was changed in another window or program after it was deleted, so the deletion was not undone.</source>
        <translation>Le terme «&#xa0;%1&#xa0;» a été modifié dans une autre fenêtre ou un autre programme après sa suppression&#xa0;; la suppression n&apos;a donc pas été annulée.</translation>
    </message>
    <message>
        <source>No live term with id %1 exists in the vocabulary &quot;%2&quot;. Reload the terms and try again.</source>
        <translation>Aucun terme actif d&apos;identifiant %1 n&apos;existe dans le vocabulaire «&#xa0;%2&#xa0;». Rechargez les termes et réessayez.</translation>
    </message>
    <message>
        <source>%1 %2 belongs to a %3 that does not exist or was deleted. Restore the %3 first.</source>
        <translation>%1 %2 appartient à un(e) %3 qui n&apos;existe pas ou a été supprimé(e). Restaurez d&apos;abord le/la %3.</translation>
    </message>
    <message>
        <source>The list position does not belong to the list&apos;s sort order. Reload the list.</source>
        <translation>La position dans la liste ne correspond pas à l’ordre de tri de la liste. Rechargez la liste.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Suggestions</name>
    <message numerus="yes">
        <source>Funds %1 of the %n project holders in the same sectors (%2).</source>
        <translation>
            <numerusform>Finance %1 sur %n porteur de projet des mêmes secteurs (%2).</numerusform>
            <numerusform>Finance %1 des %n porteurs de projet des mêmes secteurs (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Supports %1 of the %n project holders in the same sectors (%2).</source>
        <translation>
            <numerusform>Accompagne %1 sur %n porteur de projet des mêmes secteurs (%2).</numerusform>
            <numerusform>Accompagne %1 des %n porteurs de projet des mêmes secteurs (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Works in the same sectors (%1).</source>
        <translation>Travaille dans les mêmes secteurs (%1).</translation>
    </message>
    <message>
        <source>Offers services that match its needs (%1).</source>
        <translation>Propose des services qui répondent à ses besoins (%1).</translation>
    </message>
    <message>
        <source>Already works with project holders at the same stage.</source>
        <translation>Travaille déjà avec des porteurs de projet au même stade.</translation>
    </message>
    <message>
        <source>No suggestions: %1 is not a project holder of the network shown. Choose a project holder, or clear the filters.</source>
        <translation>Aucune suggestion&#xa0;: %1 n&apos;est pas un porteur de projet du réseau affiché. Choisissez un porteur de projet, ou effacez les filtres.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::SyncEngine</name>
    <message>
        <source>Another sync of this file is running. Wait until it has finished, then sync again.</source>
        <translation>Une autre synchronisation de ce fichier est en cours. Attendez qu&apos;elle soit terminée, puis synchronisez à nouveau.</translation>
    </message>
    <message>
        <source>The sync was cancelled. Everything received so far is saved; sync again to continue.</source>
        <translation>La synchronisation a été annulée. Tout ce qui a été reçu jusqu&apos;ici est enregistré&#xa0;; synchronisez à nouveau pour continuer.</translation>
    </message>
    <message>
        <source>The server&apos;s list of changes did not come to an end after %1 pages: it went back to a position already received or past the number of changes it announced. Everything received so far is saved. Ask the server&apos;s administrator to check the server.</source>
        <translation>La liste des modifications du serveur ne s&apos;est pas terminée après %1 pages&#xa0;: elle est revenue à une position déjà reçue ou a dépassé le nombre de modifications annoncé. Tout ce qui a été reçu jusqu&apos;ici est enregistré. Demandez à l&apos;administrateur du serveur de vérifier le serveur.</translation>
    </message>
    <message>
        <source>The record breaks a rule of the local file (a required field is missing or refers to nothing), so it was not stored. Correct the record on the server.</source>
        <translation>La fiche enfreint une règle du fichier local (un champ obligatoire manque ou ne renvoie à rien), elle n&apos;a donc pas été enregistrée. Corrigez la fiche sur le serveur.</translation>
    </message>
    <message>
        <source>The server did not allow this change: %1</source>
        <translation>Le serveur n&apos;a pas autorisé cette modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server rejected this change (%1): %2</source>
        <translation>Le serveur a refusé cette modification (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only an administrator can delete records on the shared server. The server rejected this deletion, so the record was restored from the server&apos;s copy.</source>
        <translation>Seul un administrateur peut supprimer des fiches sur le serveur partagé. Le serveur a refusé cette suppression, la fiche a donc été restaurée à partir de la copie du serveur.</translation>
    </message>
    <message>
        <source>The file “%1” has %2, over the limit of %3 for files sent to the server, so this resource was not sent. Attach a smaller file or a link to the file instead.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» fait %2, au-delà de la limite de %3 pour les fichiers envoyés au serveur&#xa0;; cette ressource n&apos;a donc pas été envoyée. Joignez un fichier plus petit ou plutôt un lien vers le fichier.</translation>
    </message>
    <message>
        <source>The bytes of the file “%1” are missing from this file or do not match its SHA-256, so this resource was not sent. Attach the file again.</source>
        <translation>Les octets du fichier «&#xa0;%1&#xa0;» manquent dans ce fichier de données ou ne correspondent pas à son SHA-256&#xa0;; cette ressource n&apos;a donc pas été envoyée. Joignez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>The server sent the file “%1” of a resource with bytes that do not match its SHA-256. Sync again; if this repeats, attach the file again on the desktop that has it.</source>
        <translation>Le serveur a envoyé le fichier «&#xa0;%1&#xa0;» d&apos;une ressource avec des octets qui ne correspondent pas à son SHA-256. Synchronisez à nouveau&#xa0;; si cela se répète, joignez à nouveau le fichier sur l&apos;ordinateur qui l&apos;a.</translation>
    </message>
    <message>
        <source>No version of this record on the server names the file with the SHA-256 %1.</source>
        <translation>Aucune version de cette fiche sur le serveur ne mentionne le fichier avec le SHA-256 %1.</translation>
    </message>
    <message>
        <source>The file “%1” of the chosen version could not be read from the server, so the conflict stays open: %2 Resolve the conflict again once the server can be reached.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» de la version choisie n&apos;a pas pu être lu sur le serveur&#xa0;; le conflit reste donc ouvert&#xa0;: %2 Résolvez à nouveau le conflit quand le serveur sera joignable.</translation>
    </message>
    <message>
        <source>The file “%1” has not been received from the server yet, so this resource was not sent. A later sync sends it once the file arrives.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas encore été reçu du serveur&#xa0;; cette ressource n&apos;a donc pas été envoyée. Une synchronisation ultérieure l&apos;enverra dès que le fichier sera arrivé.</translation>
    </message>
    <message>
        <source>The server named the file “%1” with the invalid SHA-256 “%2”.</source>
        <translation>Le serveur a désigné le fichier « %1 » par le SHA-256 non valide « %2 ».</translation>
    </message>
    <message>
        <source>The file “%1” received from the server could not be written to the folder “%2”: %3. The earlier pages are saved, and this page is received again at the next sync once the folder is writable and its disk has free space of about twice the size of the page&apos;s files, which are staged there and then stored.</source>
        <translation>Le fichier « %1 » reçu du serveur n’a pas pu être écrit dans le dossier « %2 » : %3. Les pages précédentes sont enregistrées, et cette page sera reçue à nouveau à la prochaine synchronisation, dès que le dossier sera accessible en écriture et que son disque aura un espace libre d’environ deux fois la taille des fichiers de la page, qui y sont d’abord déposés puis enregistrés.</translation>
    </message>
    <message>
        <source>the folder is a symbolic link that could not be removed</source>
        <translation>le dossier est un lien symbolique qui n’a pas pu être supprimé</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>le dossier n’a pas pu être créé</translation>
    </message>
    <message>
        <source>The file “%1” received from the server changed in the folder “%2” before it was stored. Sync again.</source>
        <translation>Le fichier « %1 » reçu du serveur a été modifié dans le dossier « %2 » avant d’être enregistré. Synchronisez à nouveau.</translation>
    </message>
    <message>
        <source>The file “%1” received from the server could not be read from the folder “%2”: %3. Sync again.</source>
        <translation>Le fichier « %1 » reçu du serveur n’a pas pu être lu dans le dossier « %2 » : %3. Synchronisez à nouveau.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::SyncStore</name>
    <message>
        <source>Could not prepare a database query: %1.</source>
        <translation>Impossible de préparer une requête de base de données&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A database statement failed. %1</source>
        <translation>Une instruction de la base de données a échoué. %1</translation>
    </message>
    <message>
        <source>The pushed document has no valid id.</source>
        <translation>Le document envoyé n&apos;a pas d&apos;identifiant valide.</translation>
    </message>
    <message>
        <source>No open sync conflict exists for this record. It may have been resolved already; run a sync to see the current state.</source>
        <translation>Il n&apos;existe aucun conflit de synchronisation ouvert pour cette fiche. Il a peut-être déjà été résolu&#xa0;; lancez une synchronisation pour voir l&apos;état actuel.</translation>
    </message>
    <message>
        <source>The file “%1” of the chosen version is not stored on this computer, so the conflict stays open. Keep this computer&apos;s file, then attach “%1” again if you have it.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» de la version choisie n&apos;est pas conservé sur cet ordinateur&#xa0;; le conflit reste donc ouvert. Gardez le fichier de cet ordinateur, puis joignez à nouveau «&#xa0;%1&#xa0;» si vous l&apos;avez.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::TableDump</name>
    <message>
        <source>table %1, rowid %2: refers to a missing row of %3</source>
        <translation>table %1, rowid %2&#xa0;: renvoie à une ligne absente de %3</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::VCardExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;export a été annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Only people and organisations can be exported as vCards; leave other records out of the selection.</source>
        <translation>Seules les personnes et les organisations peuvent être exportées en vCard&#xa0;; retirez les autres fiches de la sélection.</translation>
    </message>
    <message>
        <source>Writing the vCard file failed: %1. Check that the disk is not full.</source>
        <translation>L&apos;écriture du fichier vCard a échoué&#xa0;: %1. Vérifiez que le disque n&apos;est pas plein.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::VCardParser</name>
    <message>
        <source>The file cannot be opened: %1. Check that it exists and that you may read it.</source>
        <translation>Impossible d&apos;ouvrir le fichier&#xa0;: %1. Vérifiez qu&apos;il existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>The file is empty. Choose a vCard file with at least one card.</source>
        <translation>Le fichier est vide. Choisissez un fichier vCard contenant au moins une fiche.</translation>
    </message>
    <message>
        <source>The card that begins on line %1 has no END:VCARD before the next card on line %2. Repair or remove that card and import again; nothing was imported.</source>
        <translation>La fiche qui commence à la ligne %1 n&apos;a pas de END:VCARD avant la fiche suivante, à la ligne %2. Corrigez ou supprimez cette fiche et relancez l&apos;importation&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>The card that begins on line %1 has no END:VCARD. Repair or remove that card and import again; nothing was imported.</source>
        <translation>La fiche qui commence à la ligne %1 n&apos;a pas de END:VCARD. Corrigez ou supprimez cette fiche et relancez l&apos;importation&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file contains no vCard (no BEGIN:VCARD line). Choose a vCard file.</source>
        <translation>Le fichier ne contient aucune vCard (pas de ligne BEGIN:VCARD). Choisissez un fichier vCard.</translation>
    </message>
    <message>
        <source>This is not a text file: line %1 contains a NUL byte. Choose a vCard file.</source>
        <translation>Ce n&apos;est pas un fichier texte&#xa0;: la ligne %1 contient un octet NUL. Choisissez un fichier vCard.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Core::Validation</name>
    <message>
        <source>The e-mail address &quot;%1&quot; is not valid. Write it as name@example.org or remove it.</source>
        <translation>L&apos;adresse e-mail «&#xa0;%1&#xa0;» n&apos;est pas valide. Écrivez-la sous la forme nom@exemple.org ou supprimez-la.</translation>
    </message>
    <message>
        <source>The website &quot;%1&quot; is not a valid web address. Write it as https://example.org or remove it.</source>
        <translation>Le site web «&#xa0;%1&#xa0;» n&apos;est pas une adresse web valide. Écrivez-le sous la forme https://exemple.org ou supprimez-le.</translation>
    </message>
    <message>
        <source>The organisation has no name. Enter its name.</source>
        <translation>L&apos;organisation n&apos;a pas de nom. Saisissez son nom.</translation>
    </message>
    <message>
        <source>The closing date %1 is before the founding date %2. Correct one of the two dates.</source>
        <translation>La date de fermeture %1 précède la date de fondation %2. Corrigez l&apos;une des deux dates.</translation>
    </message>
    <message>
        <source>The member count %1 is negative. Enter zero or more, or leave it empty when unknown.</source>
        <translation>Le nombre de membres %1 est négatif. Saisissez zéro ou plus, ou laissez le champ vide s&apos;il est inconnu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the 19 Brussels communes. Choose a commune from the list, or leave it empty outside the Brussels-Capital Region.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;une des 19 communes bruxelloises. Choisissez une commune dans la liste, ou laissez le champ vide hors de la Région de Bruxelles-Capitale.</translation>
    </message>
    <message>
        <source>The person has no name. Enter the name to show.</source>
        <translation>La personne n&apos;a pas de nom. Saisissez le nom à afficher.</translation>
    </message>
    <message>
        <source>The birthday &quot;%1&quot; is not a date. Write it as YYYY-MM-DD, or --MM-DD without a year.</source>
        <translation>La date de naissance «&#xa0;%1&#xa0;» n&apos;est pas une date. Écrivez-la sous la forme AAAA-MM-JJ, ou --MM-JJ sans l&apos;année.</translation>
    </message>
    <message>
        <source>The link needs a record at both ends. Choose the two records.</source>
        <translation>Le lien a besoin d&apos;une fiche à chaque extrémité. Choisissez les deux fiches.</translation>
    </message>
    <message>
        <source>The link goes from record %1 to itself. Choose another record for one end.</source>
        <translation>Le lien part de la fiche %1 et y revient. Choisissez une autre fiche pour l&apos;une des extrémités.</translation>
    </message>
    <message>
        <source>The link has no type. Choose one, such as &quot;supports&quot;.</source>
        <translation>Le lien n&apos;a pas de type. Choisissez-en un, comme «&#xa0;Soutient&#xa0;».</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2. Correct one of the two dates.</source>
        <translation>La date de fin %1 précède la date de début %2. Corrigez l&apos;une des deux dates.</translation>
    </message>
    <message>
        <source>The note is not attached to a record. Choose the record it is about.</source>
        <translation>La note n&apos;est rattachée à aucune fiche. Choisissez la fiche qu&apos;elle concerne.</translation>
    </message>
    <message>
        <source>The note is empty. Write its text.</source>
        <translation>La note est vide. Écrivez son texte.</translation>
    </message>
    <message>
        <source>The term belongs to no vocabulary. Choose one, such as &quot;sector&quot;.</source>
        <translation>Le terme n&apos;appartient à aucun vocabulaire. Choisissez-en un, comme «&#xa0;sector&#xa0;».</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is not valid. Use lowercase letters, digits and single hyphens, such as &quot;social-housing&quot;.</source>
        <translation>La clé «&#xa0;%1&#xa0;» n&apos;est pas valide. Utilisez des minuscules, des chiffres et des traits d&apos;union simples, comme «&#xa0;social-housing&#xa0;».</translation>
    </message>
    <message>
        <source>The term has no English label. Enter one.</source>
        <translation>Le terme n&apos;a pas de libellé anglais. Saisissez-en un.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value of the field &quot;%2&quot;. Choose one of: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur valide du champ «&#xa0;%2&#xa0;». Choisissez parmi&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 has no start time. Enter the day and time it starts.</source>
        <translation>%1 n&apos;a pas d&apos;heure de début. Saisissez le jour et l&apos;heure de début.</translation>
    </message>
    <message>
        <source>%1 has no end time. Enter the day and time it ends.</source>
        <translation>%1 n&apos;a pas d&apos;heure de fin. Saisissez le jour et l&apos;heure de fin.</translation>
    </message>
    <message>
        <source>%1 ends at %2, before it starts at %3. Correct the start or the end.</source>
        <translation>%1 se termine le %2, avant son début le %3. Corrigez le début ou la fin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone. Choose a zone such as Europe/Brussels.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu. Choisissez un fuseau comme Europe/Brussels.</translation>
    </message>
    <message>
        <source>The capacity %1 is below the %2 participants already registered. Raise the capacity or cancel registrations first.</source>
        <translation>La capacité %1 est inférieure aux %2 participants déjà inscrits. Augmentez la capacité ou annulez d&apos;abord des inscriptions.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is %2, over the limit of %3 for a resource. Attach a smaller file or give a link to it instead.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» fait %2, au-delà de la limite de %3 pour une ressource. Joignez un fichier plus petit ou donnez plutôt un lien vers celui-ci.</translation>
    </message>
    <message>
        <source>The workshop has no title. Enter its title.</source>
        <translation>L&apos;atelier n&apos;a pas de titre. Saisissez son titre.</translation>
    </message>
    <message>
        <source>The workshop</source>
        <translation>L&apos;atelier</translation>
    </message>
    <message>
        <source>The capacity %1 is negative. Enter the number of places, or leave it empty for no limit.</source>
        <translation>La capacité %1 est négative. Saisissez le nombre de places, ou laissez vide pour ne pas fixer de limite.</translation>
    </message>
    <message>
        <source>The participation belongs to no workshop. Choose the workshop.</source>
        <translation>La participation n&apos;est liée à aucun atelier. Choisissez l&apos;atelier.</translation>
    </message>
    <message>
        <source>The participation names no participant. Choose a person or an organisation.</source>
        <translation>La participation ne désigne aucun participant. Choisissez une personne ou une organisation.</translation>
    </message>
    <message>
        <source>The follow-up belongs to no workshop. Choose the workshop.</source>
        <translation>Le suivi n&apos;est lié à aucun atelier. Choisissez l&apos;atelier.</translation>
    </message>
    <message>
        <source>The follow-up has no title. Say what is to be done.</source>
        <translation>Le suivi n&apos;a pas de titre. Indiquez ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <source>The residency has no title. Enter its title.</source>
        <translation>La résidence n&apos;a pas de titre. Saisissez son titre.</translation>
    </message>
    <message>
        <source>The residency takes place in another city. Enter the name of the city.</source>
        <translation>La résidence a lieu dans une autre ville. Saisissez le nom de la ville.</translation>
    </message>
    <message>
        <source>The residency needs a first and a last day. Enter both dates.</source>
        <translation>La résidence doit avoir un premier et un dernier jour. Saisissez les deux dates.</translation>
    </message>
    <message>
        <source>The stay belongs to no residency. Choose the residency.</source>
        <translation>Le séjour n&apos;est lié à aucune résidence. Choisissez la résidence.</translation>
    </message>
    <message>
        <source>The stay names no person. Choose the cohort member.</source>
        <translation>Le séjour ne désigne aucune personne. Choisissez le membre de la cohorte.</translation>
    </message>
    <message>
        <source>The stay needs an arrival and a departure date. Enter both dates.</source>
        <translation>Le séjour doit avoir une date d&apos;arrivée et une date de départ. Saisissez les deux dates.</translation>
    </message>
    <message>
        <source>The programme item belongs to no residency. Choose the residency.</source>
        <translation>L&apos;élément du programme n&apos;est lié à aucune résidence. Choisissez la résidence.</translation>
    </message>
    <message>
        <source>The programme item has no title. Enter its title.</source>
        <translation>L&apos;élément du programme n&apos;a pas de titre. Saisissez son titre.</translation>
    </message>
    <message>
        <source>The programme item</source>
        <translation>L&apos;élément du programme</translation>
    </message>
    <message>
        <source>The budget line belongs to no residency. Choose the residency.</source>
        <translation>La ligne budgétaire n&apos;est liée à aucune résidence. Choisissez la résidence.</translation>
    </message>
    <message>
        <source>The budget line has no label. Say what the cost is for.</source>
        <translation>La ligne budgétaire n&apos;a pas de libellé. Indiquez à quoi sert la dépense.</translation>
    </message>
    <message>
        <source>The resource has no title. Enter its title.</source>
        <translation>La ressource n&apos;a pas de titre. Saisissez son titre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Write it as https://example.org/… or leave it empty.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web. Écrivez-la sous la forme https://example.org/… ou laissez vide.</translation>
    </message>
    <message>
        <source>The obstacle or opportunity has no title. Enter its title.</source>
        <translation>L&apos;obstacle ou l&apos;opportunité n&apos;a pas de titre. Saisissez son titre.</translation>
    </message>
    <message>
        <source>The dates are in the wrong order: %1 %2 is before %3 %4. Correct one of the two dates.</source>
        <translation>Les dates sont dans le mauvais ordre&#xa0;: %1 (%2) précède %3 (%4). Corrigez l&apos;une des deux dates.</translation>
    </message>
    <message>
        <source>The amount %1 in %2 is negative. Enter zero or more.</source>
        <translation>Le montant %1 indiqué pour %2 est négatif. Saisissez zéro ou plus.</translation>
    </message>
    <message>
        <source>The amount %1 in %2 is above the largest amount, %3. Check the amount.</source>
        <translation>Le montant %1 indiqué pour %2 dépasse le montant maximal, %3. Vérifiez le montant.</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>le premier jour</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>le dernier jour</translation>
    </message>
    <message>
        <source>arrival date</source>
        <translation>la date d&apos;arrivée</translation>
    </message>
    <message>
        <source>departure date</source>
        <translation>la date de départ</translation>
    </message>
    <message>
        <source>The stay from %1 to %2 is not within the residency, which runs from %3 to %4.</source>
        <translation>Le séjour du %1 au %2 n&apos;est pas compris dans la résidence, qui va du %3 au %4.</translation>
    </message>
    <message>
        <source>the planned amount</source>
        <translation>le montant prévu</translation>
    </message>
    <message>
        <source>the actual amount</source>
        <translation>le montant réel</translation>
    </message>
    <message>
        <source>Attendance is recorded only for registered participants, and this registration is &quot;%1&quot;. Set the attendance to &quot;%2&quot;, or register the participant first.</source>
        <translation>La présence n&apos;est enregistrée que pour les participants inscrits, et cette inscription est «&#xa0;%1&#xa0;». Mettez la présence à «&#xa0;%2&#xa0;», ou inscrivez d&apos;abord le participant.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ActivityCommands</name>
    <message>
        <source>%1 failed: %2. The change was not saved; correct the value or check that the store file is writable, then try again.</source>
        <translation>%1 a échoué&#xa0;: %2. La modification n&apos;a pas été enregistrée&#xa0;; corrigez la valeur ou vérifiez que le fichier de données est accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>Undo of %1</source>
        <translation>Annulation de %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ActivityFields</name>
    <message>
        <source>&quot;%1&quot; cannot be chosen here. Search again and choose a record of the kind asked for.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être choisi ici. Cherchez à nouveau et choisissez une fiche du type demandé.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ActivityFilterBar</name>
    <message>
        <source>Search titles, venues and themes</source>
        <translation>Rechercher dans les titres, lieux et thèmes</translation>
    </message>
    <message>
        <source>Search titles, cities and objectives</source>
        <translation>Rechercher dans les titres, villes et objectifs</translation>
    </message>
    <message>
        <source>Search the workshops</source>
        <translation>Rechercher dans les ateliers</translation>
    </message>
    <message>
        <source>Search the residencies</source>
        <translation>Rechercher dans les résidences</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>Filtrer par thème</translation>
    </message>
    <message>
        <source>Filter by city</source>
        <translation>Filtrer par ville</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Toutes les villes</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ActivityRecord</name>
    <message>
        <source>This kind of record is not edited here.</source>
        <translation>Ce type de fiche ne se modifie pas ici.</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>cohort member</source>
        <translation>membre de la cohorte</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::AddLinkDialog</name>
    <message>
        <source>Add Link to %1</source>
        <translation>Ajouter un lien à %1</translation>
    </message>
    <message>
        <source>%1 → chosen record</source>
        <translation>%1 → fiche choisie</translation>
    </message>
    <message>
        <source>chosen record → %1</source>
        <translation>fiche choisie → %1</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Fiche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::AddNoteDialog</name>
    <message>
        <source>Add Note to %1</source>
        <translation>Ajouter une note à %1</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::AnyRecord</name>
    <message>
        <source>Taxonomy terms are not edited here.</source>
        <translation>Les termes de taxonomie ne se modifient pas ici.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::AttendancePanel</name>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Attendance per theme</source>
        <translation>Présence par thème</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Attendance per workshop</source>
        <translation>Présence par atelier</translation>
    </message>
    <message>
        <source>Held workshops only: attended / registered.</source>
        <translation>Ateliers tenus uniquement&#xa0;: présents / inscrits.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per theme&lt;/b&gt;</source>
        <translation>&lt;b&gt;Par thème&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per workshop&lt;/b&gt;</source>
        <translation>&lt;b&gt;Par atelier&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(sans thème)</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::BarrierForm</name>
    <message>
        <source>Evidence: a note or a resource</source>
        <translation>Preuve&#xa0;: une note ou une ressource</translation>
    </message>
    <message>
        <source>Affected organisation</source>
        <translation>Organisation concernée</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Such as the Brussels Minister for the Economy</source>
        <translation>Par exemple le ministre bruxellois de l&apos;Économie</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuves&#xa0;:</translation>
    </message>
    <message>
        <source>Affected:</source>
        <translation>Concernés&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;commendation:</source>
        <translation>Re&amp;commandation&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;uthority:</source>
        <translation>A&amp;utorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Raised on:</source>
        <translation>&amp;Relevé le&#xa0;:</translation>
    </message>
    <message>
        <source>Save the obstacle or opportunity (%1)</source>
        <translation>Enregistrer l&apos;obstacle ou l&apos;opportunité (%1)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::BarrierTreeModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Relevé le</translation>
    </message>
    <message>
        <source>Reading the obstacles and opportunities failed: %1</source>
        <translation>La lecture des obstacles et opportunités a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>No domain</source>
        <translation>Sans domaine</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n élément</numerusform>
            <numerusform>%1&#xa0;: %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n project holder(s) affected</source>
        <translation>
            <numerusform>, %n porteur de projet concerné</numerusform>
            <numerusform>, %n porteurs de projet concernés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::BarriersPage</name>
    <message>
        <source>&amp;Group by domain</source>
        <translation>&amp;Grouper par domaine</translation>
    </message>
    <message>
        <source>Obstacles and opportunities</source>
        <translation>Obstacles et opportunités</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Delete Obstacle or Opportunity</source>
        <translation>Supprimer l&apos;obstacle ou l&apos;opportunité</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its notes? You can undo this with Edit &gt; Undo.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» avec ses notes&#xa0;? Vous pouvez l&apos;annuler avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them before leaving?</source>
        <translation>«&#xa0;%1&#xa0;» a des modifications non enregistrées. Les enregistrer avant de quitter&#xa0;?</translation>
    </message>
    <message>
        <source>Obstacle Not Saved</source>
        <translation>Obstacle non enregistré</translation>
    </message>
    <message>
        <source>The changes to the obstacle &quot;%1&quot; could not be saved, so it stays open. Correct the fields marked in the form, or press Revert, and try again.</source>
        <translation>Les modifications de l&apos;obstacle «&#xa0;%1&#xa0;» n&apos;ont pas pu être enregistrées&#xa0;; il reste donc ouvert. Corrigez les champs signalés dans le formulaire, ou appuyez sur Rétablir, puis réessayez.</translation>
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
        <translation>Séjourne aussi dans «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>Also registered for the workshop &quot;%1&quot; (%2).</source>
        <translation>Inscrit aussi à l&apos;atelier «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::BudgetPanel</name>
    <message>
        <source>Add Line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Lignes budgétaires</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Add a budget line, then type its label and amounts</source>
        <translation>Ajoutez une ligne budgétaire, puis saisissez son libellé et ses montants</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>Nouvelle ligne budgétaire</translation>
    </message>
    <message>
        <source>Category of %1</source>
        <translation>Catégorie de %1</translation>
    </message>
    <message>
        <source>Totals could not be read.</source>
        <translation>Les totaux n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Planned &lt;b&gt;%1&lt;/b&gt; · Actual &lt;b&gt;%2&lt;/b&gt; · Variance &lt;b&gt;&lt;span style=&quot;color:%4&quot;&gt;%3&lt;/span&gt;&lt;/b&gt;</source>
        <translation>Prévu &lt;b&gt;%1&lt;/b&gt; · Réel &lt;b&gt;%2&lt;/b&gt; · Écart &lt;b&gt;&lt;span style=&quot;color:%4&quot;&gt;%3&lt;/span&gt;&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>(%n line(s) without an actual amount)</source>
        <translation>
            <numerusform>(%n ligne sans montant réel)</numerusform>
            <numerusform>(%n lignes sans montant réel)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: planned %2, actual %3</source>
        <translation>%1&#xa0;: prévu %2, réel %3</translation>
    </message>
    <message>
        <source>Add the budget line &quot;%1&quot;</source>
        <translation>Ajouter la ligne budgétaire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Ligne %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Edit the budget line &quot;%1&quot;</source>
        <translation>Modifier la ligne budgétaire «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::CalendarExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Calendar (iCalendar)...</source>
        <translation>Ca&amp;lendrier (iCalendar)...</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n événement écrit dans %1</numerusform>
            <numerusform>%n événements écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2. Choose a folder where you may write and that has enough free space.</source>
        <translation>L&apos;écriture de «&#xa0;%1&#xa0;» a échoué&#xa0;: %2. Choisissez un dossier où vous pouvez écrire et qui a assez d&apos;espace libre.</translation>
    </message>
    <message>
        <source>&amp;All workshops and residencies</source>
        <translation>&amp;Tous les ateliers et résidences</translation>
    </message>
    <message>
        <source>Only &amp;between:</source>
        <translation>Uniquement e&amp;ntre&#xa0;:</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Fichier du calendrier</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>No store is open. Open a store, then export its calendar.</source>
        <translation>Aucun fichier de données n&apos;est ouvert. Ouvrez-en un, puis exportez son calendrier.</translation>
    </message>
    <message>
        <source>No file is chosen. Enter a file name or choose one with Browse...</source>
        <translation>Aucun fichier n&apos;est choisi. Saisissez un nom de fichier ou choisissez-en un avec Parcourir...</translation>
    </message>
    <message>
        <source>The last day %1 is before the first day %2. Choose a last day on or after the first day.</source>
        <translation>Le dernier jour %1 précède le premier jour %2. Choisissez un dernier jour égal ou postérieur au premier.</translation>
    </message>
    <message>
        <source>Only the items selected in the lists (none is selected)</source>
        <translation>Uniquement les éléments sélectionnés dans les listes (aucun n&apos;est sélectionné)</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n &amp;selected item(s) in the lists</source>
        <translation>
            <numerusform>Uniquement %n élément &amp;sélectionné dans les listes</numerusform>
            <numerusform>Uniquement les %n éléments &amp;sélectionnés dans les listes</numerusform>
        </translation>
    </message>
    <message>
        <source>Select workshops or residencies in their lists first, then open this dialog again.</source>
        <translation>Sélectionnez d&apos;abord des ateliers ou des résidences dans leurs listes, puis rouvrez cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::CalendarWidget</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
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
        <translation>Toute la journée</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n item(s)</source>
        <translation>
            <numerusform>%1, %n élément</numerusform>
            <numerusform>%1, %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ChartSaving</name>
    <message>
        <source>The chart could not be saved. Check that the folder exists and that you may write to it.</source>
        <translation>Le graphique n&apos;a pas pu être enregistré. Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Graphique non enregistré</translation>
    </message>
    <message>
        <source>Save Chart as PNG...</source>
        <translation>Enregistrer le graphique en PNG...</translation>
    </message>
    <message>
        <source>Save Chart as SVG...</source>
        <translation>Enregistrer le graphique en SVG...</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::CohortPanel</name>
    <message>
        <source>Add Cohort Member...</source>
        <translation>Ajouter un membre de la cohorte...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Project holder</source>
        <translation>Porteur de projet</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Person Already Booked</source>
        <translation>Personne déjà réservée</translation>
    </message>
    <message>
        <source>%1
Add this stay anyway?</source>
        <translation>%1
Ajouter ce séjour quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Add %1 to the cohort</source>
        <translation>Ajouter %1 à la cohorte</translation>
    </message>
    <message>
        <source>Add Cohort Member</source>
        <translation>Ajouter un membre de la cohorte</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <source>Project Holder</source>
        <translation>Porteur de projet</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne&#xa0;:</translation>
    </message>
    <message>
        <source>Project &amp;holder:</source>
        <translation>Porteur de pro&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>&amp;Arrivée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>&amp;Départ&#xa0;:</translation>
    </message>
    <message>
        <source>Stay Outside the Residency</source>
        <translation>Séjour hors de la résidence</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::DashboardWidget</name>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Par type</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Par stade</translation>
    </message>
    <message>
        <source>Group organisations</source>
        <translation>Grouper les organisations</translation>
    </message>
    <message>
        <source>Organisations over time</source>
        <translation>Organisations au fil du temps</translation>
    </message>
    <message>
        <source>Organisations per commune</source>
        <translation>Organisations par commune</translation>
    </message>
    <message>
        <source>Organisations over time:</source>
        <translation>Organisations au fil du temps&#xa0;:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Lecture des données…</translation>
    </message>
    <message>
        <source>Updating the charts…</source>
        <translation>Mise à jour des graphiques…</translation>
    </message>
    <message>
        <source>organisations-over-time</source>
        <translation>organisations-dans-le-temps</translation>
    </message>
    <message>
        <source>organisations-per-commune</source>
        <translation>organisations-par-commune</translation>
    </message>
    <message>
        <source>Organisations without a founding date, not shown: %1</source>
        <translation>Organisations sans date de fondation, non affichées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::DetailPane</name>
    <message>
        <source>Select a record in the list, or create one with Edit &gt; New.</source>
        <translation>Sélectionnez une fiche dans la liste, ou créez-en une avec Édition &gt; Nouveau.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>No record selected</source>
        <translation>Aucune fiche sélectionnée</translation>
    </message>
    <message>
        <source>The record could not be read: %1</source>
        <translation>Impossible de lire la fiche&#xa0;: %1</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nouveau lien</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add link &quot;%1&quot;</source>
        <translation>Ajouter le lien «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Drop the changes and read the saved values again</source>
        <translation>Abandonner les modifications et relire les valeurs enregistrées</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>«&#xa0;%1&#xa0;» a des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; cannot be saved because of these problems:
%2
Discard the changes, or cancel and correct the fields.</source>
        <translation>Les modifications de «&#xa0;%1&#xa0;» ne peuvent pas être enregistrées à cause des problèmes suivants&#xa0;:
%2
Abandonnez les modifications, ou annulez et corrigez les champs.</translation>
    </message>
    <message>
        <source>Record Changed Elsewhere</source>
        <translation>Fiche modifiée ailleurs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed in another window or program since you opened it, so your changes were not saved. Reload it to see the other change (your changes are dropped), or cancel to keep your changes on screen.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifiée dans une autre fenêtre ou un autre programme depuis que vous l&apos;avez ouverte&#xa0;: vos modifications n&apos;ont donc pas été enregistrées. Rechargez la fiche pour voir l&apos;autre modification (les vôtres seront abandonnées), ou annulez pour garder vos modifications à l&apos;écran.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ExportActions</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>List as &amp;CSV...</source>
        <translation>Liste en &amp;CSV...</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCard...</source>
        <translation>Contacts en &amp;vCard...</translation>
    </message>
    <message>
        <source>&amp;Back Up...</source>
        <translation>&amp;Sauvegarder...</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup...</source>
        <translation>&amp;Restaurer une sauvegarde...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with &quot;;&quot; (*.csv)</source>
        <translation>CSV pour Excel, UTF-8 avec «&#xa0;;&#xa0;» (*.csv)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 with &quot;,&quot; (*.csv)</source>
        <translation>CSV, UTF-8 avec «&#xa0;,&#xa0;» (*.csv)</translation>
    </message>
    <message>
        <source>Export List as CSV</source>
        <translation>Exporter la liste en CSV</translation>
    </message>
    <message>
        <source>list.csv</source>
        <translation>liste.csv</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The shown page has no list to export. Show a list and export again.</source>
        <translation>La page affichée n&apos;a pas de liste à exporter. Affichez une liste et exportez à nouveau.</translation>
    </message>
    <message>
        <source>No list is shown.</source>
        <translation>Aucune liste n&apos;est affichée.</translation>
    </message>
    <message>
        <source>Exporting the list...</source>
        <translation>Export de la liste...</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder.</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Export Contacts as vCard</source>
        <translation>Exporter les contacts en vCard</translation>
    </message>
    <message>
        <source>Export the selected contact or every contact?</source>
        <translation>Exporter le contact sélectionné ou tous les contacts&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Selected</source>
        <translation>&amp;Sélectionné</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Tous</translation>
    </message>
    <message>
        <source>vCard version:</source>
        <translation>Version vCard&#xa0;:</translation>
    </message>
    <message>
        <source>contacts.vcf</source>
        <translation>contacts.vcf</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>Fichiers vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>Exporting contacts...</source>
        <translation>Export des contacts...</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>CoopAtlas backups (*.json)</source>
        <translation>Sauvegardes CoopAtlas (*.json)</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Sauvegarde en cours...</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Save the Restored Store As</source>
        <translation>Enregistrer le fichier restauré sous</translation>
    </message>
    <message>
        <source>CoopAtlas stores (*.coopatlas)</source>
        <translation>Fichiers de données CoopAtlas (*.coopatlas)</translation>
    </message>
    <message>
        <source>%1 is the open store and cannot be replaced. Choose another file for the restored store.</source>
        <translation>%1 est le fichier de données ouvert et ne peut pas être remplacé. Choisissez un autre fichier pour la restauration.</translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>Restoring...</source>
        <translation>Restauration en cours...</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ExtraFieldsEdit</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Ajouter un champ</translation>
    </message>
    <message>
        <source>Add a custom field</source>
        <translation>Ajouter un champ personnalisé</translation>
    </message>
    <message>
        <source>Remove Field</source>
        <translation>Retirer le champ</translation>
    </message>
    <message>
        <source>Remove the selected custom field</source>
        <translation>Retirer le champ personnalisé sélectionné</translation>
    </message>
    <message>
        <source>This value is not text, so it is shown as JSON and saved unchanged. Remove the field to drop it.</source>
        <translation>Cette valeur n&apos;est pas du texte&#xa0;; elle est donc affichée en JSON et enregistrée telle quelle. Retirez le champ pour la supprimer.</translation>
    </message>
    <message>
        <source>The custom field in row %1 has a value but no name. Enter a name or remove the row.</source>
        <translation>Le champ personnalisé de la ligne %1 a une valeur mais pas de nom. Saisissez un nom ou retirez la ligne.</translation>
    </message>
    <message>
        <source>The custom field name &quot;%1&quot; is used twice. Rename or remove one of them.</source>
        <translation>Le nom de champ personnalisé «&#xa0;%1&#xa0;» est utilisé deux fois. Renommez ou retirez l&apos;un des deux.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::FirstStartBanner</name>
    <message>
        <source>Start with an Empty Store...</source>
        <translation>Commencer avec un fichier de données vide...</translation>
    </message>
    <message>
        <source>This store contains the sample data set.</source>
        <translation>Ce fichier de données contient le jeu de données d&apos;exemple.</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::FollowupsPanel</name>
    <message>
        <source>Add Follow-up...</source>
        <translation>Ajouter un suivi...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Due %1 days ago</source>
        <translation>Échue depuis %1 jours</translation>
    </message>
    <message>
        <source>Add the follow-up &quot;%1&quot;</source>
        <translation>Ajouter le suivi «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; done</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme fait</translation>
    </message>
    <message>
        <source>Reopen &quot;%1&quot;</source>
        <translation>Rouvrir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add Follow-up</source>
        <translation>Ajouter un suivi</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ImportDuplicatesPage</name>
    <message>
        <source>Check Likely Duplicates</source>
        <translation>Vérifier les doublons probables</translation>
    </message>
    <message>
        <source>Records that look like one already in the store or earlier in the file. Choose what to do with each.</source>
        <translation>Fiches qui ressemblent à une fiche déjà présente dans le fichier de données ou plus haut dans le fichier importé. Choisissez que faire de chacune.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Imported record</source>
        <translation>Fiche importée</translation>
    </message>
    <message>
        <source>Existing record</source>
        <translation>Fiche existante</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reading %1 and looking for duplicates...</source>
        <translation>Lecture de %1 et recherche des doublons...</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) read.</source>
        <translation>
            <numerusform>%n fiche lue.</numerusform>
            <numerusform>%n fiches lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s).</source>
        <translation>
            <numerusform>%n doublon probable.</numerusform>
            <numerusform>%n doublons probables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be skipped.</source>
        <translation>
            <numerusform>%n ligne sera ignorée.</numerusform>
            <numerusform>%n lignes seront ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>The file could not be imported: %1
Go back to choose another file or mapping.</source>
        <translation>Impossible d&apos;importer le fichier&#xa0;: %1
Revenez en arrière pour choisir un autre fichier ou une autre correspondance.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ImportFields</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Fondée le</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Date de fermeture</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Member count</source>
        <translation>Nombre de membres</translation>
    </message>
    <message>
        <source>Cooperative model</source>
        <translation>Modèle coopératif</translation>
    </message>
    <message>
        <source>Custom field (kept as is)</source>
        <translation>Champ personnalisé (conservé tel quel)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Additional names</source>
        <translation>Autres prénoms</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffixe</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation>Mois de naissance</translation>
    </message>
    <message>
        <source>Birth day of month</source>
        <translation>Jour de naissance</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Address: street</source>
        <translation>Adresse&#xa0;: rue</translation>
    </message>
    <message>
        <source>Address: street, second line</source>
        <translation>Adresse&#xa0;: rue, deuxième ligne</translation>
    </message>
    <message>
        <source>Address: locality</source>
        <translation>Adresse&#xa0;: localité</translation>
    </message>
    <message>
        <source>Address: region</source>
        <translation>Adresse&#xa0;: région</translation>
    </message>
    <message>
        <source>Address: postcode</source>
        <translation>Adresse&#xa0;: code postal</translation>
    </message>
    <message>
        <source>Address: country</source>
        <translation>Adresse&#xa0;: pays</translation>
    </message>
    <message>
        <source>Address: PO box</source>
        <translation>Adresse&#xa0;: boîte postale</translation>
    </message>
    <message>
        <source>Address: extended</source>
        <translation>Adresse&#xa0;: complément</translation>
    </message>
    <message>
        <source>Address: label</source>
        <translation>Adresse&#xa0;: libellé</translation>
    </message>
    <message>
        <source>Address: type</source>
        <translation>Adresse&#xa0;: type</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ImportFilePage</name>
    <message>
        <source>Choose a File</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>CSV files (comma or semicolon, UTF-8 or Windows-1252) and vCard files (versions 2.1, 3.0 and 4.0) can be imported.</source>
        <translation>Vous pouvez importer des fichiers CSV (virgule ou point-virgule, UTF-8 ou Windows-1252) et des fichiers vCard (versions 2.1, 3.0 et 4.0).</translation>
    </message>
    <message>
        <source>The file is read and checked first; nothing is written to the store before the last step.</source>
        <translation>Le fichier est d&apos;abord lu et vérifié&#xa0;; rien n&apos;est écrit dans le fichier de données avant la dernière étape.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Path of a .csv or .vcf file</source>
        <translation>Chemin d&apos;un fichier .csv ou .vcf</translation>
    </message>
    <message>
        <source>Import File</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <source>Contacts and directories (*.csv *.vcf *.vcard);;All files (*)</source>
        <translation>Contacts et annuaires (*.csv *.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ImportPreviewPage</name>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>&amp;Save Mapping...</source>
        <translation>&amp;Enregistrer la correspondance...</translation>
    </message>
    <message>
        <source>&amp;Load Mapping...</source>
        <translation>&amp;Charger une correspondance...</translation>
    </message>
    <message>
        <source>Check the Columns</source>
        <translation>Vérifier les colonnes</translation>
    </message>
    <message>
        <source>Choose the field that receives each column. Columns set to &quot;(not imported)&quot; are left out.</source>
        <translation>Choisissez le champ qui reçoit chaque colonne. Les colonnes réglées sur «&#xa0;(non importé)&#xa0;» sont laissées de côté.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>Importer comme&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is a vCard file: each card is imported as a person, so no column mapping is needed.</source>
        <translation>%1 est un fichier vCard&#xa0;: chaque fiche est importée comme une personne, aucune correspondance de colonnes n&apos;est donc nécessaire.</translation>
    </message>
    <message>
        <source>The file could not be read: %1
Choose another file or save it as CSV in UTF-8 and try again.</source>
        <translation>Impossible de lire le fichier&#xa0;: %1
Choisissez un autre fichier ou enregistrez-le en CSV UTF-8 et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), encoding %2, delimiter %3.</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne, encodage %2, séparateur %3.</numerusform>
            <numerusform>%1&#xa0;: %n lignes, encodage %2, séparateur %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapping Not Valid</source>
        <translation>Correspondance non valide</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Correspondances de colonnes (*.json)</translation>
    </message>
    <message>
        <source>Mapping Not Saved</source>
        <translation>Correspondance non enregistrée</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>Charger une correspondance</translation>
    </message>
    <message>
        <source>Mapping Not Loaded</source>
        <translation>Correspondance non chargée</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lecture de %1...</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1... %n row(s) so far.</source>
        <translation>
            <numerusform>Lecture de %1... %n ligne jusqu&apos;ici.</numerusform>
            <numerusform>Lecture de %1... %n lignes jusqu&apos;ici.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ImportRunPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Importation de %1...</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) created.</source>
        <translation>
            <numerusform>%n fiche créée.</numerusform>
            <numerusform>%n fiches créées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged into existing records.</source>
        <translation>
            <numerusform>%n fusionnée avec une fiche existante.</numerusform>
            <numerusform>%n fusionnées avec des fiches existantes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n ignorée.</numerusform>
            <numerusform>%n ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::KnowledgeCommands</name>
    <message>
        <source>%1 failed: %2. The change was not saved; correct the value named, or check that the store file is writable, and try again.</source>
        <translation>%1 a échoué&#xa0;: %2. La modification n&apos;a pas été enregistrée&#xa0;; corrigez la valeur indiquée, ou vérifiez que le fichier de données est accessible en écriture, et réessayez.</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::KnowledgePage</name>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Search titles, summaries, text and tags</source>
        <translation>Rechercher dans les titres, résumés, textes et étiquettes</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Rechercher dans la base de connaissances</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filtrer par langue</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Delete Resource</source>
        <translation>Supprimer la ressource</translation>
    </message>
    <message>
        <source>Delete the resource &quot;%1&quot; with its file and notes? You can undo this with Edit &gt; Undo.</source>
        <translation>Supprimer la ressource «&#xa0;%1&#xa0;» avec son fichier et ses notes&#xa0;? Vous pouvez l&apos;annuler avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The resource &quot;%1&quot; has unsaved changes. Save them before leaving?</source>
        <translation>La ressource «&#xa0;%1&#xa0;» a des modifications non enregistrées. Les enregistrer avant de quitter&#xa0;?</translation>
    </message>
    <message>
        <source>Resource Not Saved</source>
        <translation>Ressource non enregistrée</translation>
    </message>
    <message>
        <source>The changes to the resource &quot;%1&quot; could not be saved, so it stays open. Correct the fields marked in the form, or press Revert, and try again.</source>
        <translation>Les modifications de la ressource «&#xa0;%1&#xa0;» n&apos;ont pas pu être enregistrées&#xa0;; elle reste donc ouverte. Corrigez les champs signalés dans le formulaire, ou appuyez sur Rétablir, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::LinkForm</name>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Vers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>(unknown record %1)</source>
        <translation>(fiche inconnue %1)</translation>
    </message>
    <message>
        <source>C&amp;hange...</source>
        <translation>C&amp;hanger...</translation>
    </message>
    <message>
        <source>Ch&amp;ange...</source>
        <translation>Ch&amp;anger...</translation>
    </message>
    <message>
        <source>Choose another organisation or person as the start of the link</source>
        <translation>Choisir une autre organisation ou personne comme point de départ du lien</translation>
    </message>
    <message>
        <source>Choose another organisation or person as the end of the link</source>
        <translation>Choisir une autre organisation ou personne comme point d&apos;arrivée du lien</translation>
    </message>
    <message>
        <source>Choose the Start of the Link</source>
        <translation>Choisir le départ du lien</translation>
    </message>
    <message>
        <source>Choose the End of the Link</source>
        <translation>Choisir l&apos;arrivée du lien</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted. Choose another organisation or person, or restore it first.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé. Choisissez une autre organisation ou personne, ou restaurez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>No organisation or person with id %1 exists. Choose another record.</source>
        <translation>Aucune organisation ni personne n&apos;a l&apos;identifiant %1. Choisissez une autre fiche.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ListPanel</name>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrer la liste</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Type d&apos;organisation</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
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
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>List Not Read</source>
        <translation>Liste non lue</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Empty Store...</source>
        <translation>&amp;Nouveau fichier de données vide...</translation>
    </message>
    <message>
        <source>&amp;Open Store...</source>
        <translation>&amp;Ouvrir un fichier de données...</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importer...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Supprimer...</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>Re&amp;chercher...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>&amp;Liens</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About CoopAtlas</source>
        <translation>À &amp;propos de CoopAtlas</translation>
    </message>
    <message>
        <source>About CoopAtlas</source>
        <translation>À propos de CoopAtlas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CoopAtlas %1&lt;/h3&gt;&lt;p&gt;Tracks the ecosystem of cooperative digital platforms: organisations, people, the links between them and notes.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CoopAtlas %1&lt;/h3&gt;&lt;p&gt;Suit l&apos;écosystème des plateformes numériques coopératives&#xa0;: organisations, personnes, liens entre elles et notes.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New Link</source>
        <translation>Nouveau lien</translation>
    </message>
    <message>
        <source>Links are added from one of their ends: open an organisation or a person and choose &quot;Add Link...&quot;.</source>
        <translation>Un lien s&apos;ajoute depuis l&apos;une de ses extrémités&#xa0;: ouvrez une organisation ou une personne et choisissez «&#xa0;Ajouter un lien...&#xa0;».</translation>
    </message>
    <message>
        <source>Duplicate Failed</source>
        <translation>Échec de la duplication</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Vous pouvez annuler avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Delete Record</source>
        <translation>Supprimer la fiche</translation>
    </message>
    <message>
        <source>New Empty Store</source>
        <translation>Nouveau fichier de données vide</translation>
    </message>
    <message>
        <source>CoopAtlas stores (*.sqlite)</source>
        <translation>Fichiers de données CoopAtlas (*.sqlite)</translation>
    </message>
    <message>
        <source>File Exists</source>
        <translation>Le fichier existe</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the empty store, or open the existing file with File &gt; Open Store.</source>
        <translation>%1 existe déjà. Choisissez un nouveau nom pour le fichier de données vide, ou ouvrez le fichier existant avec Fichier &gt; Ouvrir un fichier de données.</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Ouvrir un fichier de données</translation>
    </message>
    <message>
        <source>CoopAtlas stores (*.sqlite);;All files (*)</source>
        <translation>Fichiers de données CoopAtlas (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Store Not Opened</source>
        <translation>Fichier de données non ouvert</translation>
    </message>
    <message>
        <source>%1 – CoopAtlas</source>
        <translation>%1 – CoopAtlas</translation>
    </message>
    <message numerus="yes">
        <source>Its %n link(s) will be deleted too.</source>
        <translation>
            <numerusform>%n lien de cette fiche sera aussi supprimé.</numerusform>
            <numerusform>%n liens de cette fiche seront aussi supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n note(s) will be deleted too.</source>
        <translation>
            <numerusform>%n note de cette fiche sera aussi supprimée.</numerusform>
            <numerusform>%n notes de cette fiche seront aussi supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened. %2
Choose another file.</source>
        <translation>Impossible d&apos;ouvrir %1. %2
Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>&amp;Taxonomies...</source>
        <translation>&amp;Taxonomies...</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>S&amp;ync Conflicts...</source>
        <translation>Conflits de s&amp;ynchronisation...</translation>
    </message>
    <message>
        <source>Activity &amp;Report...</source>
        <translation>&amp;Rapport d&apos;activité...</translation>
    </message>
    <message>
        <source>&amp;Knowledge Base</source>
        <translation>Base de &amp;connaissances</translation>
    </message>
    <message>
        <source>O&amp;bstacles</source>
        <translation>O&amp;bstacles</translation>
    </message>
    <message>
        <source>&amp;Workshops</source>
        <translation>Atel&amp;iers</translation>
    </message>
    <message>
        <source>&amp;Residencies</source>
        <translation>Rési&amp;dences</translation>
    </message>
    <message>
        <source>&amp;Network Map</source>
        <translation>Carte du &amp;réseau</translation>
    </message>
    <message>
        <source>Knowledge Base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Residencies</source>
        <translation>Résidences</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::MetricsPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Comma separated</source>
        <translation>Séparé par des virgules</translation>
    </message>
    <message>
        <source>Semicolon separated</source>
        <translation>Séparé par des points-virgules</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exporter en CSV...</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Computing the metrics…</source>
        <translation>Calcul des indicateurs…</translation>
    </message>
    <message>
        <source>Cancelled. The metrics are computed again when the network changes.</source>
        <translation>Annulé. Les indicateurs sont recalculés quand le réseau change.</translation>
    </message>
    <message>
        <source>The metrics could not be computed: %1</source>
        <translation>Les indicateurs n&apos;ont pas pu être calculés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 components, %2 clusters, modularity %3</source>
        <translation>%1 composantes, %2 groupes, modularité %3</translation>
    </message>
    <message>
        <source>All nodes (%1)</source>
        <translation>Tous les nœuds (%1)</translation>
    </message>
    <message>
        <source>Isolated project holders (%1)</source>
        <translation>Porteurs de projet isolés (%1)</translation>
    </message>
    <message>
        <source>Brokers (%1)</source>
        <translation>Intermédiaires (%1)</translation>
    </message>
    <message>
        <source>Cluster %1 (%2 members)</source>
        <translation>Groupe %1 (%2 membres)</translation>
    </message>
    <message>
        <source>Export Metrics</source>
        <translation>Exporter les indicateurs</translation>
    </message>
    <message>
        <source>network-metrics.csv</source>
        <translation>indicateurs-reseau.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Metrics Not Exported</source>
        <translation>Indicateurs non exportés</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::NetworkCanvas</name>
    <message>
        <source>Network map</source>
        <translation>Carte du réseau</translation>
    </message>
    <message>
        <source>The PNG image could not be written. Check that the folder exists and that you may write to it.</source>
        <translation>L&apos;image PNG n&apos;a pas pu être écrite. Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>The SVG file could not be written. Check that the folder exists and that you may write to it.</source>
        <translation>Le fichier SVG n&apos;a pas pu être écrit. Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>The SVG file is empty after writing. Check the free disk space.</source>
        <translation>Le fichier SVG est vide après l&apos;écriture. Vérifiez l&apos;espace disque libre.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::NetworkLegend</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::NetworkMapWidget</name>
    <message>
        <source>Colour by kind</source>
        <translation>Couleur par type</translation>
    </message>
    <message>
        <source>Colour by stage</source>
        <translation>Couleur par stade</translation>
    </message>
    <message>
        <source>Size by degree</source>
        <translation>Taille selon le degré</translation>
    </message>
    <message>
        <source>Size by betweenness</source>
        <translation>Taille selon l&apos;intermédiarité</translation>
    </message>
    <message>
        <source>Colour by community</source>
        <translation>Couleur par communauté</translation>
    </message>
    <message>
        <source>Betweenness and communities show once the metrics are computed.</source>
        <translation>L&apos;intermédiarité et les communautés s&apos;affichent une fois les indicateurs calculés.</translation>
    </message>
    <message>
        <source>Find a node</source>
        <translation>Trouver un nœud</translation>
    </message>
    <message>
        <source>No node is named like &quot;%1&quot;.</source>
        <translation>Aucun nœud ne porte un nom comme «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole network (Ctrl+0)</source>
        <translation>Afficher tout le réseau (Ctrl+0)</translation>
    </message>
    <message>
        <source>Lay Out Again</source>
        <translation>Redisposer</translation>
    </message>
    <message>
        <source>Export Image...</source>
        <translation>Exporter l&apos;image...</translation>
    </message>
    <message>
        <source>Links active on</source>
        <translation>Liens actifs le</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading the network…</source>
        <translation>Lecture du réseau…</translation>
    </message>
    <message>
        <source>Laying out the network…</source>
        <translation>Disposition du réseau…</translation>
    </message>
    <message>
        <source>Cancelled. Press Lay Out Again to start over.</source>
        <translation>Annulé. Cliquez sur Redisposer pour recommencer.</translation>
    </message>
    <message>
        <source>The network could not be drawn: %1</source>
        <translation>Le réseau n&apos;a pas pu être dessiné&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 nodes, %2 links</source>
        <translation>%1 nœuds, %2 liens</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>All link types</source>
        <translation>Tous les types de liens</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>No link has a start or end date.</source>
        <translation>Aucun lien n&apos;a de date de début ou de fin.</translation>
    </message>
    <message>
        <source>Replay the network: show only the links active on the chosen date.</source>
        <translation>Rejouer le réseau&#xa0;: n&apos;afficher que les liens actifs à la date choisie.</translation>
    </message>
    <message>
        <source>The pinned position was not saved: %1</source>
        <translation>La position épinglée n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pinned. Lay Out Again keeps this node where you dropped it.</source>
        <translation>Épinglé. Redisposer garde ce nœud là où vous l&apos;avez déposé.</translation>
    </message>
    <message>
        <source>Export Network Map</source>
        <translation>Exporter la carte du réseau</translation>
    </message>
    <message>
        <source>network-map.png</source>
        <translation>carte-reseau.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Image PNG (*.png);;Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Map Not Exported</source>
        <translation>Carte non exportée</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::NetworkWindow</name>
    <message>
        <source>Network – CoopAtlas</source>
        <translation>Réseau – CoopAtlas</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::OptionalDateEdit</name>
    <message>
        <source>Check to set a date</source>
        <translation>Cochez pour indiquer une date</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>Date connue</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>The stored date %1 is earlier than this field can show.</source>
        <translation>La date enregistrée %1 est antérieure à ce que ce champ peut afficher.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::OrganisationForm</name>
    <message>
        <source>SC, ASBL, SRL, ...</source>
        <translation>SC, ASBL, SRL, ...</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Forme juridique&#xa0;:</translation>
    </message>
    <message>
        <source>Sec&amp;tors:</source>
        <translation>Sec&amp;teurs&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>S&amp;tade&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Founded:</source>
        <translation>&amp;Fondée le&#xa0;:</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Fermée le&#xa0;:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>BE</source>
        <translation>BE</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Rue&#xa0;:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Code postal&#xa0;:</translation>
    </message>
    <message>
        <source>Locality:</source>
        <translation>Localité&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mmune:</source>
        <translation>Co&amp;mmune&#xa0;:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>https://..., separated by commas</source>
        <translation>https://..., séparés par des virgules</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>&amp;Websites:</source>
        <translation>&amp;Sites web&#xa0;:</translation>
    </message>
    <message>
        <source>E-&amp;mails:</source>
        <translation>E-&amp;mails&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Téléphones&#xa0;:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <source>fr, nl, en</source>
        <translation>fr, nl, en</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Cooperative &amp;model:</source>
        <translation>&amp;Modèle coopératif&#xa0;:</translation>
    </message>
    <message>
        <source>Member &amp;count:</source>
        <translation>&amp;Nombre de membres&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>Lan&amp;gues&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>(outside the Brussels Region)</source>
        <translation>(hors Région bruxelloise)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>F&amp;ields:</source>
        <translation>Ch&amp;amps&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ParticipantsPanel</name>
    <message>
        <source>Add Participant...</source>
        <translation>Ajouter un participant...</translation>
    </message>
    <message>
        <source>Cancel Registration</source>
        <translation>Annuler l&apos;inscription</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Register a person or organisation (Ctrl+Shift+P)</source>
        <translation>Inscrire une personne ou une organisation (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Cancel the selected registration; the first one waiting moves up</source>
        <translation>Annuler l&apos;inscription sélectionnée&#xa0;; la première personne en attente monte</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%1 places prises sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n inscrit</numerusform>
            <numerusform>%n inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n en attente</numerusform>
            <numerusform>, %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Présence de %1</translation>
    </message>
    <message>
        <source>%1 already takes part in this workshop. Change the registration in the table instead.</source>
        <translation>%1 participe déjà à cet atelier. Modifiez plutôt l&apos;inscription dans le tableau.</translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>Inscrire %1</translation>
    </message>
    <message>
        <source>The workshop is full: %1 is on the waiting list at position %2 and moves up when a registration is cancelled.</source>
        <translation>L&apos;atelier est complet&#xa0;: %1 est sur la liste d&apos;attente en position %2 et monte quand une inscription est annulée.</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>%1 est inscrit.</translation>
    </message>
    <message>
        <source>Cancel the registration of %1</source>
        <translation>Annuler l&apos;inscription de %1</translation>
    </message>
    <message>
        <source>The registration of %1 is cancelled.</source>
        <translation>L&apos;inscription de %1 est annulée.</translation>
    </message>
    <message>
        <source>The registration of %1 is cancelled; %2 moved up from the waiting list.</source>
        <translation>L&apos;inscription de %1 est annulée&#xa0;; %2 quitte la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>Marquer %1 comme %2</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Changer le rôle de %1</translation>
    </message>
    <message>
        <source>%1 is removed from the workshop.</source>
        <translation>%1 ne participe plus à l&apos;atelier.</translation>
    </message>
    <message>
        <source>%1 is removed from the workshop; %2 moved up from the waiting list.</source>
        <translation>%1 ne participe plus à l&apos;atelier&#xa0;; %2 quitte la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>Attendance is recorded only for registered participants. This participant is on the waiting list.</source>
        <translation>La présence n&apos;est enregistrée que pour les participants inscrits. Ce participant est sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>Attendance is recorded only for registered participants. This registration is cancelled.</source>
        <translation>La présence n&apos;est enregistrée que pour les participants inscrits. Cette inscription est annulée.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::PeriodChartsWidget</name>
    <message>
        <source>Per quarter</source>
        <translation>Par trimestre</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <source>All link types</source>
        <translation>Tous les types de liens</translation>
    </message>
    <message>
        <source>links-per-period</source>
        <translation>liens-par-periode</translation>
    </message>
    <message>
        <source>No link starts in this period</source>
        <translation>Aucun lien ne commence dans cette période</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Links started per quarter</source>
        <translation>Liens commencés par trimestre</translation>
    </message>
    <message>
        <source>Links started per year</source>
        <translation>Liens commencés par année</translation>
    </message>
    <message>
        <source>No project holder was founded in this period</source>
        <translation>Aucun porteur de projet n&apos;a été fondé dans cette période</translation>
    </message>
    <message>
        <source>project-holders-per-period</source>
        <translation>porteurs-de-projet-par-periode</translation>
    </message>
    <message>
        <source>No participant of a held workshop in this period</source>
        <translation>Aucun participant à un atelier tenu dans cette période</translation>
    </message>
    <message>
        <source>workshop-participants-per-period</source>
        <translation>participants-ateliers-par-periode</translation>
    </message>
    <message>
        <source>No residency starts in this period</source>
        <translation>Aucune résidence ne commence dans cette période</translation>
    </message>
    <message>
        <source>residencies-per-period</source>
        <translation>residences-par-periode</translation>
    </message>
    <message>
        <source>Link type:</source>
        <translation>Type de lien&#xa0;:</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>New project holders</source>
        <translation>Nouveaux porteurs de projet</translation>
    </message>
    <message>
        <source>Workshop participants</source>
        <translation>Participants aux ateliers</translation>
    </message>
    <message>
        <source>Residencies</source>
        <translation>Résidences</translation>
    </message>
    <message>
        <source>Events from</source>
        <translation>Événements du</translation>
    </message>
    <message>
        <source>Project holders founded per quarter, by sector</source>
        <translation>Porteurs de projet fondés par trimestre, par secteur</translation>
    </message>
    <message>
        <source>Project holders founded per year, by sector</source>
        <translation>Porteurs de projet fondés par année, par secteur</translation>
    </message>
    <message>
        <source>Other sectors</source>
        <translation>Autres secteurs</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Aucun secteur</translation>
    </message>
    <message>
        <source>Each project holder counts once, under its first sector.</source>
        <translation>Chaque porteur de projet compte une fois, dans son premier secteur.</translation>
    </message>
    <message>
        <source>Project holders without a founding date, not shown: %1.</source>
        <translation>Porteurs de projet sans date de fondation, non affichés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Workshop participants per quarter</source>
        <translation>Participants aux ateliers par trimestre</translation>
    </message>
    <message>
        <source>Workshop participants per year</source>
        <translation>Participants aux ateliers par année</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Distinct people and organisations registered for or attending held workshops. Each counts once per period. Held workshops: %1.</source>
        <translation>Personnes et organisations distinctes inscrites à des ateliers tenus ou présentes à ceux-ci. Chacune compte une fois par période. Ateliers tenus&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Residencies per quarter</source>
        <translation>Résidences par trimestre</translation>
    </message>
    <message>
        <source>Residencies per year</source>
        <translation>Résidences par année</translation>
    </message>
    <message>
        <source>Residencies started</source>
        <translation>Résidences commencées</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>A residency counts in the period of its first day, and cancelled residencies are left out. Participants are the distinct people of their stays.</source>
        <translation>Une résidence compte dans la période de son premier jour, et les résidences annulées sont exclues. Les participants sont les personnes distinctes de leurs séjours.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::PersonForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Civilité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Additional names:</source>
        <translation>Autres prénoms&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>Nom de &amp;famille&#xa0;:</translation>
    </message>
    <message>
        <source>Suffix:</source>
        <translation>Suffixe&#xa0;:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Surnom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>https://..., separated by commas</source>
        <translation>https://..., séparés par des virgules</translation>
    </message>
    <message>
        <source>fr, nl, en</source>
        <translation>fr, nl, en</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or --MM-DD</source>
        <translation>AAAA-MM-JJ ou --MM-JJ</translation>
    </message>
    <message>
        <source>E-&amp;mails:</source>
        <translation>E-&amp;mails&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Téléphones&#xa0;:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adresses&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Websites:</source>
        <translation>&amp;Sites web&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>Lan&amp;gues&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>Date de &amp;naissance&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <source>Consent and source</source>
        <translation>Consentement et source</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligation légale</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Intérêts vitaux</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Mission d&apos;intérêt public</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Base juridique&#xa0;:</translation>
    </message>
    <message>
        <source>Consent date:</source>
        <translation>Date du consentement&#xa0;:</translation>
    </message>
    <message>
        <source>Consent source:</source>
        <translation>Source du consentement&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>C&amp;hoose Photo...</source>
        <translation>C&amp;hoisir une photo...</translation>
    </message>
    <message>
        <source>Remo&amp;ve Photo</source>
        <translation>Reti&amp;rer la photo</translation>
    </message>
    <message>
        <source>Choose Photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Photo Not Used</source>
        <translation>Photo non utilisée</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. Choose a smaller image.</source>
        <translation>%1 dépasse %2&#xa0;Mo. Choisissez une image plus petite.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an image that CoopAtlas can read. Choose a PNG, JPEG, GIF or BMP file.</source>
        <translation>%1 n&apos;est pas une image que CoopAtlas peut lire. Choisissez un fichier PNG, JPEG, GIF ou BMP.</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>F&amp;ields:</source>
        <translation>Ch&amp;amps&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ProgrammePanel</name>
    <message>
        <source>Add Visit or Meeting...</source>
        <translation>Ajouter une visite ou une réunion...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>%1 (host: %2)</source>
        <translation>%1 (hôte&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to the programme</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» au programme</translation>
    </message>
    <message>
        <source>Add Visit or Meeting</source>
        <translation>Ajouter une visite ou une réunion</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start (%1):</source>
        <translation>&amp;Début (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End (%1):</source>
        <translation>&amp;Fin (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RecordCommands</name>
    <message>
        <source>%1 failed: %2. The change was not saved; check that the store file is writable and try again.</source>
        <translation>%1 a échoué&#xa0;: %2. La modification n&apos;a pas été enregistrée&#xa0;; vérifiez que le fichier de données est accessible en écriture et réessayez.</translation>
    </message>
    <message>
        <source>Undo of %1</source>
        <translation>Annulation de %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>%1 skipped: &quot;%2&quot; was changed in another window or by an import since then, so it was left as it is.</source>
        <translation>%1 ignoré&#xa0;: «&#xa0;%2&#xa0;» a été modifié depuis dans une autre fenêtre ou par une importation&#xa0;; il a donc été laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RecordForm</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RecordListModel</name>
    <message>
        <source>Could not read the list: %1</source>
        <translation>Impossible de lire la liste&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RecordPicker</name>
    <message>
        <source>Type to search organisations and people</source>
        <translation>Tapez pour chercher des organisations et des personnes</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
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
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Obstacle or opportunity</source>
        <translation>Obstacle ou opportunité</translation>
    </message>
    <message>
        <source>Type to search: %1</source>
        <translation>Tapez pour rechercher&#xa0;: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Matching records</source>
        <translation>Fiches correspondantes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
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
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Ajouter...</translation>
    </message>
    <message>
        <source>Remove the selected organisation</source>
        <translation>Retirer l&apos;organisation sélectionnée</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RelatedRecordsEdit</name>
    <message>
        <source>Add...</source>
        <translation>Ajouter...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Ajouter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove the selected record</source>
        <translation>Retirer la fiche sélectionnée</translation>
    </message>
    <message>
        <source>Unknown record %1</source>
        <translation>Fiche inconnue %1</translation>
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
        <translation>Ajouter un &amp;lien...</translation>
    </message>
    <message>
        <source>Add N&amp;ote...</source>
        <translation>Ajouter une n&amp;ote...</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the linked record</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir la fiche liée</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The links could not be read: %1</source>
        <translation>Impossible de lire les liens&#xa0;: %1</translation>
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
        <translation>Impossible de lire les notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1
By %2</source>
        <translation>%1
Par %2</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ReplaceTermDialog</name>
    <message>
        <source>&amp;Replace and Delete</source>
        <translation>&amp;Remplacer et supprimer</translation>
    </message>
    <message>
        <source>Delete Term</source>
        <translation>Supprimer le terme</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n record(s). Choose the term that replaces it in those records, and &quot;%1&quot; is deleted after that. Undo reverses both steps.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est utilisé par %n fiche. Choisissez le terme qui le remplace dans cette fiche&#xa0;; «&#xa0;%1&#xa0;» est ensuite supprimé. Annuler défait les deux étapes.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est utilisé par %n fiches. Choisissez le terme qui le remplace dans ces fiches&#xa0;; «&#xa0;%1&#xa0;» est ensuite supprimé. Annuler défait les deux étapes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;place with:</source>
        <translation>Rem&amp;placer par&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ReportDialog</name>
    <message>
        <source>Activity Report</source>
        <translation>Rapport d&apos;activité</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>From and to dates</source>
        <translation>Dates de début et de fin</translation>
    </message>
    <message>
        <source>Q1 (January–March)</source>
        <translation>T1 (janvier–mars)</translation>
    </message>
    <message>
        <source>Q2 (April–June)</source>
        <translation>T2 (avril–juin)</translation>
    </message>
    <message>
        <source>Q3 (July–September)</source>
        <translation>T3 (juillet–septembre)</translation>
    </message>
    <message>
        <source>Q4 (October–December)</source>
        <translation>T4 (octobre–décembre)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV files in a folder</source>
        <translation>Fichiers CSV dans un dossier</translation>
    </message>
    <message>
        <source>activity-report</source>
        <translation>rapport-activite</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>&amp;Write Report</source>
        <translation>&amp;Écrire le rapport</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Folder for the CSV Files</source>
        <translation>Dossier des fichiers CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>The end date comes before the start date. Swap the two dates.</source>
        <translation>La date de fin précède la date de début. Inversez les deux dates.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Choisissez où enregistrer le rapport.</translation>
    </message>
    <message>
        <source>Writing the report for %1...</source>
        <translation>Écriture du rapport pour %1...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le rapport n&apos;a pas été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report written to %1. There was no activity in this period.</source>
        <translation>Rapport écrit dans %1. Il n&apos;y a eu aucune activité pendant cette période.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <source>The report is written. Open it now?</source>
        <translation>Le rapport est écrit. L&apos;ouvrir maintenant&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ResidenciesPage</name>
    <message>
        <source>Residencies</source>
        <translation>Résidences</translation>
    </message>
    <message>
        <source>Residency tools</source>
        <translation>Outils des résidences</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New Residency</source>
        <translation>Nouvelle résidence</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Delete the residency &quot;%1&quot;?</source>
        <translation>Supprimer la résidence «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n cohort member(s), programme item(s) and budget line(s) will be deleted too.</source>
        <translation>
            <numerusform>%n membre de la cohorte, élément du programme ou ligne budgétaire sera aussi supprimé.</numerusform>
            <numerusform>Ses %n membres de la cohorte, éléments du programme et lignes budgétaires seront aussi supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Vous pouvez l&apos;annuler avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Delete Residency</source>
        <translation>Supprimer la résidence</translation>
    </message>
    <message>
        <source>Unsaved Residency</source>
        <translation>Résidence non enregistrée</translation>
    </message>
    <message>
        <source>The residency &quot;%1&quot; has unsaved changes. Save them before leaving?</source>
        <translation>La résidence «&#xa0;%1&#xa0;» a des modifications non enregistrées. Les enregistrer avant de quitter&#xa0;?</translation>
    </message>
    <message>
        <source>Timeline navigation</source>
        <translation>Navigation dans la chronologie</translation>
    </message>
    <message>
        <source>Residency Not Saved</source>
        <translation>Résidence non enregistrée</translation>
    </message>
    <message>
        <source>The changes to the residency &quot;%1&quot; could not be saved, so it stays open. Correct the fields marked in the form, or press Revert, and try again.</source>
        <translation>Les modifications de la résidence «&#xa0;%1&#xa0;» n&apos;ont pas pu être enregistrées&#xa0;; elle reste donc ouverte. Corrigez les champs signalés dans le formulaire, ou appuyez sur Rétablir, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ResidencyForm</name>
    <message>
        <source>Add Host Organisation</source>
        <translation>Ajouter une organisation hôte</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Add Note...</source>
        <translation>Ajouter une note...</translation>
    </message>
    <message>
        <source>Name of the city</source>
        <translation>Nom de la ville</translation>
    </message>
    <message>
        <source>City name</source>
        <translation>Nom de la ville</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Save the residency (%1)</source>
        <translation>Enregistrer la résidence (%1)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau hora&amp;ire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>&amp;Hôtes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objectifs&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Descri&amp;ption&#xa0;:</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>No residency selected</source>
        <translation>Aucune résidence sélectionnée</translation>
    </message>
    <message>
        <source>New Residency</source>
        <translation>Nouvelle résidence</translation>
    </message>
    <message>
        <source>Add the residency &quot;%1&quot;</source>
        <translation>Ajouter la résidence «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Note, %1: %2</source>
        <translation>Note, %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Link: %1 %2 %3</source>
        <translation>Lien&#xa0;: %1 %2 %3</translation>
    </message>
    <message>
        <source>Add a note to &quot;%1&quot;</source>
        <translation>Ajouter une note à «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ResidencyListModel</name>
    <message>
        <source>The residencies could not be read: %1. Check that the store file is readable and reopen it.</source>
        <translation>Les résidences n&apos;ont pas pu être lues&#xa0;: %1. Vérifiez que le fichier de données est lisible et rouvrez-le.</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Actual / planned</source>
        <translation>Réel / prévu</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ResourceForm</name>
    <message>
        <source>&amp;Attach...</source>
        <translation>&amp;Joindre...</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Enregistrer &amp;sous...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Related organisation, workshop or obstacle</source>
        <translation>Organisation, atelier ou obstacle lié</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>Comma-separated, such as statutes, governance</source>
        <translation>Séparées par des virgules, par exemple statuts, gouvernance</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Résu&amp;mé&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>Liés&#xa0;:</translation>
    </message>
    <message>
        <source>Save the resource (%1)</source>
        <translation>Enregistrer la ressource (%1)</translation>
    </message>
    <message>
        <source>Open the URL in the browser, or the file in its application</source>
        <translation>Ouvrir l&apos;URL dans le navigateur, ou le fichier dans son application</translation>
    </message>
    <message>
        <source>Files up to %1</source>
        <translation>Fichiers jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Choose a file to keep with the resource</source>
        <translation>Choisir un fichier à garder avec la ressource</translation>
    </message>
    <message>
        <source>Save a copy of the attached file</source>
        <translation>Enregistrer une copie du fichier joint</translation>
    </message>
    <message>
        <source>Remove the attached file when saving</source>
        <translation>Retirer le fichier joint à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Aucun fichier joint</translation>
    </message>
    <message>
        <source>Attach a File</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Save the File As</source>
        <translation>Enregistrer le fichier sous</translation>
    </message>
    <message>
        <source>Save As Failed</source>
        <translation>Échec de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; failed: %2. Check that the file still exists and that you may read it.</source>
        <translation>La lecture de «&#xa0;%1&#xa0;» a échoué&#xa0;: %2. Vérifiez que le fichier existe toujours et que vous pouvez le lire.</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2. Choose a folder where you may write and that has enough free space.</source>
        <translation>L&apos;écriture de «&#xa0;%1&#xa0;» a échoué&#xa0;: %2. Choisissez un dossier où vous pouvez écrire et qui a assez d&apos;espace libre.</translation>
    </message>
    <message>
        <source>Add resource &quot;%1&quot;</source>
        <translation>Ajouter la ressource «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit resource &quot;%1&quot;</source>
        <translation>Modifier la ressource «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Nothing to Open</source>
        <translation>Rien à ouvrir</translation>
    </message>
    <message>
        <source>The resource has neither a web address nor a file. Enter a URL or attach a file.</source>
        <translation>La ressource n&apos;a ni adresse web ni fichier. Saisissez une URL ou joignez un fichier.</translation>
    </message>
    <message>
        <source>Open Failed</source>
        <translation>Échec de l&apos;ouverture</translation>
    </message>
    <message>
        <source>No application opens &quot;%1&quot;. Use Save As... and open the copy with an application of your choice.</source>
        <translation>Aucune application n&apos;ouvre «&#xa0;%1&#xa0;». Utilisez Enregistrer sous... et ouvrez la copie avec l&apos;application de votre choix.</translation>
    </message>
    <message>
        <source>%1 (%2): file not yet received from the server</source>
        <translation>%1 (%2)&#xa0;: fichier pas encore reçu du serveur</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; has not been received from the server yet. Sync again, then open it.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;a pas encore été reçu du serveur. Synchronisez à nouveau, puis ouvrez-le.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::ResourceListModel</name>
    <message>
        <source>Reading the knowledge base failed: %1</source>
        <translation>La lecture de la base de connaissances a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée le</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::RowListEdit</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Retirer la ligne sélectionnée</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SearchPopup</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Search organisations, people and notes</source>
        <translation>Chercher des organisations, des personnes et des notes</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No record matches &quot;%1&quot;.</source>
        <translation>Aucune fiche ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Shown as the author of your changes and notes</source>
        <translation>Affiché comme auteur de vos modifications et de vos notes</translation>
    </message>
    <message>
        <source>The new language applies when CoopAtlas starts next time.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de CoopAtlas.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Sync Settings Not Saved</source>
        <translation>Paramètres de synchronisation non enregistrés</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SuggestionsPanel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Select a project holder on the map to see which support organisations and funders could help it.</source>
        <translation>Sélectionnez un porteur de projet sur la carte pour voir quelles structures d&apos;accompagnement et quels financeurs pourraient l&apos;aider.</translation>
    </message>
    <message>
        <source>No suggestions for %1: %2</source>
        <translation>Aucune suggestion pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No support organisation or funder to suggest for %1.</source>
        <translation>Aucune structure d&apos;accompagnement ni aucun financeur à suggérer pour %1.</translation>
    </message>
    <message>
        <source>Suggested support for %1:</source>
        <translation>Accompagnement suggéré pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Create the link &quot;%1&quot; from %2 to %3</source>
        <translation>Créer le lien «&#xa0;%1&#xa0;» de %2 vers %3</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Network suggestion</source>
        <translation>Suggestion du réseau</translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation>Lier %1 à %2</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SyncConflictsDialog</name>
    <message>
        <source>unknown author</source>
        <translation>auteur inconnu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Not Sent</source>
        <translation>Non envoyées</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fields in conflict</source>
        <translation>Champs en conflit</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits ouverts</translation>
    </message>
    <message>
        <source>Deleted on one side, edited on the other</source>
        <translation>Supprimée d&apos;un côté, modifiée de l&apos;autre</translation>
    </message>
    <message>
        <source>&amp;Keep (restore with the other edits)</source>
        <translation>&amp;Garder (restaurer avec les autres modifications)</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Valeur à garder</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Résoudre</translation>
    </message>
    <message>
        <source>Save the chosen values; the next sync sends them</source>
        <translation>Enregistrer les valeurs choisies&#xa0;; la prochaine synchronisation les envoie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Send the selected record again at the next sync, which starts now</source>
        <translation>Renvoyer la fiche sélectionnée lors de la prochaine synchronisation, qui démarre maintenant</translation>
    </message>
    <message>
        <source>The server rejected these records. Change the record as the reason says, or ask the server administrator, then retry.</source>
        <translation>Le serveur a refusé ces fiches. Modifiez la fiche comme l&apos;indique la raison, ou interrogez l&apos;administrateur du serveur, puis réessayez.</translation>
    </message>
    <message>
        <source>Conflicts Not Read</source>
        <translation>Conflits non lus</translation>
    </message>
    <message>
        <source>The sync conflicts could not be read from the file: %1</source>
        <translation>Les conflits de synchronisation n&apos;ont pas pu être lus dans le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <source>Not Sent (%1)</source>
        <translation>Non envoyées (%1)</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Aucun conflit ouvert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This computer: changed by %1. Server: changed by %2.</source>
        <translation>Cet ordinateur&#xa0;: modifiée par %1. Serveur&#xa0;: modifiée par %2.</translation>
    </message>
    <message>
        <source>This record was deleted on this computer and edited on the server.</source>
        <translation>Cette fiche a été supprimée sur cet ordinateur et modifiée sur le serveur.</translation>
    </message>
    <message>
        <source>This record was deleted on the server and edited on this computer.</source>
        <translation>Cette fiche a été supprimée sur le serveur et modifiée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Edited value</source>
        <translation>Valeur modifiée</translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation>Sélectionnez d&apos;abord un conflit.</translation>
    </message>
    <message>
        <source>Conflict Not Resolved</source>
        <translation>Conflit non résolu</translation>
    </message>
    <message>
        <source>The conflict of “%1” could not be resolved: %2</source>
        <translation>Le conflit de «&#xa0;%1&#xa0;» n&apos;a pas pu être résolu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Échec du nouvel essai</translation>
    </message>
    <message>
        <source>The record could not be marked for sending again: %1</source>
        <translation>La fiche n&apos;a pas pu être marquée pour un nouvel envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sites web</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Fondée le</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation>Champ personnalisé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Taxonomy term</source>
        <translation>Terme de taxonomie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type digits only, such as 12.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre. Tapez uniquement des chiffres, par exemple 12.</translation>
    </message>
    <message>
        <source>Could Not Be Read</source>
        <translation>Illisibles</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Identifiant de la fiche</translation>
    </message>
    <message>
        <source>Documents that could not be read</source>
        <translation>Documents qui n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <source>These documents were received from the server, but this computer could not read or store them, so their records stay as they were here. Ask whoever changed them to correct them on the server. The next sync after that reads them and removes them from this list.</source>
        <translation>Ces documents ont été reçus du serveur, mais cet ordinateur n&apos;a pas pu les lire ou les enregistrer&#xa0;; leurs fiches restent donc telles qu&apos;elles étaient ici. Demandez à la personne qui les a modifiés de les corriger sur le serveur. La synchronisation suivante les lira alors et les retirera de cette liste.</translation>
    </message>
    <message>
        <source>Could Not Be Read (%1)</source>
        <translation>Illisibles (%1)</translation>
    </message>
    <message>
        <source>Reading the chosen file from the server…</source>
        <translation>Lecture du fichier choisi sur le serveur…</translation>
    </message>
    <message>
        <source>Resolving the conflict</source>
        <translation>Résolution du conflit</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SyncController</name>
    <message>
        <source>No password is stored for %1 on this computer. Enter it to sync.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour %1 sur cet ordinateur. Saisissez-le pour synchroniser.</translation>
    </message>
    <message>
        <source>The password could not be read from the system keychain: %1 Unlock the keychain, or enter the password again.</source>
        <translation>Le mot de passe n&apos;a pas pu être lu dans le trousseau du système&#xa0;: %1 Déverrouillez le trousseau ou saisissez à nouveau le mot de passe.</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Aucun fichier n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>A sync or another conflict resolution is running. Resolve this conflict once it has finished.</source>
        <translation>Une synchronisation ou une autre résolution de conflit est en cours. Résolvez ce conflit une fois qu&apos;elle est terminée.</translation>
    </message>
    <message>
        <source>The file of the chosen version is stored on the server, and no server is set for this file, so the conflict stays open. Set the server in the sync settings, or keep this computer&apos;s file.</source>
        <translation>Le fichier de la version choisie est stocké sur le serveur, et aucun serveur n&apos;est défini pour ce fichier&#xa0;; le conflit reste donc ouvert. Définissez le serveur dans les paramètres de synchronisation, ou gardez le fichier de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SyncSettingsPage</name>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Sync when the file is &amp;opened</source>
        <translation>Synchroniser à l&apos;&amp;ouverture du fichier</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>A password is stored on this computer.</source>
        <translation>Un mot de passe est enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No password is stored on this computer.</source>
        <translation>Aucun mot de passe n&apos;est enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The system keychain could not be read.</source>
        <translation>Le trousseau du système n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>https://couch.example.org:6984</source>
        <translation>https://couch.example.org:6984</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Laisser vide pour garder le mot de passe enregistré</translation>
    </message>
    <message>
        <source>Only for a server with a private certificate authority</source>
        <translation>Seulement pour un serveur avec une autorité de certification privée</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoisir...</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>URL du &amp;serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier d&apos;&amp;autorité&#xa0;:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchroniser &amp;toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>The sync settings could not be read from the file: %1</source>
        <translation>Les paramètres de synchronisation n&apos;ont pas pu être lus dans le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sync settings could not be saved in the file: %1</source>
        <translation>Les paramètres de synchronisation n&apos;ont pas pu être enregistrés dans le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain: %1 Unlock the keychain and save again.</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré dans le trousseau du système&#xa0;: %1 Déverrouillez le trousseau et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Set the server, database and user name first.</source>
        <translation>Définissez d&apos;abord le serveur, la base de données et le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Checking the system keychain...</source>
        <translation>Vérification du trousseau du système...</translation>
    </message>
    <message>
        <source>The password could not be deleted from the system keychain: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être supprimé du trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificat d&apos;autorité</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Enter the server URL, the database and the user name.</source>
        <translation>Saisissez l&apos;URL du serveur, la base de données et le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Connexion à %1...</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>La connexion a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected as %1. The database is readable.</source>
        <translation>Connecté en tant que %1. La base de données est lisible.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::SyncStatusWidget</name>
    <message>
        <source>Syncing: pulling %1 of %2</source>
        <translation>Synchronisation&#xa0;: réception %1 sur %2</translation>
    </message>
    <message>
        <source>Syncing: pulling changes</source>
        <translation>Synchronisation&#xa0;: réception des modifications</translation>
    </message>
    <message>
        <source>Syncing: pushing %1 of %2</source>
        <translation>Synchronisation&#xa0;: envoi %1 sur %2</translation>
    </message>
    <message>
        <source>Syncing: pushing changes</source>
        <translation>Synchronisation&#xa0;: envoi des modifications</translation>
    </message>
    <message>
        <source>Syncing: finishing</source>
        <translation>Synchronisation&#xa0;: finalisation</translation>
    </message>
    <message>
        <source>Syncing: connecting</source>
        <translation>Synchronisation&#xa0;: connexion</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not sent</source>
        <translation>
            <numerusform>%n fiche non envoyée</numerusform>
            <numerusform>%n fiches non envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Stop the sync; what was received so far is kept</source>
        <translation>Arrêter la synchronisation&#xa0;; ce qui a déjà été reçu est gardé</translation>
    </message>
    <message>
        <source>Send and receive changes now (F9)</source>
        <translation>Envoyer et recevoir les modifications maintenant (F9)</translation>
    </message>
    <message>
        <source>Sync is not set up</source>
        <translation>La synchronisation n&apos;est pas configurée</translation>
    </message>
    <message>
        <source>Set Up...</source>
        <translation>Configurer...</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Up to date (%1)</source>
        <translation>À jour (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Offline: will retry in %n min</source>
        <translation>
            <numerusform>Hors ligne&#xa0;: nouvel essai dans %n min</numerusform>
            <numerusform>Hors ligne&#xa0;: nouvel essai dans %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: sync again when the network is back</source>
        <translation>Hors ligne&#xa0;: synchronisation au retour du réseau</translation>
    </message>
    <message>
        <source>Sync stopped: the password is missing or wrong</source>
        <translation>Synchronisation arrêtée&#xa0;: le mot de passe manque ou est erroné</translation>
    </message>
    <message>
        <source>Enter Password...</source>
        <translation>Saisir le mot de passe...</translation>
    </message>
    <message>
        <source>Sync stopped: the server certificate is not trusted</source>
        <translation>Synchronisation arrêtée&#xa0;: le certificat du serveur n&apos;est pas fiable</translation>
    </message>
    <message>
        <source>Check Certificate...</source>
        <translation>Vérifier le certificat...</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>La synchronisation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronisation annulée</translation>
    </message>
    <message>
        <source>Clock differs</source>
        <translation>Horloge décalée</translation>
    </message>
    <message>
        <source>Show the sync conflicts and the records the server rejected</source>
        <translation>Afficher les conflits de synchronisation et les fiches refusées par le serveur</translation>
    </message>
    <message>
        <source>Sync Password</source>
        <translation>Mot de passe de synchronisation</translation>
    </message>
    <message>
        <source>%1

Password of %2 on %3:</source>
        <translation>%1

Mot de passe de %2 sur %3&#xa0;:</translation>
    </message>
    <message>
        <source>Untrusted Server Certificate</source>
        <translation>Certificat de serveur non fiable</translation>
    </message>
    <message>
        <source>The server %1, port %2, presented a certificate that this computer does not trust, such as a self-signed one.</source>
        <translation>Le serveur %1, port %2, a présenté un certificat auquel cet ordinateur ne fait pas confiance, par exemple un certificat autosigné.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:
%1

Compare it with the fingerprint that your server administrator gave you. Trust the certificate only if they are the same. It is then trusted for this host and port only.</source>
        <translation>Empreinte SHA-256&#xa0;:
%1

Comparez-la avec l&apos;empreinte que l&apos;administrateur de votre serveur vous a donnée. Ne faites confiance au certificat que si elles sont identiques. Il est alors accepté pour cet hôte et ce port uniquement.</translation>
    </message>
    <message>
        <source>&amp;Trust and Sync</source>
        <translation>&amp;Faire confiance et synchroniser</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be read</source>
        <translation>
            <numerusform>%n document n&apos;a pas pu être lu</numerusform>
            <numerusform>%n documents n&apos;ont pas pu être lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::TaxonomyDialog</name>
    <message>
        <source>&amp;Add Term...</source>
        <translation>&amp;Ajouter un terme...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>Taxonomies</source>
        <translation>Taxonomies</translation>
    </message>
    <message>
        <source>Organisation kinds</source>
        <translation>Types d&apos;organisation</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stades</translation>
    </message>
    <message>
        <source>Link types</source>
        <translation>Types de lien</translation>
    </message>
    <message>
        <source>Cooperative models</source>
        <translation>Modèles coopératifs</translation>
    </message>
    <message>
        <source>Note kinds</source>
        <translation>Types de note</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>&amp;Vocabulary:</source>
        <translation>&amp;Vocabulaire&#xa0;:</translation>
    </message>
    <message>
        <source>Could not read the terms of &quot;%1&quot;: %2
Reopen the store and try again.</source>
        <translation>Impossible de lire les termes de «&#xa0;%1&#xa0;»&#xa0;: %2
Rouvrez le fichier de données et réessayez.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Delete the selected term (Del)</source>
        <translation>Supprimer le terme sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Move the selected term up (Ctrl+Up)</source>
        <translation>Monter le terme sélectionné (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move the selected term down (Ctrl+Down)</source>
        <translation>Descendre le terme sélectionné (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Could not count the records that use &quot;%1&quot;: %2</source>
        <translation>Impossible de compter les fiches qui utilisent «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Move term &quot;%1&quot;</source>
        <translation>Déplacer le terme «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::TermCommands</name>
    <message>
        <source>%1 failed.
%2</source>
        <translation>%1 a échoué.
%2</translation>
    </message>
    <message>
        <source>Undo of %1</source>
        <translation>Annulation de %1</translation>
    </message>
    <message>
        <source>Add term &quot;%1&quot;</source>
        <translation>Ajout du terme «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit term &quot;%1&quot;</source>
        <translation>Modification du terme «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete term &quot;%1&quot;</source>
        <translation>Suppression du terme «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Replace term &quot;%1&quot; with &quot;%2&quot;</source>
        <translation>Remplacement du terme «&#xa0;%1&#xa0;» par «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) changed since the replacement and kept their values.</source>
        <translation>
            <numerusform>%1&#xa0;: %n fiche modifiée depuis le remplacement a gardé ses valeurs.</numerusform>
            <numerusform>%1&#xa0;: %n fiches modifiées depuis le remplacement ont gardé leurs valeurs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::TermFormDialog</name>
    <message>
        <source>Add Term</source>
        <translation>Ajouter un terme</translation>
    </message>
    <message>
        <source>Edit Term</source>
        <translation>Modifier le terme</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>&amp;Anglais&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;French:</source>
        <translation>&amp;Français&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dutch:</source>
        <translation>&amp;Néerlandais&#xa0;:</translation>
    </message>
    <message>
        <source>A changed key is also written to every record that uses the term.</source>
        <translation>Une clé modifiée est aussi écrite dans chaque fiche qui utilise le terme.</translation>
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
        <translation>%1&#xa0;: arrive le %2, part le %3</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::TimelineWidget</name>
    <message>
        <source>Residency timeline</source>
        <translation>Chronologie des résidences</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter number, year</comment>
        <translation>T%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n double booking(s)</source>
        <translation>
            <numerusform>%n double réservation</numerusform>
            <numerusform>%n doubles réservations</numerusform>
        </translation>
    </message>
    <message>
        <source>Residency</source>
        <translation>Résidence</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No residency in this period.</source>
        <translation>Aucune résidence pendant cette période.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::WorkshopForm</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>All &amp;day</source>
        <translation>Toute la &amp;journée</translation>
    </message>
    <message>
        <source>Add Organiser</source>
        <translation>Ajouter un organisateur</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Save the workshop (%1)</source>
        <translation>Enregistrer l&apos;atelier (%1)</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organisateurs</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;xis:</source>
        <translation>A&amp;xe&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau hora&amp;ire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation>&amp;Organisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descri&amp;ption&#xa0;:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Follow-up Actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>No workshop selected</source>
        <translation>Aucun atelier sélectionné</translation>
    </message>
    <message>
        <source>New Workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>Add the workshop &quot;%1&quot;</source>
        <translation>Ajouter l&apos;atelier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: clocks go from %4 to %5. Choose a time before %4 or from %5 on.</source>
        <translation>%1 n&apos;existe pas le %2 dans le fuseau %3&#xa0;: l&apos;heure passe de %4 à %5. Choisissez une heure avant %4 ou à partir de %5.</translation>
    </message>
    <message>
        <source>clocks go back from %1 to %2</source>
        <translation>on recule l&apos;heure de %1 à %2</translation>
    </message>
    <message>
        <source>%1 occurs twice on %2 in %3 (%4): the second %1, after the change, is kept.</source>
        <translation>%1 existe deux fois le %2 dans le fuseau %3 (%4)&#xa0;: le second %1, après le changement d&apos;heure, est conservé.</translation>
    </message>
    <message>
        <source>%1 occurs twice on %2 in %3 (%4): the first %1, before the change, is used.</source>
        <translation>%1 existe deux fois le %2 dans le fuseau %3 (%4)&#xa0;: le premier %1, avant le changement d&apos;heure, est utilisé.</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::WorkshopListModel</name>
    <message>
        <source>The workshops could not be read: %1. Check that the store file is readable and reopen it.</source>
        <translation>Les ateliers n&apos;ont pas pu être lus&#xa0;: %1. Vérifiez que le fichier de données est lisible et rouvrez-le.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
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
        <translation>En attente (position %1)</translation>
    </message>
</context>
<context>
    <name>CoopAtlas::Ui::WorkshopsPage</name>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Workshop tools</source>
        <translation>Outils des ateliers</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New Workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Delete the workshop &quot;%1&quot;?</source>
        <translation>Supprimer l&apos;atelier «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n participation(s) will be deleted too.</source>
        <translation>
            <numerusform>%n participation sera aussi supprimée.</numerusform>
            <numerusform>Ses %n participations seront aussi supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n follow-up action(s) will be deleted too.</source>
        <translation>
            <numerusform>%n action de suivi sera aussi supprimée.</numerusform>
            <numerusform>Ses %n actions de suivi seront aussi supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Vous pouvez l&apos;annuler avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Delete Workshop</source>
        <translation>Supprimer l&apos;atelier</translation>
    </message>
    <message>
        <source>Unsaved Workshop</source>
        <translation>Atelier non enregistré</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; has unsaved changes. Save them before leaving?</source>
        <translation>L&apos;atelier «&#xa0;%1&#xa0;» a des modifications non enregistrées. Les enregistrer avant de quitter&#xa0;?</translation>
    </message>
    <message>
        <source>Calendar navigation</source>
        <translation>Navigation dans le calendrier</translation>
    </message>
    <message>
        <source>%1–%2 in Brussels</source>
        <translation>%1–%2, heure de Bruxelles</translation>
    </message>
    <message>
        <source>Workshop Not Saved</source>
        <translation>Atelier non enregistré</translation>
    </message>
    <message>
        <source>The changes to the workshop &quot;%1&quot; could not be saved, so it stays open. Correct the fields marked in the form, or press Revert, and try again.</source>
        <translation>Les modifications de l&apos;atelier «&#xa0;%1&#xa0;» n&apos;ont pas pu être enregistrées&#xa0;; il reste donc ouvert. Corrigez les champs signalés dans le formulaire, ou appuyez sur Rétablir, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>coopatlas-cli</name>
    <message numerus="yes">
        <source>%n record(s) changed here and on the server in different ways. Open CoopAtlas and choose the values to keep, or list them with &quot;coopatlas-cli conflicts&quot; and keep one side with &quot;coopatlas-cli resolve ID --take local|remote&quot;.</source>
        <translation>
            <numerusform>%n fiche a été modifiée différemment ici et sur le serveur. Ouvrez CoopAtlas et choisissez les valeurs à garder, ou listez-les avec «&#xa0;coopatlas-cli conflicts&#xa0;» et gardez un côté avec «&#xa0;coopatlas-cli resolve ID --take local|remote&#xa0;».</numerusform>
            <numerusform>%n fiches ont été modifiées différemment ici et sur le serveur. Ouvrez CoopAtlas et choisissez les valeurs à garder, ou listez-les avec «&#xa0;coopatlas-cli conflicts&#xa0;» et gardez un côté avec «&#xa0;coopatlas-cli resolve ID --take local|remote&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) synced earlier were missing on the server, as after a restore from an older backup, and were sent again.</source>
        <translation>
            <numerusform>%n fiche synchronisée auparavant manquait sur le serveur, comme après la restauration d’une sauvegarde plus ancienne, et a été envoyée à nouveau.</numerusform>
            <numerusform>%n fiches synchronisées auparavant manquaient sur le serveur, comme après la restauration d’une sauvegarde plus ancienne, et ont été envoyées à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were newer here than on the server, which went back to older values, and were sent again.</source>
        <translation>
            <numerusform>%n fiche était plus récente ici que sur le serveur, revenu à des valeurs plus anciennes, et a été envoyée à nouveau.</numerusform>
            <numerusform>%n fiches étaient plus récentes ici que sur le serveur, revenu à des valeurs plus anciennes, et ont été envoyées à nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Store Not Opened</source>
        <translation>Fichier de données non ouvert</translation>
    </message>
    <message>
        <source>%1 could not be opened. %2

You can also start CoopAtlas with --database and another file.</source>
        <translation>Impossible d&apos;ouvrir %1. %2

Vous pouvez aussi lancer CoopAtlas avec --database et un autre fichier.</translation>
    </message>
</context>
</TS>
