<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>dpp::AlarmService</name>
    <message>
        <location filename="../app/audit/AlarmService.cpp" line="298"/>
        <location filename="../app/audit/AlarmService.cpp" line="328"/>
        <source>There is no alarm %1.</source>
        <translation>Es gibt keinen Alarm %1.</translation>
    </message>
    <message>
        <location filename="../app/audit/AlarmService.cpp" line="319"/>
        <source>Write a note: what you checked and what you found.</source>
        <translation>Schreiben Sie eine Notiz: was Sie geprüft und was Sie gefunden haben.</translation>
    </message>
    <message>
        <location filename="../app/audit/AlarmService.cpp" line="330"/>
        <source>Alarm %1 was already acknowledged.</source>
        <translation>Alarm %1 wurde bereits bestätigt.</translation>
    </message>
    <message>
        <location filename="../app/audit/AlarmService.cpp" line="360"/>
        <source>A canary needs an object type and an id.</source>
        <translation>Ein Köder-Datensatz braucht einen Objekttyp und eine ID.</translation>
    </message>
    <message>
        <location filename="../app/audit/AlarmService.cpp" line="366"/>
        <source>This record is already a canary.</source>
        <translation>Dieser Datensatz ist bereits ein Köder-Datensatz.</translation>
    </message>
</context>
<context>
    <name>dpp::AtomicFile</name>
    <message>
        <location filename="../app/common/AtomicFile.cpp" line="18"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../app/common/AtomicFile.cpp" line="27"/>
        <source>Cannot write %1 (is the disk full?); the previous file is unchanged.</source>
        <translation>%1 lässt sich nicht schreiben (ist der Datenträger voll?); die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <location filename="../app/common/AtomicFile.cpp" line="39"/>
        <source>Cannot write %1 to the disk; the previous file is unchanged.</source>
        <translation>%1 lässt sich nicht auf den Datenträger schreiben; die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <location filename="../app/common/AtomicFile.cpp" line="47"/>
        <source>Cannot write %1 (%2); the previous file is unchanged.</source>
        <translation>%1 lässt sich nicht schreiben (%2); die bisherige Datei ist unverändert.</translation>
    </message>
</context>
<context>
    <name>dpp::AttemptLog</name>
    <message>
        <location filename="../app/auth/AttemptLog.cpp" line="51"/>
        <source>Cannot record the failed attempt in %1.</source>
        <translation>Der fehlgeschlagene Versuch lässt sich nicht in %1 aufzeichnen.</translation>
    </message>
    <message>
        <location filename="../app/auth/AttemptLog.cpp" line="60"/>
        <source>Cannot record the failed attempt in %1 (disk full?).</source>
        <translation>Der fehlgeschlagene Versuch lässt sich nicht in %1 aufzeichnen (Datenträger voll?).</translation>
    </message>
</context>
<context>
    <name>dpp::AuditLog</name>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="118"/>
        <source>The audit key in the database is damaged.</source>
        <translation>Der Audit-Schlüssel in der Datenbank ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="123"/>
        <source>The audit log has no key yet.</source>
        <translation>Das Audit-Protokoll hat noch keinen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="230"/>
        <source>The audit head file %1 is damaged or belongs to another database.</source>
        <translation>Die Audit-Kopfdatei %1 ist beschädigt oder gehört zu einer anderen Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="240"/>
        <source>The audit log was cut short: row %1, which the head kept outside vouches for, is gone.</source>
        <translation>Das Audit-Protokoll wurde gekürzt: Eintrag %1, für den die außerhalb abgelegte Kopfdatei bürgt, fehlt.</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="247"/>
        <source>The audit log was re-chained: row %1 is not the row the head kept outside vouches for.</source>
        <translation>Das Audit-Protokoll wurde neu verkettet: Eintrag %1 ist nicht der Eintrag, für den die außerhalb abgelegte Kopfdatei bürgt.</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="475"/>
        <source>the checkpoint left by pruning (row %1) was changed</source>
        <translation>der beim Bereinigen hinterlassene Prüfpunkt (Zeile %1) wurde verändert</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="496"/>
        <source>row %1 is missing (the log goes from row %2 to row %3)</source>
        <translation>Eintrag %1 fehlt (das Protokoll springt von Eintrag %2 zu Eintrag %3)</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="501"/>
        <source>row %1 is out of order</source>
        <translation>Eintrag %1 steht an der falschen Stelle</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="504"/>
        <source>row %1 was changed (its hash does not match its content)</source>
        <translation>Eintrag %1 wurde verändert (sein Hash passt nicht zu seinem Inhalt)</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="509"/>
        <source>row %1 does not follow row %2 (rows were removed or reordered)</source>
        <translation>Eintrag %1 folgt nicht auf Eintrag %2 (Einträge wurden entfernt oder umgestellt)</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="523"/>
        <source>the audit log is empty and its head file %1 is missing</source>
        <translation>das Audit-Protokoll ist leer, und seine Kopfdatei %1 fehlt</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="527"/>
        <source>the head file %1 that vouches for the log&apos;s end is missing</source>
        <translation>die Kopfdatei %1, die für das Ende des Protokolls bürgt, fehlt</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="537"/>
        <source>the head file %1 is damaged or belongs to another database</source>
        <translation>die Kopfdatei %1 ist beschädigt oder gehört zu einer anderen Datenbank</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="543"/>
        <source>the log was cut short: it ends at row %1, but the head kept outside says row %2</source>
        <translation>das Protokoll wurde gekürzt: Es endet bei Eintrag %1, die außerhalb abgelegte Kopfdatei nennt aber Eintrag %2</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="552"/>
        <source>row %1 is not the row the head kept outside vouches for (the log was re-chained)</source>
        <translation>Eintrag %1 ist nicht der Eintrag, für den die außerhalb abgelegte Kopfdatei bürgt (das Protokoll wurde neu verkettet)</translation>
    </message>
</context>
<context>
    <name>dpp::Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="267"/>
        <source>Wrong key, or not a DPP Console database: %1</source>
        <translation>Falscher Schlüssel oder keine DPP-Console-Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="194"/>
        <source>The database file %1 is empty; it is not a DPP Console database.</source>
        <translation>Die Datenbankdatei %1 ist leer; sie ist keine DPP-Console-Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="159"/>
        <location filename="../app/storage/Database.cpp" line="357"/>
        <source>The database key must be %1 bytes long.</source>
        <translation>Der Datenbankschlüssel muss %1 Byte lang sein.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="167"/>
        <source>plain SQLite</source>
        <translation>einfaches SQLite</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="167"/>
        <source>SQLCipher %1</source>
        <translation>SQLCipher %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="169"/>
        <source>This build uses %1; DPP Console needs SQLCipher %2 or newer.</source>
        <translation>Diese Ausgabe verwendet %1; DPP Console braucht SQLCipher %2 oder neuer.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="182"/>
        <source>The database file %1 does not exist.</source>
        <translation>Die Datenbankdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="184"/>
        <source>Cannot read the database file %1: %2</source>
        <translation>Die Datenbankdatei %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="188"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="199"/>
        <source>A file %1 from an older database lies beside %2; move it away first.</source>
        <translation>Neben %2 liegt eine Datei %1 von einer älteren Datenbank; verschieben Sie sie zuerst an einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="212"/>
        <source>The database file %1 already exists; DPP Console does not overwrite it.</source>
        <translation>Die Datenbankdatei %1 existiert bereits; DPP Console überschreibt sie nicht.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="215"/>
        <source>The folder for the database file %1 does not exist.</source>
        <translation>Der Ordner für die Datenbankdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="217"/>
        <source>Cannot create the database file %1: %2</source>
        <translation>Die Datenbankdatei %1 lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="224"/>
        <source>Cannot restrict the permissions of %1.</source>
        <translation>Die Zugriffsrechte von %1 lassen sich nicht einschränken.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="237"/>
        <source>Cannot open the database file %1: %2</source>
        <translation>Die Datenbankdatei %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="249"/>
        <source>Cannot set the database key: %1</source>
        <translation>Der Datenbankschlüssel lässt sich nicht setzen: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="265"/>
        <source>%1 is an unencrypted SQLite database, not a DPP Console database.</source>
        <translation>%1 ist eine unverschlüsselte SQLite-Datenbank, keine DPP-Console-Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="270"/>
        <source>Cannot read the database %1: %2</source>
        <translation>Die Datenbank %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="307"/>
        <source>Cannot apply the database setting &quot;%1&quot;: %2</source>
        <translation>Die Datenbankeinstellung „%1“ lässt sich nicht anwenden: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="312"/>
        <source>Cannot read the database setting &quot;%1&quot;: %2</source>
        <translation>Die Datenbankeinstellung „%1“ lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="316"/>
        <source>The database setting &quot;%1&quot; did not take effect (it reads &quot;%2&quot;).</source>
        <translation>Die Datenbankeinstellung „%1“ wurde nicht wirksam (sie lautet „%2“).</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="327"/>
        <source>A database command failed: %1</source>
        <translation>Ein Datenbankbefehl ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="340"/>
        <source>Cannot prepare a database statement: %1</source>
        <translation>Eine Datenbankanweisung lässt sich nicht vorbereiten: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="343"/>
        <source>The database statement is empty.</source>
        <translation>Die Datenbankanweisung ist leer.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="349"/>
        <source>A prepared database statement may hold only one SQL command.</source>
        <translation>Eine vorbereitete Datenbankanweisung darf nur einen SQL-Befehl enthalten.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="359"/>
        <source>The database key cannot be changed inside a transaction.</source>
        <translation>Der Datenbankschlüssel lässt sich nicht innerhalb einer Transaktion ändern.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="365"/>
        <source>Cannot prepare the database for a new key (is another program using it?): %1</source>
        <translation>Die Datenbank lässt sich nicht auf einen neuen Schlüssel vorbereiten (benutzt ein anderes Programm sie?): %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="379"/>
        <source>Cannot change the database key: %1</source>
        <translation>Der Datenbankschlüssel lässt sich nicht ändern: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="392"/>
        <source>The database file %1 has pages that do not authenticate: %2</source>
        <translation>Die Datenbankdatei %1 enthält Seiten, deren Authentifizierung fehlschlägt: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="400"/>
        <source>The database file %1 is damaged: %2</source>
        <translation>Die Datenbankdatei %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="414"/>
        <source>The write-ahead log could not be emptied because another connection is using the database.</source>
        <translation>Das Write-Ahead-Log ließ sich nicht leeren, weil eine andere Verbindung die Datenbank benutzt.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="417"/>
        <source>The write-ahead log could not be emptied: %1</source>
        <translation>Das Write-Ahead-Log ließ sich nicht leeren: %1</translation>
    </message>
</context>
<context>
    <name>dpp::KeySlotFile</name>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="228"/>
        <source>The slot secret has the wrong length.</source>
        <translation>Das Geheimnis des Schlüsselplatzes hat die falsche Länge.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="264"/>
        <source>The key slot&apos;s public key does not match its private key.</source>
        <translation>Der öffentliche Schlüssel des Schlüsselplatzes passt nicht zu seinem privaten Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="274"/>
        <source>Sealing a key to a slot failed.</source>
        <translation>Das Versiegeln eines Schlüssels für einen Schlüsselplatz ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="289"/>
        <source>This key slot holds no database key.</source>
        <translation>Dieser Schlüsselplatz enthält keinen Datenbankschlüssel.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="290"/>
        <source>This key slot holds no PII key.</source>
        <translation>Dieser Schlüsselplatz enthält keinen PII-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="358"/>
        <source>The key file %1 is missing.</source>
        <translation>Die Schlüsseldatei %1 fehlt.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="361"/>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Die Schlüsseldatei %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="365"/>
        <source>The key file %1 is too large to be a DPP Console key file.</source>
        <translation>Die Schlüsseldatei %1 ist zu groß für eine Schlüsseldatei von DPP Console.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="372"/>
        <source>The key file %1 is damaged (not valid JSON at byte %2); restore it from a backup copy.</source>
        <translation>Die Schlüsseldatei %1 ist beschädigt (kein gültiges JSON bei Byte %2); stellen Sie sie aus einer Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="382"/>
        <source>%1 is not a DPP Console key file.</source>
        <translation>%1 ist keine Schlüsseldatei von DPP Console.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="386"/>
        <source>The key file %1 has format version %2; this program reads version %3.</source>
        <translation>Die Schlüsseldatei %1 hat die Formatversion %2; dieses Programm liest Version %3.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="425"/>
        <source>The key file %1 is damaged (field %2); restore it from a backup copy.</source>
        <translation>Die Schlüsseldatei %1 ist beschädigt (Feld %2); stellen Sie sie aus einer Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="437"/>
        <source>The key file was changed outside DPP Console (its MAC does not match). Restore it from a backup copy and rotate the database key.</source>
        <translation>Die Schlüsseldatei wurde außerhalb von DPP Console verändert (ihr MAC stimmt nicht). Stellen Sie sie aus einer Sicherungskopie wieder her und erneuern Sie den Datenbankschlüssel.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="468"/>
        <source>The key slots that hold the PII key were changed outside DPP Console. Restore the key file from a backup copy and rotate the keys.</source>
        <translation>Die Schlüsselplätze mit dem PII-Schlüssel wurden außerhalb von DPP Console verändert. Stellen Sie die Schlüsseldatei aus einer Sicherungskopie wieder her und erneuern Sie die Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="546"/>
        <location filename="../app/crypto/KeySlotFile.cpp" line="561"/>
        <source>That is not a recovery key: it has 52 letters and digits 2-7 in groups of four.</source>
        <translation>Das ist kein Wiederherstellungsschlüssel: Er besteht aus 52 Buchstaben und Ziffern von 2 bis 7 in Vierergruppen.</translation>
    </message>
</context>
<context>
    <name>dpp::KeychainSecretStore</name>
    <message>
        <location filename="../app/crypto/KeychainSecretStore.cpp" line="30"/>
        <source>(Secret Service: %1)</source>
        <translation>(Secret Service: %1)</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeychainSecretStore.cpp" line="37"/>
        <source>No system keychain (Secret Service) is running: the scheduler&apos;s key slot cannot be used. Password slots still work.</source>
        <translation>Es läuft kein Schlüsselbund des Systems (Secret Service): Der Schlüsselplatz des Zeitplaners kann nicht benutzt werden. Passwort-Schlüsselplätze funktionieren weiterhin.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeychainSecretStore.cpp" line="45"/>
        <source>The system keychain is locked: unlock it (sign in to the desktop session that owns it) and try again. The scheduler&apos;s key slot cannot be used until then; password slots still work.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt: Entsperren Sie ihn (melden Sie sich in der Desktop-Sitzung an, der er gehört) und versuchen Sie es erneut. Bis dahin kann der Schlüsselplatz des Zeitplaners nicht benutzt werden; Passwort-Schlüsselplätze funktionieren weiterhin.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeychainSecretStore.cpp" line="57"/>
        <source>The system keychain holds no entry &quot;%1&quot;.</source>
        <translation>Der Schlüsselbund des Systems enthält keinen Eintrag „%1“.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeychainSecretStore.cpp" line="72"/>
        <source>The system keychain could not delete the entry &quot;%1&quot;.</source>
        <translation>Der Schlüsselbund des Systems konnte den Eintrag „%1“ nicht löschen.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeychainSecretStore.cpp" line="78"/>
        <source>The system keychain failed.</source>
        <translation>Im Schlüsselbund des Systems ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeychainSecretStore.cpp" line="89"/>
        <source>Internal error: the system keychain needs a QCoreApplication.</source>
        <translation>Interner Fehler: Der Schlüsselbund des Systems braucht eine QCoreApplication.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeychainSecretStore.cpp" line="92"/>
        <source>Internal error: the system keychain was used outside the application thread.</source>
        <translation>Interner Fehler: Der Schlüsselbund des Systems wurde außerhalb des Anwendungs-Threads benutzt.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeychainSecretStore.cpp" line="95"/>
        <source>A keychain entry needs a name.</source>
        <translation>Ein Schlüsselbund-Eintrag braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeychainSecretStore.cpp" line="130"/>
        <source>The system keychain did not answer (waited %1 s).</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet (%1 s gewartet).</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeychainSecretStore.cpp" line="180"/>
        <source>the system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>dpp::PasswordPolicy</name>
    <message>
        <location filename="../app/auth/PasswordPolicy.cpp" line="110"/>
        <source>The password must have at least 12 characters.</source>
        <translation>Das Passwort muss mindestens 12 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../app/auth/PasswordPolicy.cpp" line="115"/>
        <source>The password must mix at least three of: lower-case letters, capitals, digits, other characters.</source>
        <translation>Das Passwort muss mindestens drei dieser Arten mischen: Kleinbuchstaben, Großbuchstaben, Ziffern, andere Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/auth/PasswordPolicy.cpp" line="129"/>
        <source>The password must not contain the user name.</source>
        <translation>Das Passwort darf den Benutzernamen nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../app/auth/PasswordPolicy.cpp" line="138"/>
        <source>This password is easy to guess: it is on a list of the most common passwords, perhaps with a few digits or symbols added. Choose a different one.</source>
        <translation>Dieses Passwort ist leicht zu erraten: Es steht auf einer Liste der häufigsten Passwörter, vielleicht mit ein paar angehängten Ziffern oder Zeichen. Wählen Sie ein anderes.</translation>
    </message>
</context>
<context>
    <name>dpp::PasswordStrength</name>
    <message>
        <location filename="../app/auth/PasswordStrength.cpp" line="50"/>
        <source>Poor</source>
        <translation>Unzureichend</translation>
    </message>
    <message>
        <location filename="../app/auth/PasswordStrength.cpp" line="52"/>
        <source>Fair</source>
        <translation>Ausreichend</translation>
    </message>
    <message>
        <location filename="../app/auth/PasswordStrength.cpp" line="54"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../app/auth/PasswordStrength.cpp" line="56"/>
        <source>Excellent</source>
        <translation>Sehr gut</translation>
    </message>
    <message>
        <location filename="../app/auth/PasswordStrength.cpp" line="63"/>
        <source>This password is easy to guess: it is built from common words, names, dates, keyboard patterns or repeats. Add more unrelated words.</source>
        <translation>Dieses Passwort ist leicht zu erraten: Es besteht aus gängigen Wörtern, Namen, Daten, Tastaturmustern oder Wiederholungen. Fügen Sie weitere Wörter hinzu, die nichts miteinander zu tun haben.</translation>
    </message>
</context>
<context>
    <name>dpp::QrCode</name>
    <message>
        <location filename="../app/auth/QrCode.cpp" line="40"/>
        <source>There is nothing to put in the QR code.</source>
        <translation>Es gibt nichts, was in den QR-Code aufgenommen werden könnte.</translation>
    </message>
    <message>
        <location filename="../app/auth/QrCode.cpp" line="43"/>
        <location filename="../app/auth/QrCode.cpp" line="55"/>
        <source>The text is too long for a QR code: %1 bytes, at most %2 fit.</source>
        <translation>Der Text ist zu lang für einen QR-Code: %1 Bytes, höchstens %2 passen hinein.</translation>
    </message>
    <message>
        <location filename="../app/auth/QrCode.cpp" line="60"/>
        <source>The QR code could not be made: %1</source>
        <translation>Der QR-Code konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>dpp::RecoveryCodes</name>
    <message>
        <location filename="../app/auth/RecoveryCodes.cpp" line="19"/>
        <source>The recovery code is wrong or has already been used.</source>
        <translation>Der Wiederherstellungscode ist falsch oder wurde bereits verwendet.</translation>
    </message>
    <message>
        <location filename="../app/auth/RecoveryCodes.cpp" line="77"/>
        <source>Could not make the recovery codes (out of memory).</source>
        <translation>Die Wiederherstellungscodes konnten nicht erzeugt werden (zu wenig Arbeitsspeicher).</translation>
    </message>
</context>
<context>
    <name>dpp::Roles</name>
    <message>
        <location filename="../app/auth/Permission.cpp" line="153"/>
        <source>Data Protection Officer</source>
        <translation>Datenschutzbeauftragte(r)</translation>
    </message>
    <message>
        <location filename="../app/auth/Permission.cpp" line="155"/>
        <source>Operator</source>
        <translation>Auftragsbearbeitung</translation>
    </message>
    <message>
        <location filename="../app/auth/Permission.cpp" line="157"/>
        <source>Warehouse manager</source>
        <translation>Lagerleitung</translation>
    </message>
    <message>
        <location filename="../app/auth/Permission.cpp" line="159"/>
        <source>Incident responder</source>
        <translation>Incident Response</translation>
    </message>
    <message>
        <location filename="../app/auth/Permission.cpp" line="161"/>
        <source>Auditor</source>
        <translation>Prüfung (Audit)</translation>
    </message>
    <message>
        <location filename="../app/auth/Permission.cpp" line="163"/>
        <source>IT administrator</source>
        <translation>IT-Administration</translation>
    </message>
    <message>
        <location filename="../app/auth/Permission.cpp" line="165"/>
        <source>Scheduler (service)</source>
        <translation>Zeitplaner (Dienst)</translation>
    </message>
</context>
<context>
    <name>dpp::Schema</name>
    <message>
        <location filename="../app/storage/Schema.cpp" line="89"/>
        <source>Cannot read the schema version of the database.</source>
        <translation>Die Schemaversion der Datenbank lässt sich nicht lesen.</translation>
    </message>
    <message>
        <location filename="../app/storage/Schema.cpp" line="115"/>
        <source>Updating the database to schema version %1 (%2) failed; it stays at version %3. %4</source>
        <translation>Die Aktualisierung der Datenbank auf Schemaversion %1 (%2) ist fehlgeschlagen; sie bleibt auf Version %3. %4</translation>
    </message>
    <message>
        <location filename="../app/storage/Schema.cpp" line="133"/>
        <source>The schema steps are not numbered 1, 2, 3, ... in order.</source>
        <translation>Die Schemaschritte sind nicht der Reihe nach mit 1, 2, 3, … nummeriert.</translation>
    </message>
    <message>
        <location filename="../app/storage/Schema.cpp" line="140"/>
        <source>There is no schema version %1 (the latest is %2).</source>
        <translation>Es gibt keine Schemaversion %1 (die neueste ist %2).</translation>
    </message>
    <message>
        <location filename="../app/storage/Schema.cpp" line="147"/>
        <source>The database was made by a newer DPP Console (schema version %1; this version knows up to %2). Update DPP Console to open it.</source>
        <translation>Die Datenbank wurde von einer neueren DPP Console angelegt (Schemaversion %1; diese Version kennt Versionen bis %2). Aktualisieren Sie DPP Console, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../app/storage/Schema.cpp" line="153"/>
        <source>The database is at schema version %1, newer than the requested %2; a database is never downgraded.</source>
        <translation>Die Datenbank hat Schemaversion %1, neuer als die verlangte %2; eine Datenbank wird nie auf eine ältere Version zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>dpp::Session</name>
    <message>
        <location filename="../app/auth/Session.cpp" line="25"/>
        <source>%1 may not do this: it needs the permission &quot;%2&quot;, which none of their roles grants.</source>
        <translation>%1 darf das nicht: Dafür ist die Berechtigung „%2“ nötig, die keine der Rollen gewährt.</translation>
    </message>
</context>
<context>
    <name>dpp::Statement</name>
    <message>
        <location filename="../app/storage/Statement.cpp" line="127"/>
        <location filename="../app/storage/Statement.cpp" line="158"/>
        <source>The database statement is not prepared.</source>
        <translation>Die Datenbankanweisung ist nicht vorbereitet.</translation>
    </message>
    <message>
        <location filename="../app/storage/Statement.cpp" line="131"/>
        <source>Cannot bind parameter %1 of a database statement: %2</source>
        <translation>Parameter %1 einer Datenbankanweisung lässt sich nicht binden: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Statement.cpp" line="140"/>
        <source>A database statement failed: %1</source>
        <translation>Eine Datenbankanweisung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>dpp::Totp</name>
    <message>
        <location filename="../app/auth/Totp.cpp" line="78"/>
        <source>The key may contain only the letters A to Z and the digits 2 to 7.</source>
        <translation>Der Schlüssel darf nur die Buchstaben A bis Z und die Ziffern 2 bis 7 enthalten.</translation>
    </message>
    <message>
        <location filename="../app/auth/Totp.cpp" line="104"/>
        <source>The key is too short: an authenticator key has at least 26 characters.</source>
        <translation>Der Schlüssel ist zu kurz: Ein Authenticator-Schlüssel hat mindestens 26 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/auth/Totp.cpp" line="175"/>
        <source>The code may contain only digits.</source>
        <translation>Der Code darf nur Ziffern enthalten.</translation>
    </message>
    <message>
        <location filename="../app/auth/Totp.cpp" line="178"/>
        <source>Enter the %1-digit code from your authenticator app.</source>
        <translation>Geben Sie den %1-stelligen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <location filename="../app/auth/Totp.cpp" line="184"/>
        <source>Two-factor authentication is not set up.</source>
        <translation>Die Zwei-Faktor-Authentifizierung ist nicht eingerichtet.</translation>
    </message>
    <message>
        <location filename="../app/auth/Totp.cpp" line="207"/>
        <source>This code has already been used. Wait for the next code and enter that one.</source>
        <translation>Dieser Code wurde bereits verwendet. Warten Sie auf den nächsten Code und geben Sie diesen ein.</translation>
    </message>
    <message>
        <location filename="../app/auth/Totp.cpp" line="211"/>
        <source>The code is wrong or has expired.</source>
        <translation>Der Code ist falsch oder abgelaufen.</translation>
    </message>
    <message>
        <location filename="../app/auth/Totp.cpp" line="267"/>
        <source>The key has a character too many or too few. Check it and type it again.</source>
        <translation>Der Schlüssel hat ein Zeichen zu viel oder zu wenig. Prüfen Sie ihn und geben Sie ihn erneut ein.</translation>
    </message>
</context>
<context>
    <name>dpp::Transaction</name>
    <message>
        <location filename="../app/storage/Transaction.cpp" line="30"/>
        <source>Cannot start a database transaction: %1</source>
        <translation>Eine Datenbanktransaktion lässt sich nicht beginnen: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Transaction.cpp" line="37"/>
        <source>The database transaction has already ended.</source>
        <translation>Die Datenbanktransaktion ist bereits beendet.</translation>
    </message>
    <message>
        <location filename="../app/storage/Transaction.cpp" line="40"/>
        <source>Cannot save the changes: %1</source>
        <translation>Die Änderungen lassen sich nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>dpp::Vault</name>
    <message>
        <location filename="../app/vault/Vault.cpp" line="41"/>
        <source>Wrong user name or password.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="143"/>
        <source>There is no DPP Console database at %1.</source>
        <translation>Unter %1 gibt es keine DPP-Console-Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="78"/>
        <source>The account %1 is disabled.</source>
        <translation>Das Konto %1 ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="81"/>
        <source>The account %1 is locked. An administrator can unlock it.</source>
        <translation>Das Konto %1 ist gesperrt. Die IT-Administration kann es entsperren.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="71"/>
        <source>The key slot of %1 has no account in the database.</source>
        <translation>Zum Schlüsselplatz von %1 gibt es kein Konto in der Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="102"/>
        <source>The account %1 is locked after too many failed sign-ins; try again after %2 or ask an administrator.</source>
        <translation>Das Konto %1 ist nach zu vielen fehlgeschlagenen Anmeldungen gesperrt; versuchen Sie es nach %2 erneut oder wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="346"/>
        <source>This database has no scheduler key slot; add one with &quot;dppctl scheduler enable&quot;.</source>
        <translation>Diese Datenbank hat keinen Schlüsselplatz für den Zeitplaner; legen Sie einen mit „dppctl scheduler enable“ an.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="353"/>
        <source>The scheduler&apos;s secret is missing from %1; enable the scheduler again.</source>
        <translation>Das Geheimnis des Zeitplaners fehlt im %1; aktivieren Sie den Zeitplaner erneut.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="364"/>
        <source>The scheduler&apos;s secret in %1 does not open its key slot.</source>
        <translation>Das Geheimnis des Zeitplaners im %1 öffnet seinen Schlüsselplatz nicht.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="418"/>
        <source>The key file %1 belongs to another database.</source>
        <translation>Die Schlüsseldatei %1 gehört zu einer anderen Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="582"/>
        <source>The key file changed while this window was open. Lock and unlock again, then repeat the change.</source>
        <translation>Die Schlüsseldatei hat sich geändert, während dieses Fenster offen war. Sperren und entsperren Sie erneut und wiederholen Sie dann die Änderung.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="612"/>
        <source>Not enough free disk space to rotate the key: it needs about %1 MB free beside the database. Nothing was changed.</source>
        <translation>Nicht genug freier Speicherplatz, um den Schlüssel zu erneuern: Neben der Datenbank müssen etwa %1 MB frei sein. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="678"/>
        <source>A key rotation is already under way.</source>
        <translation>Eine Schlüsselerneuerung läuft bereits.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="695"/>
        <source>Key rotation stopped after sealing the new key.</source>
        <translation>Die Schlüsselerneuerung wurde nach dem Versiegeln des neuen Schlüssels angehalten.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="712"/>
        <source>The database key rotation failed and the database cannot be read with either key (%1). Do not delete %2; restore from a backup.</source>
        <translation>Die Erneuerung des Datenbankschlüssels ist fehlgeschlagen, und die Datenbank lässt sich mit keinem der beiden Schlüssel lesen (%1). Löschen Sie %2 nicht; stellen Sie die Datenbank aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="732"/>
        <source>The database key could not be changed (%1); the database keeps its old key and nothing was lost.</source>
        <translation>Der Datenbankschlüssel ließ sich nicht ändern (%1); die Datenbank behält ihren alten Schlüssel, und nichts ging verloren.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="736"/>
        <source>is the disk full?</source>
        <translation>ist der Datenträger voll?</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="742"/>
        <source>Key rotation stopped after re-encrypting the database.</source>
        <translation>Die Schlüsselerneuerung wurde nach dem Neuverschlüsseln der Datenbank angehalten.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="771"/>
        <source>Only someone who holds the PII key can issue a new recovery key, because the recovery key opens the PII key too.</source>
        <translation>Nur wer den PII-Schlüssel hat, kann einen neuen Wiederherstellungsschlüssel ausstellen, denn der Wiederherstellungsschlüssel öffnet auch den PII-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="814"/>
        <source>This database has no recovery key.</source>
        <translation>Diese Datenbank hat keinen Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="899"/>
        <source>The audit log is kept at least %1 days (the DPP asks 90 days of logs); choose %1 or more.</source>
        <translation>Das Prüfprotokoll wird mindestens %1 Tage aufbewahrt (die DPP verlangt 90 Tage Protokolle); wählen Sie %1 oder mehr.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="917"/>
        <source>The lockout can only be made stricter: at most %1 failed sign-ins within at least %2 minutes lock the account for at least %3 minutes.</source>
        <translation>Die Kontosperre kann nur verschärft werden: höchstens %1 fehlgeschlagene Anmeldungen innerhalb von mindestens %2 Minuten sperren das Konto für mindestens %3 Minuten.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="195"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="199"/>
        <source>A DPP Console database already exists at %1; it was left untouched.</source>
        <translation>Unter %1 gibt es bereits eine DPP-Console-Datenbank; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="189"/>
        <source>A user name has 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and starts with a letter (&quot;recovery&quot; and &quot;scheduler&quot; are reserved).</source>
        <translation>Ein Benutzername besteht aus 2 bis 32 Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“ und beginnt mit einem Buchstaben („recovery“ und „scheduler“ sind reserviert).</translation>
    </message>
</context>
<context>
    <name>dpp::VaultLock</name>
    <message>
        <location filename="../app/vault/VaultLock.cpp" line="47"/>
        <source>Cannot open the lock file %1.</source>
        <translation>Die Sperrdatei %1 lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../app/vault/VaultLock.cpp" line="54"/>
        <source>The database key is being rotated by another DPP Console window or dppctl; try again when it has finished.</source>
        <translation>Ein anderes Fenster von DPP Console oder dppctl erneuert gerade den Datenbankschlüssel; versuchen Sie es erneut, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../app/vault/VaultLock.cpp" line="67"/>
        <source>Another DPP Console window or dppctl has this database open. Close it, then try again: the key can only be rotated while nobody else is using it.</source>
        <translation>Ein anderes Fenster von DPP Console oder dppctl hat diese Datenbank geöffnet. Schließen Sie es und versuchen Sie es dann erneut: Der Schlüssel lässt sich nur erneuern, solange niemand sonst die Datenbank benutzt.</translation>
    </message>
</context>
<context>
    <name>dpp::VaultPaths</name>
    <message>
        <location filename="../app/vault/VaultPaths.cpp" line="43"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
</context>
<context>
    <name>dpp::crypto</name>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="40"/>
        <source>The cryptographic library (libsodium) could not start.</source>
        <translation>Die Kryptografie-Bibliothek (libsodium) ließ sich nicht starten.</translation>
    </message>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="57"/>
        <source>Internal error: an AES-256 key must be 32 bytes.</source>
        <translation>Interner Fehler: Ein AES-256-Schlüssel muss 32 Byte lang sein.</translation>
    </message>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="76"/>
        <source>Encryption failed (OpenSSL AES-256-GCM).</source>
        <translation>Die Verschlüsselung ist fehlgeschlagen (OpenSSL AES-256-GCM).</translation>
    </message>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="85"/>
        <source>The encrypted data has the wrong size.</source>
        <translation>Die verschlüsselten Daten haben die falsche Größe.</translation>
    </message>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="106"/>
        <source>Decryption failed: wrong key, or the data was altered.</source>
        <translation>Die Entschlüsselung ist fehlgeschlagen: falscher Schlüssel, oder die Daten wurden verändert.</translation>
    </message>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="138"/>
        <source>The key slot asks for Argon2id parameters outside the accepted range.</source>
        <translation>Der Schlüsselplatz verlangt Argon2id-Parameter außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="147"/>
        <source>Not enough memory to derive the key (Argon2id).</source>
        <translation>Nicht genug Arbeitsspeicher, um den Schlüssel abzuleiten (Argon2id).</translation>
    </message>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="160"/>
        <source>HKDF is not available in OpenSSL.</source>
        <translation>HKDF ist in OpenSSL nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="177"/>
        <source>Key derivation failed (HKDF-SHA256).</source>
        <translation>Die Schlüsselableitung ist fehlgeschlagen (HKDF-SHA256).</translation>
    </message>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="234"/>
        <source>A sealed key has the wrong size.</source>
        <translation>Ein versiegelter Schlüssel hat die falsche Größe.</translation>
    </message>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="240"/>
        <source>A sealed key does not open: the key file was altered.</source>
        <translation>Ein versiegelter Schlüssel lässt sich nicht öffnen: Die Schlüsseldatei wurde verändert.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::AlarmModel</name>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="83"/>
        <source>(system)</source>
        <translation>(System)</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="107"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="109"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="111"/>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="113"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="115"/>
        <source>Audit rows</source>
        <translation>Protokollzeilen</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="123"/>
        <source>Repeated denied actions</source>
        <translation>Wiederholt verweigerte Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="125"/>
        <source>Many personal data accesses</source>
        <translation>Viele Zugriffe auf personenbezogene Daten</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="127"/>
        <source>Canary record touched</source>
        <translation>Köderdatensatz berührt</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="129"/>
        <source>Unlock outside working hours</source>
        <translation>Entsperren außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="131"/>
        <source>Audit chain verification failed</source>
        <translation>Prüfung der Protokollkette fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="138"/>
        <source>One user was refused several actions or unlocks within a few minutes.</source>
        <translation>Einem Benutzer wurden innerhalb weniger Minuten mehrere Aktionen oder Entsperrversuche verweigert.</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="140"/>
        <source>One user revealed, printed or exported more personal data within an hour than the configured limit.</source>
        <translation>Ein Benutzer hat innerhalb einer Stunde mehr personenbezogene Daten angezeigt, gedruckt oder exportiert als eingestellt.</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="143"/>
        <source>A planted canary record was revealed, printed or exported.</source>
        <translation>Ein ausgelegter Köderdatensatz wurde angezeigt, gedruckt oder exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="145"/>
        <source>The database was unlocked, or an unlock was tried, outside the configured working hours.</source>
        <translation>Die Datenbank wurde außerhalb der eingestellten Arbeitszeit entsperrt, oder es wurde versucht.</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="148"/>
        <source>The audit log&apos;s chain did not verify: rows may have been changed or removed.</source>
        <translation>Die Kette des Prüfprotokolls ließ sich nicht verifizieren: Zeilen wurden möglicherweise verändert oder entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="155"/>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="157"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="159"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>dpp::ui::AlarmTray</name>
    <message>
        <location filename="../ui/AlarmTray.cpp" line="21"/>
        <source>DPP Console</source>
        <translation>DPP Console</translation>
    </message>
    <message>
        <location filename="../ui/AlarmTray.cpp" line="38"/>
        <source>1 open alarm.</source>
        <translation>1 offener Alarm.</translation>
    </message>
    <message>
        <location filename="../ui/AlarmTray.cpp" line="38"/>
        <source>%1 open alarms.</source>
        <translation>%1 offene Alarme.</translation>
    </message>
    <message>
        <location filename="../ui/AlarmTray.cpp" line="40"/>
        <source>Highest severity: %1.</source>
        <translation>Höchster Schweregrad: %1.</translation>
    </message>
    <message>
        <location filename="../ui/AlarmTray.cpp" line="53"/>
        <source>DPP Console: alarms</source>
        <translation>DPP Console: Alarme</translation>
    </message>
</context>
<context>
    <name>dpp::ui::AlarmsView</name>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="31"/>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="55"/>
        <source>Select an alarm to see its details.</source>
        <translation>Wählen Sie einen Alarm aus, um seine Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="81"/>
        <source>&amp;Note (required): what you found and what was done</source>
        <translation>&amp;Notiz (Pflicht): was Sie festgestellt haben und was unternommen wurde</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="94"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Quittieren</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="96"/>
        <source>Close the alarm with your note. The note is kept with the alarm, not in the audit log.</source>
        <translation>Schließt den Alarm mit Ihrer Notiz ab. Die Notiz wird beim Alarm gespeichert, nicht im Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="122"/>
        <source>No open alarms.</source>
        <translation>Keine offenen Alarme.</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="123"/>
        <source>1 open alarm, newest first.</source>
        <translation>1 offener Alarm, neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="124"/>
        <source>%1 open alarms, newest first.</source>
        <translation>%1 offene Alarme, neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="160"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="168"/>
        <source>Raised: %1</source>
        <translation>Ausgelöst: %1</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="169"/>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="169"/>
        <source>(system)</source>
        <translation>(System)</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="170"/>
        <source>Audit rows behind it: %1</source>
        <translation>Zugrunde liegende Protokollzeilen: %1</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="185"/>
        <source>Write a note first: what you found and what was done.</source>
        <translation>Schreiben Sie zuerst eine Notiz: was Sie festgestellt haben und was unternommen wurde.</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="195"/>
        <source>The alarm was acknowledged.</source>
        <translation>Der Alarm wurde quittiert.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::AuditLogModel</name>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="113"/>
        <source>Database created</source>
        <translation>Datenbank angelegt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="115"/>
        <source>Unlocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="117"/>
        <source>Unlock failed</source>
        <translation>Entsperren fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="119"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="121"/>
        <source>Key slot added</source>
        <translation>Schlüsselplatz hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="123"/>
        <source>Key slot removed</source>
        <translation>Schlüsselplatz entfernt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="125"/>
        <source>Database key rotated</source>
        <translation>Datenbankschlüssel erneuert</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="127"/>
        <source>Recovery key renewed</source>
        <translation>Wiederherstellungsschlüssel erneuert</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="129"/>
        <source>Recovery key confirmed as stored</source>
        <translation>Aufbewahrung des Wiederherstellungsschlüssels bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="131"/>
        <source>Setting changed</source>
        <translation>Einstellung geändert</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="133"/>
        <source>Permission denied</source>
        <translation>Berechtigung verweigert</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="135"/>
        <source>Audit log verified</source>
        <translation>Prüfprotokoll verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="137"/>
        <source>Audit log exported</source>
        <translation>Prüfprotokoll exportiert</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="139"/>
        <source>Alarm raised</source>
        <translation>Alarm ausgelöst</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="141"/>
        <source>Alarm acknowledged</source>
        <translation>Alarm quittiert</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="143"/>
        <source>Account disabled</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="145"/>
        <source>Canary record planted</source>
        <translation>Köder-Datensatz angelegt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="147"/>
        <source>Old audit rows pruned</source>
        <translation>Alte Protokollzeilen bereinigt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="149"/>
        <source>Account locked after failed sign-ins</source>
        <translation>Konto nach fehlgeschlagenen Anmeldungen gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="165"/>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="167"/>
        <source>Denied</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="169"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="206"/>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="206"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="225"/>
        <source>%1 %2</source>
        <comment>object type, object id</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="239"/>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="263"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="265"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="267"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="269"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="271"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="273"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>dpp::ui::AuditView</name>
    <message>
        <location filename="../ui/AuditView.cpp" line="57"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="64"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="65"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="66"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="67"/>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="68"/>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="89"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="94"/>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="104"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="105"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="106"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="107"/>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="108"/>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="109"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="121"/>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="123"/>
        <source>Write the rows that match the filter to a CSV file. The export is recorded in the audit log.</source>
        <translation>Schreibt die Zeilen, die dem Filter entsprechen, in eine CSV-Datei. Der Export wird im Prüfprotokoll vermerkt.</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="204"/>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="297"/>
        <location filename="../ui/AuditView.cpp" line="331"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="345"/>
        <source>audit-log-%1.csv</source>
        <translation>pruefprotokoll-%1.csv</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="346"/>
        <source>Export audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="346"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="364"/>
        <source>The rows were exported, but the export could not be recorded in the audit log: %1</source>
        <translation>Die Zeilen wurden exportiert, aber der Export ließ sich nicht im Prüfprotokoll vermerken: %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="372"/>
        <source>Exported %1 to %2.</source>
        <comment>rows, file</comment>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::FirstStartPage</name>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="33"/>
        <source>Create the database</source>
        <translation>Datenbank anlegen</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="34"/>
        <source>This is the first start of DPP Console. Create the encrypted database and its first user, who holds every role until you add more people.</source>
        <translation>DPP Console wird zum ersten Mal gestartet. Legen Sie die verschlüsselte Datenbank und ihren ersten Benutzer an; er hat alle Rollen, bis Sie weitere Personen hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="38"/>
        <source>The database will be created at %1</source>
        <translation>Die Datenbank wird hier angelegt: %1</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="53"/>
        <source>e.g. j.smith</source>
        <translation>z. B. e.mueller</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="56"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="61"/>
        <source>e.g. Jane Smith</source>
        <translation>z. B. Erika Müller</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="62"/>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="71"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="78"/>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="88"/>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiv.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="96"/>
        <source>Creating the database and deriving the keys; this takes a few seconds…</source>
        <translation>Die Datenbank wird angelegt und die Schlüssel werden abgeleitet; das dauert einige Sekunden …</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="101"/>
        <source>&amp;Create database</source>
        <translation>Datenbank &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="163"/>
        <source>2 to 32 lower-case letters, digits, “.”, “_” or “-”, starting with a letter; this is the name you sign in with.</source>
        <translation>2 bis 32 Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“, am Anfang ein Buchstabe; mit diesem Namen melden Sie sich an.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="168"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="170"/>
        <source>“%1” is reserved; choose another name.</source>
        <translation>„%1“ ist reserviert; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="181"/>
        <source>At least 12 characters with three of: lower-case letters, capitals, digits, other characters. Several unrelated words make a strong password that is easy to remember.</source>
        <translation>Mindestens 12 Zeichen mit drei dieser Arten: Kleinbuchstaben, Großbuchstaben, Ziffern, andere Zeichen. Mehrere Wörter, die nichts miteinander zu tun haben, ergeben ein starkes Passwort, das man sich gut merken kann.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="194"/>
        <source>✓ The password meets the rules.</source>
        <translation>✓ Das Passwort erfüllt die Regeln.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="202"/>
        <source>✓ The passwords match.</source>
        <translation>✓ Die Passwörter stimmen überein.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="204"/>
        <source>The passwords do not match yet.</source>
        <translation>Die Passwörter stimmen noch nicht überein.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="227"/>
        <source>Choose a user name of 2 to 32 lower-case letters, digits, “.”, “_” or “-” that starts with a letter.</source>
        <translation>Wählen Sie einen Benutzernamen aus 2 bis 32 Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“, der mit einem Buchstaben beginnt.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="234"/>
        <source>Enter the person&apos;s full name.</source>
        <translation>Geben Sie den vollständigen Namen der Person ein.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="243"/>
        <source>Choose a password.</source>
        <translation>Wählen Sie ein Passwort.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="261"/>
        <source>The two passwords do not match. Type the password again in “Repeat password”.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie das Passwort unter „Passwort wiederholen“ noch einmal ein.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::KeySlotModel</name>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="39"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="41"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="43"/>
        <source>OS keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="62"/>
        <source>Argon2id, %1 passes over %2 MiB</source>
        <translation>Argon2id, %1 Durchläufe über %2 MiB</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="63"/>
        <source>HKDF-SHA256 (random 256-bit secret)</source>
        <translation>HKDF-SHA256 (zufälliges 256-Bit-Geheimnis)</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="65"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="65"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="71"/>
        <source>This slot can decrypt buyers&apos; personal data.</source>
        <translation>Dieser Schlüsselplatz kann personenbezogene Daten der Käufer entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="72"/>
        <source>This slot opens the database but cannot decrypt personal data.</source>
        <translation>Dieser Schlüsselplatz öffnet die Datenbank, kann aber keine personenbezogenen Daten entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="84"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="86"/>
        <source>Principal</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="88"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="90"/>
        <source>Key derivation</source>
        <translation>Schlüsselableitung</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="92"/>
        <source>PII key</source>
        <translation>PII-Schlüssel</translation>
    </message>
</context>
<context>
    <name>dpp::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="49"/>
        <source>DPP Console</source>
        <translation>DPP Console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="58"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="61"/>
        <source>Close the database and clear every view</source>
        <translation>Die Datenbank schließen und alle Ansichten leeren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="63"/>
        <source>Lock the console (%1)</source>
        <translation>Die Konsole sperren (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70"/>
        <source>&amp;Console</source>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>The console locked after %1 min without input.</source>
        <translation>Die Konsole wurde nach %1 min ohne Eingabe gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="209"/>
        <source>The console locked because the screen was locked.</source>
        <translation>Die Konsole wurde gesperrt, weil der Bildschirm gesperrt wurde.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>1 open alarm</source>
        <translation>1 offener Alarm</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="250"/>
        <source>%1 open alarms</source>
        <translation>%1 offene Alarme</translation>
    </message>
</context>
<context>
    <name>dpp::ui::OverviewView</name>
    <message>
        <location filename="../ui/OverviewView.cpp" line="43"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="73"/>
        <location filename="../ui/OverviewView.cpp" line="156"/>
        <source>New recovery key…</source>
        <translation>Neuer Wiederherstellungsschlüssel …</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="80"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="82"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="83"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="84"/>
        <source>Personal data:</source>
        <translation>Personenbezogene Daten:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="87"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="89"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="90"/>
        <source>Database ID:</source>
        <translation>Datenbank-ID:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="92"/>
        <source>SQLCipher version:</source>
        <translation>SQLCipher-Version:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="93"/>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="94"/>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="95"/>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="97"/>
        <source>Key file generation:</source>
        <translation>Generation der Schlüsseldatei:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="98"/>
        <source>Failed unlock attempts recorded:</source>
        <translation>Aufgezeichnete fehlgeschlagene Entsperrversuche:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="102"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="105"/>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="107"/>
        <source>Last checked:</source>
        <translation>Zuletzt geprüft:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="108"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="127"/>
        <source>Key slots</source>
        <translation>Schlüsselplätze</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="130"/>
        <source>Each slot opens the database with its own secret. Only slots that hold the PII key can decrypt buyers&apos; personal data.</source>
        <translation>Jeder Schlüsselplatz öffnet die Datenbank mit seinem eigenen Geheimnis. Nur Schlüsselplätze mit dem PII-Schlüssel können personenbezogene Daten der Käufer entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="159"/>
        <source>Issue a new recovery key when the current one may be lost or seen by someone else. The current one stops working.</source>
        <translation>Stellen Sie einen neuen Wiederherstellungsschlüssel aus, wenn der bisherige verloren gegangen oder in fremde Hände geraten sein könnte. Der bisherige funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="179"/>
        <source>New recovery key</source>
        <translation>Neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="180"/>
        <source>Issue a new recovery key?</source>
        <translation>Einen neuen Wiederherstellungsschlüssel ausstellen?</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="182"/>
        <source>The current recovery key stops working at once. The new one is shown only once; store it before you continue.</source>
        <translation>Der bisherige Wiederherstellungsschlüssel funktioniert sofort nicht mehr. Der neue wird nur einmal angezeigt; bewahren Sie ihn auf, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="184"/>
        <source>&amp;Issue new key</source>
        <translation>Neuen Schlüssel &amp;ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="186"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="227"/>
        <source>%1 (%2)</source>
        <comment>display name (user name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="232"/>
        <source>This session holds the PII key and can decrypt buyers&apos; personal data.</source>
        <translation>Diese Sitzung hat den PII-Schlüssel und kann personenbezogene Daten der Käufer entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="234"/>
        <source>This session cannot decrypt buyers&apos; personal data.</source>
        <translation>Diese Sitzung kann keine personenbezogenen Daten der Käufer entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="240"/>
        <source>The recovery key was never confirmed as stored. Issue a new one and store it.</source>
        <translation>Es wurde nie bestätigt, dass der Wiederherstellungsschlüssel sicher aufbewahrt ist. Stellen Sie einen neuen aus und bewahren Sie ihn auf.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="241"/>
        <source>The recovery key was never confirmed as stored. Ask someone who manages the keys and holds the PII key to issue a new one.</source>
        <translation>Es wurde nie bestätigt, dass der Wiederherstellungsschlüssel sicher aufbewahrt ist. Bitten Sie jemanden, der die Schlüssel verwaltet und den PII-Schlüssel hat, einen neuen auszustellen.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="260"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="264"/>
        <source>%1 with %2 per page, pages of %3 bytes, raw 256-bit key</source>
        <translation>%1 mit %2 je Seite, Seiten zu %3 Byte, roher 256-Bit-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="277"/>
        <source>Verifying…</source>
        <translation>Wird verifiziert…</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="286"/>
        <source>Verified: every row is unchanged and in order, and the log ends where the head kept outside the database says.</source>
        <translation>Verifiziert: Jede Zeile ist unverändert und in der richtigen Reihenfolge, und das Protokoll endet dort, wo das außerhalb der Datenbank gespeicherte Kettenende es angibt.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="295"/>
        <source>NOT verified: %1</source>
        <translation>NICHT verifiziert: %1</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="319"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="324"/>
        <source>%1 (the chain did not verify)</source>
        <translation>%1 (die Kette war nicht intakt)</translation>
    </message>
</context>
<context>
    <name>dpp::ui::PasswordStrengthMeter</name>
    <message>
        <location filename="../ui/PasswordStrengthMeter.cpp" line="41"/>
        <source>Strength: –</source>
        <translation>Stärke: –</translation>
    </message>
    <message>
        <location filename="../ui/PasswordStrengthMeter.cpp" line="70"/>
        <source>Strength: %1 (about %2 bits)</source>
        <extracomment>%1 is Poor, Fair, Good or Excellent; %2 the estimated bits of entropy</extracomment>
        <translation>Stärke: %1 (etwa %2 Bit)</translation>
    </message>
</context>
<context>
    <name>dpp::ui::RecoveryKeyPage</name>
    <message>
        <location filename="../ui/RecoveryKeyPage.cpp" line="26"/>
        <source>Store your recovery key</source>
        <translation>Bewahren Sie Ihren Wiederherstellungsschlüssel auf</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryKeyPage.cpp" line="31"/>
        <source>It is shown only this once and is not stored on this computer. Write it down and keep it in a safe place, away from this computer.</source>
        <translation>Er wird nur dieses eine Mal angezeigt und nicht auf diesem Computer gespeichert. Notieren Sie ihn und bewahren Sie ihn an einem sicheren Ort auf, nicht bei diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryKeyPage.cpp" line="107"/>
        <source>The database has been created. Below is its recovery key. It opens the database if every password is lost, so anyone who holds it can read all the data.</source>
        <translation>Die Datenbank ist angelegt. Unten steht ihr Wiederherstellungsschlüssel. Er öffnet die Datenbank, wenn alle Passwörter verloren sind; wer ihn besitzt, kann also alle Daten lesen.</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryKeyPage.cpp" line="110"/>
        <source>A new recovery key has been issued; the previous one no longer opens the database. Below is the new key. It opens the database if every password is lost, so anyone who holds it can read all the data.</source>
        <translation>Ein neuer Wiederherstellungsschlüssel wurde ausgestellt; der bisherige öffnet die Datenbank nicht mehr. Unten steht der neue Schlüssel. Er öffnet die Datenbank, wenn alle Passwörter verloren sind; wer ihn besitzt, kann also alle Daten lesen.</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryKeyPage.cpp" line="52"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryKeyPage.cpp" line="56"/>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation>Ich habe den Wiederherstellungsschlüssel an einem &amp;sicheren Ort aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryKeyPage.cpp" line="64"/>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>dpp::ui::SettingsView</name>
    <message>
        <location filename="../ui/SettingsView.cpp" line="29"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="43"/>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="50"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="54"/>
        <source>&amp;Lock after this long without input:</source>
        <translation>Sperren &amp;nach dieser Zeit ohne Eingabe:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="57"/>
        <source>The console also locks when the screen locks and with Ctrl+L. Locking closes the database and clears every view. 1 to 60 minutes; applies to everyone who uses this database.</source>
        <translation>Die Konsole sperrt sich auch, wenn der Bildschirm gesperrt wird, und mit Strg+L. Beim Sperren wird die Datenbank geschlossen und jede Ansicht geleert. 1 bis 60 Minuten; gilt für alle, die diese Datenbank benutzen.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="69"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="120"/>
        <source>Saved: the console locks after %1 min without input.</source>
        <translation>Gespeichert: Die Konsole sperrt sich nach %1 min ohne Eingabe.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::UnlockPage</name>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="29"/>
        <source>Unlock DPP Console</source>
        <translation>DPP Console entsperren</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="30"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="46"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="50"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="59"/>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiv.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="66"/>
        <source>Unlocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="71"/>
        <source>Un&amp;lock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="137"/>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="143"/>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::Workspace</name>
    <message>
        <location filename="../ui/Workspace.cpp" line="34"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../ui/Workspace.cpp" line="75"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/Workspace.cpp" line="78"/>
        <location filename="../ui/Workspace.cpp" line="168"/>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../ui/Workspace.cpp" line="80"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/Workspace.cpp" line="82"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/Workspace.cpp" line="173"/>
        <source>Alarms (%1)</source>
        <translation>Alarme (%1)</translation>
    </message>
    <message>
        <location filename="../ui/Workspace.cpp" line="185"/>
        <source>Open alarms, not acknowledged yet</source>
        <translation>Offene Alarme, noch nicht quittiert</translation>
    </message>
</context>
<context>
    <name>dpp::ui::main</name>
    <message>
        <location filename="../ui/main.cpp" line="46"/>
        <location filename="../ui/main.cpp" line="66"/>
        <source>DPP Console</source>
        <translation>DPP Console</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="50"/>
        <source>DPP Console: keeps buyer data under Amazon&apos;s Data Protection Policy.</source>
        <translation>DPP Console: verwaltet Käuferdaten nach der Data Protection Policy von Amazon.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="55"/>
        <source>The database file (default: %1).</source>
        <translation>Die Datenbankdatei (Vorgabe: %1).</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="56"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="67"/>
        <source>This build of DPP Console uses plain SQLite instead of SQLCipher, so it cannot encrypt the database. It does not start.

Install SQLCipher 4 (installer/setup-debian.sh) and build DPP Console again.</source>
        <translation>Diese Ausgabe von DPP Console verwendet einfaches SQLite statt SQLCipher und kann die Datenbank daher nicht verschlüsseln. Sie startet nicht.

Installieren Sie SQLCipher 4 (installer/setup-debian.sh) und erstellen Sie DPP Console neu.</translation>
    </message>
</context>
</TS>
