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
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Réception des modifications</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Envoi des modifications</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
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
        <source>The server URL “%1” is not valid: give it as https://HOST[:PORT] with --server.</source>
        <translation>L&apos;URL du serveur «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: donnez-la sous la forme https://HOST[:PORT] avec --server.</translation>
    </message>
    <message>
        <source>The server URL “%1” contains the path “%2”: give only https://HOST[:PORT] with --server, and the database name with --server-database.</source>
        <translation>L&apos;URL du serveur «&#xa0;%1&#xa0;» contient le chemin «&#xa0;%2&#xa0;»&#xa0;: donnez seulement https://HOST[:PORT] avec --server, et le nom de la base de données avec --server-database.</translation>
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
        <source>Resolves the sync conflict of one record. With local or remote, the conflicting fields take the values of this file (local) or of the server (remote), and changes made on one side only are kept. With a revision id listed by &quot;coopatlas-cli conflicts&quot;, that whole server revision is kept. The next sync sends the result.</source>
        <translation>Résout le conflit de synchronisation d&apos;une fiche. Avec local ou remote, les champs en conflit prennent les valeurs de ce fichier (local) ou du serveur (remote), et les modifications faites d&apos;un seul côté sont gardées. Avec un identifiant de révision listé par «&#xa0;coopatlas-cli conflicts&#xa0;», toute cette révision du serveur est gardée. La prochaine synchronisation envoie le résultat.</translation>
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
        <source>Could not read the data file. %1</source>
        <translation>Impossible de lire le fichier de données. %1</translation>
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
        <translation>&amp;Rechercher...</translation>
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
        <translation>&amp;Aide</translation>
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
    <name>coopatlas-cli</name>
    <message numerus="yes">
        <source>%n record(s) changed here and on the server in different ways. Open CoopAtlas and choose the values to keep, or list them with &quot;coopatlas-cli conflicts&quot; and keep one side with &quot;coopatlas-cli resolve ID --take local|remote&quot;.</source>
        <translation>
            <numerusform>%n fiche a été modifiée différemment ici et sur le serveur. Ouvrez CoopAtlas et choisissez les valeurs à garder, ou listez-les avec «&#xa0;coopatlas-cli conflicts&#xa0;» et gardez un côté avec «&#xa0;coopatlas-cli resolve ID --take local|remote&#xa0;».</numerusform>
            <numerusform>%n fiches ont été modifiées différemment ici et sur le serveur. Ouvrez CoopAtlas et choisissez les valeurs à garder, ou listez-les avec «&#xa0;coopatlas-cli conflicts&#xa0;» et gardez un côté avec «&#xa0;coopatlas-cli resolve ID --take local|remote&#xa0;».</numerusform>
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
