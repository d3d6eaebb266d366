<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>dpp::AccountRules</name>
    <message>
        <location filename="../app/vault/AccountRules.cpp" line="40"/>
        <source>The code is wrong, has expired or was already used. Enter the code your authenticator app shows now.</source>
        <translation>Der Code ist falsch, abgelaufen oder wurde schon verwendet. Geben Sie den Code ein, den Ihre Authenticator-App jetzt anzeigt.</translation>
    </message>
    <message>
        <location filename="../app/vault/AccountRules.cpp" line="89"/>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <location filename="../app/vault/AccountRules.cpp" line="123"/>
        <source>That recovery code is wrong or was already used.</source>
        <translation>Dieser Wiederherstellungscode ist falsch oder wurde schon verwendet.</translation>
    </message>
    <message>
        <location filename="../app/vault/AccountRules.cpp" line="148"/>
        <source>The key slot of %1 has no account.</source>
        <translation>Zum Schlüsselplatz von %1 gibt es kein Konto.</translation>
    </message>
    <message>
        <location filename="../app/vault/AccountRules.cpp" line="191"/>
        <source>%1 has not set up two-factor sign-in (or it was reset); sign in without a code, then set it up.</source>
        <translation>%1 hat die Zwei-Faktor-Anmeldung nicht eingerichtet (oder sie wurde zurückgesetzt); melden Sie sich ohne Code an und richten Sie sie dann ein.</translation>
    </message>
    <message>
        <location filename="../app/vault/AccountRules.cpp" line="316"/>
        <source>Not enough memory to hash the password.</source>
        <translation>Nicht genug Arbeitsspeicher, um das Passwort zu hashen.</translation>
    </message>
</context>
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
        <location filename="../app/common/AtomicFile.cpp" line="28"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../app/common/AtomicFile.cpp" line="48"/>
        <source>Cannot write %1 (is the disk full?); the previous file is unchanged.</source>
        <translation>%1 lässt sich nicht schreiben (ist der Datenträger voll?); die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <location filename="../app/common/AtomicFile.cpp" line="62"/>
        <source>Cannot write %1 to the disk; the previous file is unchanged.</source>
        <translation>%1 lässt sich nicht auf den Datenträger schreiben; die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <location filename="../app/common/AtomicFile.cpp" line="70"/>
        <source>Cannot write %1 (%2); the previous file is unchanged.</source>
        <translation>%1 lässt sich nicht schreiben (%2); die bisherige Datei ist unverändert.</translation>
    </message>
</context>
<context>
    <name>dpp::AttemptLog</name>
    <message>
        <location filename="../app/auth/AttemptLog.cpp" line="55"/>
        <source>Cannot record the failed attempt in %1.</source>
        <translation>Der fehlgeschlagene Versuch lässt sich nicht in %1 aufzeichnen.</translation>
    </message>
    <message>
        <location filename="../app/auth/AttemptLog.cpp" line="64"/>
        <source>Cannot record the failed attempt in %1 (disk full?).</source>
        <translation>Der fehlgeschlagene Versuch lässt sich nicht in %1 aufzeichnen (Datenträger voll?).</translation>
    </message>
</context>
<context>
    <name>dpp::AuditLog</name>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="117"/>
        <source>The audit key in the database is damaged.</source>
        <translation>Der Audit-Schlüssel in der Datenbank ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="122"/>
        <source>The audit log has no key yet.</source>
        <translation>Das Audit-Protokoll hat noch keinen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="226"/>
        <source>The audit head file %1 is damaged or belongs to another database.</source>
        <translation>Die Audit-Kopfdatei %1 ist beschädigt oder gehört zu einer anderen Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="236"/>
        <source>The audit log was cut short: row %1, which the head kept outside vouches for, is gone.</source>
        <translation>Das Audit-Protokoll wurde gekürzt: Eintrag %1, für den die außerhalb abgelegte Kopfdatei bürgt, fehlt.</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="243"/>
        <source>The audit log was re-chained: row %1 is not the row the head kept outside vouches for.</source>
        <translation>Das Audit-Protokoll wurde neu verkettet: Eintrag %1 ist nicht der Eintrag, für den die außerhalb abgelegte Kopfdatei bürgt.</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="460"/>
        <source>the checkpoint left by pruning (row %1) was changed</source>
        <translation>der beim Bereinigen hinterlassene Prüfpunkt (Zeile %1) wurde verändert</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="481"/>
        <source>row %1 is missing (the log goes from row %2 to row %3)</source>
        <translation>Eintrag %1 fehlt (das Protokoll springt von Eintrag %2 zu Eintrag %3)</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="486"/>
        <source>row %1 is out of order</source>
        <translation>Eintrag %1 steht an der falschen Stelle</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="489"/>
        <source>row %1 was changed (its hash does not match its content)</source>
        <translation>Eintrag %1 wurde verändert (sein Hash passt nicht zu seinem Inhalt)</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="494"/>
        <source>row %1 does not follow row %2 (rows were removed or reordered)</source>
        <translation>Eintrag %1 folgt nicht auf Eintrag %2 (Einträge wurden entfernt oder umgestellt)</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="508"/>
        <source>the audit log is empty and its head file %1 is missing</source>
        <translation>das Audit-Protokoll ist leer, und seine Kopfdatei %1 fehlt</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="512"/>
        <source>the head file %1 that vouches for the log&apos;s end is missing</source>
        <translation>die Kopfdatei %1, die für das Ende des Protokolls bürgt, fehlt</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="522"/>
        <source>the head file %1 is damaged or belongs to another database</source>
        <translation>die Kopfdatei %1 ist beschädigt oder gehört zu einer anderen Datenbank</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="528"/>
        <source>the log was cut short: it ends at row %1, but the head kept outside says row %2</source>
        <translation>das Protokoll wurde gekürzt: Es endet bei Eintrag %1, die außerhalb abgelegte Kopfdatei nennt aber Eintrag %2</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="537"/>
        <source>row %1 is not the row the head kept outside vouches for (the log was re-chained)</source>
        <translation>Eintrag %1 ist nicht der Eintrag, für den die außerhalb abgelegte Kopfdatei bürgt (das Protokoll wurde neu verkettet)</translation>
    </message>
</context>
<context>
    <name>dpp::BackupFile</name>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="39"/>
        <location filename="../app/backup/BackupFile.cpp" line="46"/>
        <location filename="../app/backup/BackupFile.cpp" line="106"/>
        <location filename="../app/backup/BackupFile.cpp" line="113"/>
        <location filename="../app/backup/BackupFile.cpp" line="134"/>
        <location filename="../app/backup/BackupFile.cpp" line="191"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="51"/>
        <location filename="../app/backup/BackupFile.cpp" line="118"/>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>Die Sicherung wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="63"/>
        <source>%1 exists already; a backup never replaces a file.</source>
        <translation>%1 existiert bereits; eine Sicherung ersetzt nie eine Datei.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="79"/>
        <source>The backup&apos;s key slots could not be written.</source>
        <translation>Die Schlüsselplätze der Sicherung ließen sich nicht schreiben.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="121"/>
        <source>%1 changed while it was copied.</source>
        <translation>%1 hat sich während des Kopierens verändert.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="132"/>
        <source>There is no backup at %1.</source>
        <translation>Unter %1 gibt es keine Sicherung.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="137"/>
        <source>%1 is not a backup of DPP Console.</source>
        <translation>%1 ist keine Sicherung von DPP Console.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="140"/>
        <source>%1 is a backup in a newer format (%2); update DPP Console to restore it.</source>
        <translation>%1 ist eine Sicherung in einem neueren Format (%2); aktualisieren Sie DPP Console, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="145"/>
        <source>The backup %1 is damaged (%2); it cannot be restored.</source>
        <translation>Die Sicherung %1 ist beschädigt (%2); sie lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="148"/>
        <source>its header is cut off</source>
        <translation>ihr Dateikopf ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="152"/>
        <source>its header is not valid JSON</source>
        <translation>ihr Dateikopf ist kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="156"/>
        <source>its header names another format</source>
        <translation>ihr Dateikopf nennt ein anderes Format</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="176"/>
        <source>a field of its header is missing or wrong</source>
        <translation>ein Feld ihres Dateikopfs fehlt oder ist falsch</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="178"/>
        <source>it is %1 bytes long, not the %2 its header gives</source>
        <translation>sie ist %1 Byte lang, nicht %2, wie ihr Dateikopf angibt</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="188"/>
        <source>%1 exists already; nothing was written.</source>
        <translation>%1 existiert bereits; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="198"/>
        <source>The backup %1 is damaged (it ends early).</source>
        <translation>Die Sicherung %1 ist beschädigt (sie endet vorzeitig).</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="204"/>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>Die Wiederherstellung wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="209"/>
        <source>The backup %1 is damaged: its database does not match the checksum in its header.</source>
        <translation>Die Sicherung %1 ist beschädigt: Ihre Datenbank passt nicht zur Prüfsumme in ihrem Dateikopf.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="227"/>
        <source>%1 is not the backup %2 any more; it was left as it is.</source>
        <translation>%1 ist nicht mehr die Sicherung %2; die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="230"/>
        <source>Cannot destroy %1: %2</source>
        <translation>%1 lässt sich nicht vernichten: %2</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="235"/>
        <source>Cannot destroy %1 (the write failed: %2).</source>
        <translation>%1 lässt sich nicht vernichten (das Schreiben ist fehlgeschlagen: %2).</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupFile.cpp" line="242"/>
        <source>%1 was overwritten and can no longer be opened, but could not be removed.</source>
        <translation>%1 wurde überschrieben und lässt sich nicht mehr öffnen, konnte aber nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>dpp::BackupJournal</name>
    <message>
        <location filename="../app/backup/BackupJournal.cpp" line="28"/>
        <source>Cannot write the list of backups %1 (%2).</source>
        <translation>Die Liste der Sicherungen %1 lässt sich nicht schreiben (%2).</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJournal.cpp" line="32"/>
        <source>Cannot write the list of backups %1 (is the disk full?).</source>
        <translation>Die Liste der Sicherungen %1 lässt sich nicht schreiben (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupJournal.cpp" line="44"/>
        <source>Cannot read the list of backups %1 (%2).</source>
        <translation>Die Liste der Sicherungen %1 lässt sich nicht lesen (%2).</translation>
    </message>
</context>
<context>
    <name>dpp::Backups</name>
    <message>
        <location filename="../app/backup/Backups.cpp" line="62"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../app/backup/Backups.cpp" line="65"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../app/backup/Backups.cpp" line="71"/>
        <source>Cannot write %1 (is the disk full?).</source>
        <translation>%1 lässt sich nicht schreiben (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <location filename="../app/backup/Backups.cpp" line="86"/>
        <source>A backup expires after 1 to %1 days: the DPP keeps buyer data at most 30 days after shipment, and a backup must not keep it much longer.</source>
        <translation>Eine Sicherung läuft nach 1 bis %1 Tagen ab: Nach der DPP bleiben Käuferdaten höchstens 30 Tage nach dem Versand erhalten, und eine Sicherung darf sie nicht viel länger aufbewahren.</translation>
    </message>
    <message>
        <location filename="../app/backup/Backups.cpp" line="98"/>
        <source>%1 exists already; a backup never replaces a file.</source>
        <translation>%1 existiert bereits; eine Sicherung ersetzt nie eine Datei.</translation>
    </message>
    <message>
        <location filename="../app/backup/Backups.cpp" line="101"/>
        <source>The folder %1 does not exist (is the drive connected?).</source>
        <translation>Der Ordner %1 existiert nicht (ist das Laufwerk angeschlossen?).</translation>
    </message>
    <message>
        <location filename="../app/backup/Backups.cpp" line="259"/>
        <source>There is no backup %1.</source>
        <translation>Es gibt keine Sicherung %1.</translation>
    </message>
    <message>
        <location filename="../app/backup/Backups.cpp" line="263"/>
        <source>Backup %1 is %2 already.</source>
        <translation>Die Sicherung %1 ist bereits %2.</translation>
    </message>
    <message>
        <location filename="../app/backup/Backups.cpp" line="266"/>
        <source>destroyed</source>
        <translation>vernichtet</translation>
    </message>
    <message>
        <location filename="../app/backup/Backups.cpp" line="267"/>
        <source>gone (its write failed)</source>
        <translation>nicht mehr vorhanden (das Schreiben ist fehlgeschlagen)</translation>
    </message>
    <message>
        <location filename="../app/backup/Backups.cpp" line="272"/>
        <source>The backup is still at %1: destroy it instead of recording it as gone.</source>
        <translation>Die Sicherung liegt noch unter %1: Vernichten Sie sie, statt sie als nicht mehr vorhanden zu vermerken.</translation>
    </message>
    <message>
        <location filename="../app/backup/Backups.cpp" line="280"/>
        <source>There is no file at %1 (is the drive connected?). Connect it and try again; if the copy was destroyed by other means, record it as gone.</source>
        <translation>Unter %1 gibt es keine Datei (ist das Laufwerk angeschlossen?). Schließen Sie es an und versuchen Sie es erneut; wurde die Kopie auf anderem Weg vernichtet, vermerken Sie sie als nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../app/backup/Backups.cpp" line="340"/>
        <source>This backup expired on %1. An expired backup is not restored: it may hold buyer data past its retention. The console and the scheduler destroy it.</source>
        <translation>Diese Sicherung ist am %1 abgelaufen. Eine abgelaufene Sicherung wird nicht wiederhergestellt: Sie kann Käuferdaten über ihre Aufbewahrungsfrist hinaus enthalten. Die Konsole und der Zeitplaner vernichten sie.</translation>
    </message>
    <message>
        <location filename="../app/backup/Backups.cpp" line="350"/>
        <source>%1 or its key file exists already: a restore never replaces a database. Move it away or choose another path.</source>
        <translation>%1 oder die zugehörige Schlüsseldatei existiert bereits: Eine Wiederherstellung ersetzt nie eine Datenbank. Verschieben Sie sie an einen anderen Ort oder wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <location filename="../app/backup/Backups.cpp" line="360"/>
        <source>Cannot make the folder %1 for the restore.</source>
        <translation>Der Ordner %1 für die Wiederherstellung lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <location filename="../app/backup/Backups.cpp" line="372"/>
        <source>There is no purge ledger at %1.</source>
        <translation>Unter %1 gibt es kein Löschjournal.</translation>
    </message>
    <message>
        <location filename="../app/backup/Backups.cpp" line="398"/>
        <source>The backup %1 was changed: its header does not match the database inside.</source>
        <translation>Die Sicherung %1 wurde verändert: Ihr Dateikopf passt nicht zu der enthaltenen Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/backup/Backups.cpp" line="526"/>
        <source>Cannot keep the previous audit head %1 aside.</source>
        <translation>Die bisherige Audit-Kopfdatei %1 lässt sich nicht beiseitelegen.</translation>
    </message>
    <message>
        <location filename="../app/backup/Backups.cpp" line="548"/>
        <source>Cannot move the restored %1 into place; the target is as it was.</source>
        <translation>Die wiederhergestellte Datei %1 lässt sich nicht an ihren Platz verschieben; das Ziel ist unverändert.</translation>
    </message>
</context>
<context>
    <name>dpp::Certificate</name>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="96"/>
        <source>PASSED</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="96"/>
        <source>FAILED</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="103"/>
        <source>retention period over (all due orders)</source>
        <translation>Aufbewahrungsfrist abgelaufen (alle fälligen Bestellungen)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="105"/>
        <source>orders selected by a person</source>
        <translation>von einer Person ausgewählte Bestellungen</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="107"/>
        <source>Amazon deletion request</source>
        <translation>Löschanfrage von Amazon</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="334"/>
        <location filename="../app/purge/Certificate.cpp" line="745"/>
        <source>Certificate of Sanitization, purge run %1</source>
        <translation>Löschzertifikat, Löschlauf %1</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="336"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="341"/>
        <source>Purge run %1, finished %2</source>
        <translation>Löschlauf %1, abgeschlossen %2</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="363"/>
        <source>Certificate of Sanitization</source>
        <translation>Löschzertifikat</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="370"/>
        <source>After NIST SP 800-88 Rev. 1, Appendix G, adapted to the records of a database</source>
        <translation>Nach NIST SP 800-88 Rev. 1, Anhang G (Certificate of Sanitization), angepasst an die Datensätze einer Datenbank</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="376"/>
        <source>Purge Run</source>
        <translation>Löschlauf</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="377"/>
        <source>Orders Sanitized</source>
        <translation>Bereinigte Bestellungen</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="378"/>
        <location filename="../app/purge/Certificate.cpp" line="631"/>
        <source>Finished (UTC)</source>
        <translation>Abgeschlossen (UTC)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="379"/>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="386"/>
        <source>The verification failed: this run is not certified as a completed sanitization. The failed checks are in section 3.</source>
        <translation>Die Prüfung ist fehlgeschlagen: Dieser Lauf ist nicht als abgeschlossene Bereinigung bescheinigt. Die fehlgeschlagenen Prüfpunkte stehen in Abschnitt 3.</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="400"/>
        <source>APPENDIX: SANITIZED ORDERS</source>
        <translation>ANHANG: BEREINIGTE BESTELLUNGEN</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="402"/>
        <source>The order ids of purge run %2 (%1 in all), sorted. Their SHA-256, over the ids joined by line feeds (no final line feed):</source>
        <translation>Die Bestellnummern des Löschlaufs %2 (Anzahl: %1), sortiert. Ihr SHA-256, gebildet über die durch Zeilenvorschübe verbundenen Nummern (ohne abschließenden Zeilenvorschub):</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="409"/>
        <source>No order was purged in this run.</source>
        <translation>In diesem Lauf wurde keine Bestellung bereinigt.</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="433"/>
        <source>APPENDIX: SANITIZED ORDERS (CONTINUED)</source>
        <translation>ANHANG: BEREINIGTE BESTELLUNGEN (FORTSETZUNG)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="489"/>
        <source>%1 (CONTINUED)</source>
        <translation>%1 (FORTSETZUNG)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="512"/>
        <source>%1 (reference %2)</source>
        <translation>%1 (Referenz %2)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="514"/>
        <source>%1, replayed during a restore from a backup</source>
        <translation>%1, bei einer Wiederherstellung aus einer Sicherung erneut ausgeführt</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="526"/>
        <source>Before the purge, the invoice fields of the orders on tax hold (%1 of them) were sealed into the tax archive %2 (SHA-256 %3), for offline storage.</source>
        <translation>Vor der Löschung wurden die Rechnungsfelder der Bestellungen mit steuerlicher Löschsperre (Anzahl: %1) im Steuerarchiv %2 (SHA-256 %3) versiegelt, zur Offline-Aufbewahrung.</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="532"/>
        <source>Run while restoring the backup %1: the orders that the purge ledger records as purged after that backup was made, and those due under the retention rules, were purged again in the restored copy before anyone could see it.</source>
        <translation>Ausgeführt bei der Wiederherstellung der Sicherung %1: Die Bestellungen, die laut Löschjournal nach dem Erstellen dieser Sicherung gelöscht wurden, und die nach den Aufbewahrungsregeln fälligen wurden in der wiederhergestellten Kopie erneut gelöscht, bevor jemand sie sehen konnte.</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="543"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="547"/>
        <source>1. PERSON PERFORMING SANITIZATION</source>
        <translation>1. DURCHFÜHRENDE PERSON (PERSON PERFORMING SANITIZATION)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="549"/>
        <location filename="../app/purge/Certificate.cpp" line="701"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="550"/>
        <location filename="../app/purge/Certificate.cpp" line="702"/>
        <source>Title</source>
        <translation>Funktion (Title)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="551"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="552"/>
        <location filename="../app/purge/Certificate.cpp" line="703"/>
        <source>Organization</source>
        <translation>Organisation (Organization)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="553"/>
        <location filename="../app/purge/Certificate.cpp" line="704"/>
        <source>Location</source>
        <translation>Standort (Location)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="554"/>
        <location filename="../app/purge/Certificate.cpp" line="705"/>
        <source>Phone</source>
        <translation>Telefon (Phone)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="560"/>
        <source>none of the orders had a due date</source>
        <translation>keine der Bestellungen hatte ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="562"/>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="564"/>
        <source>2. MEDIA INFORMATION</source>
        <translation>2. ANGABEN ZUM MEDIUM (MEDIA INFORMATION)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="566"/>
        <source>Make/ Vendor</source>
        <translation>Hersteller/Anbieter (Make/ Vendor)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="566"/>
        <source>SQLCipher database</source>
        <translation>SQLCipher-Datenbank</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="567"/>
        <source>Model Number</source>
        <translation>Modellnummer (Model Number)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="568"/>
        <source>DPP Console schema version %1</source>
        <translation>DPP-Console-Schemaversion %1</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="569"/>
        <source>Serial Number</source>
        <translation>Seriennummer (Serial Number)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="570"/>
        <source>Media Property Number</source>
        <translation>Inventarnummer des Mediums (Media Property Number)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="571"/>
        <source>not applicable: records within the database, not a device</source>
        <translation>entfällt: Datensätze in der Datenbank, kein Gerät</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="572"/>
        <source>Media Type</source>
        <translation>Medientyp (Media Type)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="573"/>
        <source>encrypted database records (orders&apos; buyer data)</source>
        <translation>verschlüsselte Datensätze der Datenbank (Käuferdaten der Bestellungen)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="574"/>
        <source>Source (user name or PC property number)</source>
        <translation>Quelle (Source): Benutzername oder Inventarnummer des PCs</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="576"/>
        <source>Classification</source>
        <translation>Klassifizierung (Classification)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="576"/>
        <source>Amazon Information: buyer PII</source>
        <translation>Amazon-Informationen: personenbezogene Daten der Käufer (PII)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="577"/>
        <source>Data Backed Up</source>
        <translation>Daten gesichert (Data Backed Up)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="578"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="579"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="580"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="582"/>
        <source>Backup Location</source>
        <translation>Ort der Sicherung (Backup Location)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="583"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="584"/>
        <source>Records Sanitized</source>
        <translation>Bereinigte Datensätze</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="585"/>
        <source>1 order</source>
        <translation>1 Bestellung</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="586"/>
        <source>%1 orders</source>
        <translation>Bestellungen: %1</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="588"/>
        <source>Due Dates of the Orders (UTC)</source>
        <translation>Fälligkeitsdaten der Bestellungen (UTC)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="589"/>
        <source>SHA-256 of the Order Ids (sorted, joined by line feeds; listed in the appendix)</source>
        <translation>SHA-256 der Bestellnummern (sortiert, durch Zeilenvorschübe verbunden; im Anhang aufgeführt)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="594"/>
        <source>Cryptographic erase: the data key of each order was destroyed, so its sealed buyer data can never be decrypted again. The order&apos;s PII and key rows were deleted with secure_delete on (their bytes overwritten with zeros) and a tombstone (order id and time, no buyer data) went to the purge ledger, in one transaction. Then VACUUM rewrote the database (no free page keeps old bytes) and wal_checkpoint(TRUNCATE) emptied the write-ahead log.</source>
        <translation>Kryptografisches Löschen (Crypto Erase): Der Datenschlüssel jeder Bestellung wurde vernichtet, sodass ihre versiegelten Käuferdaten nie wieder entschlüsselt werden können. Die PII- und Schlüsselzeilen der Bestellung wurden bei eingeschaltetem secure_delete gelöscht (ihre Bytes mit Nullen überschrieben), und ein Löschvermerk (Bestellnummer und Zeitpunkt, keine Käuferdaten) wurde in das Löschjournal eingetragen, alles in einer Transaktion. Danach hat VACUUM die Datenbank neu geschrieben (keine freie Seite behält alte Bytes), und wal_checkpoint(TRUNCATE) hat das Write-Ahead-Log geleert.</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="609"/>
        <source>not measured (0 bytes expected)</source>
        <translation>nicht gemessen (0 Byte erwartet)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="610"/>
        <source>%1 bytes in the -wal file (0 expected)</source>
        <translation>%1 Byte in der -wal-Datei (0 erwartet)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="612"/>
        <source>not measured (0 expected)</source>
        <translation>nicht gemessen (0 erwartet)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="613"/>
        <source>free pages: %1 (0 expected)</source>
        <translation>freie Seiten: %1 (0 erwartet)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="521"/>
        <source>This certificate holds no buyer data. The order ids (%1 in all) are in the appendix; the SHA-256 in section 2 lets anyone check that list.</source>
        <translation>Dieses Zertifikat enthält keine Käuferdaten. Die Bestellnummern (Anzahl: %1) stehen im Anhang; mit dem SHA-256 in Abschnitt 2 kann jeder diese Liste prüfen.</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="615"/>
        <source>3. SANITIZATION DETAILS</source>
        <translation>3. ANGABEN ZUR BEREINIGUNG (SANITIZATION DETAILS)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="617"/>
        <source>Method Type</source>
        <translation>Methodenart (Method Type)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="618"/>
        <source>Clear</source>
        <translation>Löschen (Clear)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="618"/>
        <source>Purge</source>
        <translation>Bereinigen (Purge)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="619"/>
        <source>Damage</source>
        <translation>Beschädigen (Damage)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="619"/>
        <source>Destruct</source>
        <translation>Zerstören (Destruct)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="621"/>
        <source>Method Used</source>
        <translation>Angewandte Methode (Method Used)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="622"/>
        <source>Degauss</source>
        <translation>Entmagnetisieren (Degauss)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="622"/>
        <source>Overwrite</source>
        <translation>Überschreiben (Overwrite)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="623"/>
        <source>Block Erase</source>
        <translation>Blocklöschung (Block Erase)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="624"/>
        <source>Crypto Erase</source>
        <translation>Kryptografisches Löschen (Crypto Erase)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="625"/>
        <location filename="../app/purge/Certificate.cpp" line="635"/>
        <source>Other: %1</source>
        <translation>Sonstiges (Other): %1</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="627"/>
        <source>Method Details</source>
        <translation>Einzelheiten der Methode (Method Details)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="628"/>
        <source>Run Id</source>
        <translation>Lauf-ID</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="629"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="630"/>
        <source>Started (UTC)</source>
        <translation>Begonnen (UTC)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="632"/>
        <source>Tool Used (include version)</source>
        <translation>Verwendetes Werkzeug mit Version (Tool Used)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="633"/>
        <source>Verification Method</source>
        <translation>Prüfmethode (Verification Method)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="634"/>
        <source>Full</source>
        <translation>Vollständig (Full)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="634"/>
        <source>Quick Sampling</source>
        <translation>Stichprobe (Quick Sampling)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="637"/>
        <source>Verification check</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="638"/>
        <source>Found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="639"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="640"/>
        <source>Rows gone</source>
        <translation>Zeilen entfernt</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="642"/>
        <source>no order_pii or wrapped_keys row of a purged order is left</source>
        <translation>keine Zeile einer bereinigten Bestellung in order_pii oder wrapped_keys übrig</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="643"/>
        <source>rows of purged orders are still in order_pii or wrapped_keys</source>
        <translation>Zeilen bereinigter Bestellungen sind noch in order_pii oder wrapped_keys</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="645"/>
        <source>Pages scanned and clean</source>
        <translation>Seiten durchsucht und sauber</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="647"/>
        <source>%1 decrypted pages read, free pages included; none holds a purged key or sealed box</source>
        <translation>%1 entschlüsselte Seiten gelesen, freie Seiten eingeschlossen; keine enthält einen gelöschten Schlüssel oder eine versiegelte Box (sealed box)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="649"/>
        <source>%1 decrypted pages read, free pages included; a purged key or sealed box was found</source>
        <translation>%1 entschlüsselte Seiten gelesen, freie Seiten eingeschlossen; ein gelöschter Schlüssel oder eine versiegelte Box (sealed box) wurde gefunden</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="653"/>
        <source>Needles searched</source>
        <translation>Gesuchte Muster</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="654"/>
        <source>%1 data keys and PII ciphertexts taken before the purge, searched for in every page</source>
        <translation>%1 Datenschlüssel und PII-Chiffretexte, vor der Löschung erfasst und in jeder Seite gesucht</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="659"/>
        <source>WAL after checkpoint</source>
        <translation>WAL nach dem Checkpoint</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="660"/>
        <source>Free pages after VACUUM</source>
        <translation>Freie Seiten nach VACUUM</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="661"/>
        <source>Method of reading</source>
        <translation>Leseverfahren</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="662"/>
        <source>Verification result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="664"/>
        <source>Post Sanitization Classification</source>
        <translation>Klassifizierung nach der Bereinigung (Post Sanitization Classification)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="665"/>
        <source>no buyer PII of these orders remains; order ids and tombstones are kept</source>
        <translation>von diesen Bestellungen sind keine personenbezogenen Käuferdaten mehr vorhanden; Bestellnummern und Löschvermerke bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="667"/>
        <source>Notes</source>
        <translation>Anmerkungen (Notes)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="671"/>
        <source>4. MEDIA DESTINATION</source>
        <translation>4. VERBLEIB DES MEDIUMS (MEDIA DESTINATION)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="674"/>
        <source>Internal Reuse</source>
        <translation>Interne Wiederverwendung (Internal Reuse)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="675"/>
        <source>External Reuse</source>
        <translation>Externe Wiederverwendung (External Reuse)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="676"/>
        <source>Recycling Facility</source>
        <translation>Recyclingbetrieb (Recycling Facility)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="677"/>
        <source>Manufacturer</source>
        <translation>Hersteller (Manufacturer)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="678"/>
        <source>Other (specify in details area)</source>
        <translation>Sonstiges (Other), unter Details angeben</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="680"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="681"/>
        <source>The database stays in use; only the buyer data of the orders listed was sanitized.</source>
        <translation>Die Datenbank bleibt in Gebrauch; bereinigt wurden nur die Käuferdaten der aufgeführten Bestellungen.</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="687"/>
        <source>5. SIGNATURE</source>
        <translation>5. UNTERSCHRIFT (SIGNATURE)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="690"/>
        <source>I attest that the sanitization recorded in this certificate was performed as described above, on the records listed in the appendix.</source>
        <translation>Ich bestätige, dass die in diesem Zertifikat festgehaltene Bereinigung wie oben beschrieben an den im Anhang aufgeführten Datensätzen durchgeführt wurde.</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="694"/>
        <location filename="../app/purge/Certificate.cpp" line="706"/>
        <source>Signature</source>
        <translation>Unterschrift (Signature)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="695"/>
        <location filename="../app/purge/Certificate.cpp" line="707"/>
        <source>Date</source>
        <translation>Datum (Date)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="699"/>
        <source>6. VALIDATION</source>
        <translation>6. VALIDIERUNG (VALIDATION)</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="732"/>
        <source>The certificate of sanitization could not be written to %1: %2</source>
        <translation>Das Löschzertifikat ließ sich nicht nach %1 schreiben: %2</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="750"/>
        <source>the PDF could not be started</source>
        <translation>Das PDF ließ sich nicht anlegen.</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="755"/>
        <location filename="../app/purge/Certificate.cpp" line="759"/>
        <source>the PDF could not be drawn</source>
        <translation>Das PDF ließ sich nicht zeichnen.</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="762"/>
        <source>The certificate of sanitization was not saved. %1</source>
        <translation>Das Löschzertifikat wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <location filename="../app/purge/Certificate.cpp" line="772"/>
        <location filename="../app/purge/Certificate.cpp" line="775"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>dpp::Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="273"/>
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
        <location filename="../app/storage/Database.cpp" line="367"/>
        <location filename="../app/storage/Database.cpp" line="435"/>
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
        <location filename="../app/storage/Database.cpp" line="255"/>
        <source>Cannot set the database key: %1</source>
        <translation>Der Datenbankschlüssel lässt sich nicht setzen: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="271"/>
        <source>%1 is an unencrypted SQLite database, not a DPP Console database.</source>
        <translation>%1 ist eine unverschlüsselte SQLite-Datenbank, keine DPP-Console-Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="276"/>
        <source>Cannot read the database %1: %2</source>
        <translation>Die Datenbank %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="317"/>
        <source>Cannot apply the database setting &quot;%1&quot;: %2</source>
        <translation>Die Datenbankeinstellung „%1“ lässt sich nicht anwenden: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="322"/>
        <source>Cannot read the database setting &quot;%1&quot;: %2</source>
        <translation>Die Datenbankeinstellung „%1“ lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="326"/>
        <source>The database setting &quot;%1&quot; did not take effect (it reads &quot;%2&quot;).</source>
        <translation>Die Datenbankeinstellung „%1“ wurde nicht wirksam (sie lautet „%2“).</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="337"/>
        <source>A database command failed: %1</source>
        <translation>Ein Datenbankbefehl ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="350"/>
        <source>Cannot prepare a database statement: %1</source>
        <translation>Eine Datenbankanweisung lässt sich nicht vorbereiten: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="353"/>
        <source>The database statement is empty.</source>
        <translation>Die Datenbankanweisung ist leer.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="359"/>
        <source>A prepared database statement may hold only one SQL command.</source>
        <translation>Eine vorbereitete Datenbankanweisung darf nur einen SQL-Befehl enthalten.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="369"/>
        <source>The database key cannot be changed inside a transaction.</source>
        <translation>Der Datenbankschlüssel lässt sich nicht innerhalb einer Transaktion ändern.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="375"/>
        <source>Cannot prepare the database for a new key (is another program using it?): %1</source>
        <translation>Die Datenbank lässt sich nicht auf einen neuen Schlüssel vorbereiten (benutzt ein anderes Programm sie?): %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="389"/>
        <source>Cannot change the database key: %1</source>
        <translation>Der Datenbankschlüssel lässt sich nicht ändern: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="402"/>
        <source>The database file %1 has pages that do not authenticate: %2</source>
        <translation>Die Datenbankdatei %1 enthält Seiten, deren Authentifizierung fehlschlägt: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="410"/>
        <source>The database file %1 is damaged: %2</source>
        <translation>Die Datenbankdatei %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="424"/>
        <source>The write-ahead log could not be emptied because another connection is using the database.</source>
        <translation>Das Write-Ahead-Log ließ sich nicht leeren, weil eine andere Verbindung die Datenbank benutzt.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="427"/>
        <source>The write-ahead log could not be emptied: %1</source>
        <translation>Das Write-Ahead-Log ließ sich nicht leeren: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="437"/>
        <source>%1 exists already; nothing was written.</source>
        <translation>%1 existiert bereits; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="439"/>
        <source>A copy cannot be made inside a transaction.</source>
        <translation>Innerhalb einer Transaktion lässt sich keine Kopie anlegen.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="449"/>
        <location filename="../app/storage/Database.cpp" line="459"/>
        <source>Cannot make the copy %1: %2</source>
        <translation>Die Kopie %1 lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="479"/>
        <source>Cannot make the copy %1.</source>
        <translation>Die Kopie %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="482"/>
        <source>Cannot make the copy %1 (is the disk full?): %2</source>
        <translation>Die Kopie %1 lässt sich nicht anlegen (ist der Datenträger voll?): %2</translation>
    </message>
</context>
<context>
    <name>dpp::DeletionRequests</name>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="56"/>
        <source>Cannot make the folder %1.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="121"/>
        <source>Amazon&apos;s reference has 1 to 64 letters, digits and - _ . / : (no spaces).</source>
        <translation>Amazons Referenz hat 1 bis 64 Buchstaben, Ziffern und - _ . / : (keine Leerzeichen).</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="125"/>
        <source>Give when Amazon&apos;s request was received (not in the future).</source>
        <translation>Geben Sie an, wann Amazons Anfrage einging (nicht in der Zukunft).</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="132"/>
        <source>&quot;%1&quot; is not an order id.</source>
        <translation>„%1“ ist keine Bestellnummer.</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="137"/>
        <source>Name the orders the request covers.</source>
        <translation>Nennen Sie die Bestellungen, die die Anfrage betrifft.</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="142"/>
        <source>Give a purchase-date range whose start is not after its end.</source>
        <translation>Geben Sie einen Kaufdatumsbereich an, dessen Anfang nicht nach seinem Ende liegt.</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="187"/>
        <source>There is no deletion request %1.</source>
        <translation>Es gibt keine Löschanfrage %1.</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="292"/>
        <source>The request names orders this database does not know: %1.</source>
        <translation>Die Anfrage nennt Bestellungen, die diese Datenbank nicht kennt: %1.</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="362"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="365"/>
        <source>%1 is not a return export of DPP Console.</source>
        <translation>%1 ist kein Rückgabe-Export von DPP Console.</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="369"/>
        <source>The key of a return export is 64 hex digits.</source>
        <translation>Der Schlüssel eines Rückgabe-Exports besteht aus 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="393"/>
        <source>all Amazon Information in this database (order facts and items too)</source>
        <translation>alle Amazon-Informationen in dieser Datenbank (auch Bestelldaten und Artikel)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/purge/DeletionRequests.cpp" line="396"/>
        <source>%n listed order(s)</source>
        <translation>
            <numerusform>%n aufgeführte Bestellung</numerusform>
            <numerusform>%n aufgeführte Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="399"/>
        <source>orders purchased from %1 to %2 (UTC, both days included)</source>
        <translation>Bestellungen mit Kaufdatum vom %1 bis %2 (UTC, beide Tage eingeschlossen)</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="410"/>
        <source>Certification of an Amazon deletion request</source>
        <translation>Bescheinigung zu einer Löschanfrage von Amazon</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="411"/>
        <source>DPP Console, database %1</source>
        <translation>DPP Console, Datenbank %1</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="412"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="413"/>
        <source>Amazon&apos;s reference</source>
        <translation>Amazons Referenz</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="414"/>
        <source>Received (UTC)</source>
        <translation>Eingegangen (UTC)</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="415"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="417"/>
        <source>return: the data was exported for Amazon (encrypted), then deleted</source>
        <translation>Rückgabe: Die Daten wurden für Amazon exportiert (verschlüsselt) und dann gelöscht</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="418"/>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="419"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="420"/>
        <source>Fulfilled (UTC)</source>
        <translation>Erfüllt (UTC)</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="421"/>
        <source>%1, %2 hours after receipt (%3)</source>
        <translation>%1, %2 Stunden nach Eingang (%3)</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="424"/>
        <source>within 72 hours</source>
        <translation>innerhalb von 72 Stunden</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="424"/>
        <source>after the 72 hours</source>
        <translation>nach Ablauf der 72 Stunden</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="425"/>
        <source>Fulfilled by</source>
        <translation>Erfüllt von</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="426"/>
        <source>Purge run</source>
        <translation>Löschlauf</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="427"/>
        <source>none: nothing left to purge</source>
        <translation>keiner: nichts mehr zu löschen</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="428"/>
        <source>Orders purged</source>
        <translation>Gelöschte Bestellungen</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="429"/>
        <source>SHA-256 of the purged order ids</source>
        <translation>SHA-256 der gelöschten Bestellnummern</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="431"/>
        <source>Certificate of sanitization</source>
        <translation>Löschzertifikat</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="432"/>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="434"/>
        <source>Return export</source>
        <translation>Rückgabe-Export</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="435"/>
        <source>%1 (AES-256-GCM; the key was handed over separately), SHA-256 %2</source>
        <translation>%1 (AES-256-GCM; der Schlüssel wurde getrennt übergeben), SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="440"/>
        <location filename="../app/purge/DeletionRequests.cpp" line="453"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="441"/>
        <source>No backup that DPP Console made before this request is still live, so none can hold the data. Copies made by other means are not known to DPP Console.</source>
        <translation>Keine Sicherung, die DPP Console vor dieser Anfrage erstellt hat, ist noch vorhanden; keine kann die Daten also enthalten. Auf anderem Weg erstellte Kopien kennt DPP Console nicht.</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="443"/>
        <location filename="../app/purge/DeletionRequests.cpp" line="457"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="444"/>
        <source>complete: deleted from the live database, and no backup known to hold it</source>
        <translation>abgeschlossen: aus der laufenden Datenbank gelöscht, und keine bekannte Sicherung enthält sie</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="449"/>
        <source>%1 (made %2, expires %3)</source>
        <translation>%1 (erstellt am %2, läuft am %3 ab)</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="454"/>
        <source>Made before this request and still live, so they may hold the data until they expire or are destroyed: %1. A restore from any of them replays this purge.</source>
        <translation>Vor dieser Anfrage erstellt und noch vorhanden; sie können die Daten daher enthalten, bis sie ablaufen oder vernichtet werden: %1. Eine Wiederherstellung aus einer von ihnen führt diese Löschung erneut aus.</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="458"/>
        <source>fulfilled: deleted from the live database; complete once those backups have expired or been destroyed, by %1 at the latest</source>
        <translation>erfüllt: aus der laufenden Datenbank gelöscht; abgeschlossen, sobald diese Sicherungen abgelaufen sind oder vernichtet wurden, spätestens am %1</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="463"/>
        <source>I certify that the Amazon Information this request names was %1 as stated above.</source>
        <translation>Ich bescheinige, dass die in dieser Anfrage genannten Amazon-Informationen wie oben angegeben %1 wurden.</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="464"/>
        <source>returned to Amazon and deleted</source>
        <translation>an Amazon zurückgegeben und gelöscht</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="465"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="467"/>
        <source>Signature: ______________________________   Date: ______________</source>
        <translation>Unterschrift: ______________________________   Datum: ______________</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="468"/>
        <source>Name and title: ______________________________</source>
        <translation>Name und Funktion: ______________________________</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="476"/>
        <source>Certification of deletion request %1</source>
        <translation>Bescheinigung zur Löschanfrage %1</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="483"/>
        <source>The certification of the request could not be drawn.</source>
        <translation>Die Bescheinigung zur Anfrage ließ sich nicht erstellen.</translation>
    </message>
    <message>
        <location filename="../app/purge/DeletionRequests.cpp" line="496"/>
        <source>Deletion request %1 was fulfilled on %2; nothing was done.</source>
        <translation>Die Löschanfrage %1 wurde am %2 erfüllt; es wurde nichts getan.</translation>
    </message>
</context>
<context>
    <name>dpp::KeySlotFile</name>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="264"/>
        <source>The slot secret has the wrong length.</source>
        <translation>Das Geheimnis des Schlüsselplatzes hat die falsche Länge.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="300"/>
        <source>The key slot&apos;s public key does not match its private key.</source>
        <translation>Der öffentliche Schlüssel des Schlüsselplatzes passt nicht zu seinem privaten Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="310"/>
        <source>Sealing a key to a slot failed.</source>
        <translation>Das Versiegeln eines Schlüssels für einen Schlüsselplatz ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="325"/>
        <source>This key slot holds no database key.</source>
        <translation>Dieser Schlüsselplatz enthält keinen Datenbankschlüssel.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="326"/>
        <source>This key slot holds no PII key.</source>
        <translation>Dieser Schlüsselplatz enthält keinen PII-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="400"/>
        <source>The key file %1 is missing.</source>
        <translation>Die Schlüsseldatei %1 fehlt.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="403"/>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Die Schlüsseldatei %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="407"/>
        <source>The key file %1 is too large to be a DPP Console key file.</source>
        <translation>Die Schlüsseldatei %1 ist zu groß für eine Schlüsseldatei von DPP Console.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="419"/>
        <source>The key file %1 is damaged (not valid JSON at byte %2); restore it from a backup copy.</source>
        <translation>Die Schlüsseldatei %1 ist beschädigt (kein gültiges JSON bei Byte %2); stellen Sie sie aus einer Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="429"/>
        <source>%1 is not a DPP Console key file.</source>
        <translation>%1 ist keine Schlüsseldatei von DPP Console.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="433"/>
        <source>The key file %1 has format version %2; this program reads version %3.</source>
        <translation>Die Schlüsseldatei %1 hat die Formatversion %2; dieses Programm liest Version %3.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="467"/>
        <source>The key file %1 is damaged (field %2); restore it from a backup copy.</source>
        <translation>Die Schlüsseldatei %1 ist beschädigt (Feld %2); stellen Sie sie aus einer Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="479"/>
        <source>The key file was changed outside DPP Console (its MAC does not match). Restore it from a backup copy and rotate the database key.</source>
        <translation>Die Schlüsseldatei wurde außerhalb von DPP Console verändert (ihr MAC stimmt nicht). Stellen Sie sie aus einer Sicherungskopie wieder her und erneuern Sie den Datenbankschlüssel.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="512"/>
        <source>The key slot of %1 (%2) that holds the PII key was changed outside DPP Console. Restore the key file from a backup copy and rotate the keys.</source>
        <translation>Der Schlüsselplatz von %1 (%2), der den PII-Schlüssel enthält, wurde außerhalb von DPP Console verändert. Stellen Sie die Schlüsseldatei aus einer Sicherungskopie wieder her und erneuern Sie die Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/crypto/KeySlotFile.cpp" line="599"/>
        <location filename="../app/crypto/KeySlotFile.cpp" line="614"/>
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
    <name>dpp::OrderFileParser</name>
    <message>
        <location filename="../app/orders/import/FlatFileReader.cpp" line="158"/>
        <source>the order id is empty</source>
        <translation>die Bestellnummer ist leer</translation>
    </message>
    <message>
        <location filename="../app/orders/import/FlatFileReader.cpp" line="160"/>
        <source>%1: line %2</source>
        <translation>%1: Zeile %2</translation>
    </message>
    <message>
        <location filename="../app/orders/import/FlatFileReader.cpp" line="215"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../app/orders/import/FlatFileReader.cpp" line="237"/>
        <source>%1: line %2, column &quot;%3&quot;: %4</source>
        <translation>%1: Zeile %2, Spalte „%3“: %4</translation>
    </message>
    <message>
        <location filename="../app/orders/import/FlatFileReader.cpp" line="250"/>
        <location filename="../app/orders/import/ImportSupport.cpp" line="75"/>
        <source>expected a date and time (ISO 8601)</source>
        <translation>Datum und Uhrzeit erwartet (ISO 8601)</translation>
    </message>
    <message>
        <location filename="../app/orders/import/FlatFileReader.cpp" line="262"/>
        <location filename="../app/orders/import/ImportSupport.cpp" line="87"/>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../app/orders/import/FlatFileReader.cpp" line="282"/>
        <source>flat-file order report</source>
        <translation>Flatfile-Bestellbericht</translation>
    </message>
    <message>
        <location filename="../app/orders/import/FlatFileReader.cpp" line="317"/>
        <source>%1: line %2: the text is not UTF-8.</source>
        <translation>%1: Zeile %2: Der Text ist nicht in UTF-8 kodiert.</translation>
    </message>
    <message>
        <location filename="../app/orders/import/FlatFileReader.cpp" line="329"/>
        <source>%1: line %2: no order-id or amazon-order-id column; this is not an order report (columns are separated by tabs).</source>
        <translation>%1: Zeile %2: Es gibt keine Spalte order-id oder amazon-order-id; das ist kein Bestellbericht (die Spalten sind durch Tabulatoren getrennt).</translation>
    </message>
    <message>
        <location filename="../app/orders/import/FlatFileReader.cpp" line="343"/>
        <location filename="../app/orders/import/OrderFileParser.cpp" line="118"/>
        <source>%1: the file is empty.</source>
        <translation>%1: Die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../app/orders/import/ImportSupport.cpp" line="12"/>
        <source>%1: the import was cancelled.</source>
        <translation>%1: Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/orders/import/ImportSupport.cpp" line="42"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location filename="../app/orders/import/ImportSupport.cpp" line="47"/>
        <location filename="../app/orders/import/SpApi2026Parser.cpp" line="268"/>
        <location filename="../app/orders/import/SpApiV0Parser.cpp" line="261"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../app/orders/import/ImportSupport.cpp" line="56"/>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <location filename="../app/orders/import/ImportSupport.cpp" line="100"/>
        <location filename="../app/orders/import/ImportSupport.cpp" line="123"/>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../app/orders/import/ImportSupport.cpp" line="113"/>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <location filename="../app/orders/import/OrderFileParser.cpp" line="46"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/orders/import/OrderFileParser.cpp" line="49"/>
        <source>%1: the file holds an error answer from Amazon, not orders: %2</source>
        <translation>%1: Die Datei enthält eine Fehlerantwort von Amazon, keine Bestellungen: %2</translation>
    </message>
    <message>
        <location filename="../app/orders/import/OrderFileParser.cpp" line="62"/>
        <source>%1: line %2, column %3: the JSON is not valid (%4).</source>
        <translation>%1: Zeile %2, Spalte %3: Das JSON ist nicht gültig (%4).</translation>
    </message>
    <message>
        <location filename="../app/orders/import/OrderFileParser.cpp" line="79"/>
        <source>%1: this JSON is not an SP-API Orders response (v0 &quot;payload&quot;, or 2026-01-01 &quot;order&quot; or &quot;orders&quot;).</source>
        <translation>%1: Dieses JSON ist keine Antwort der SP-API Orders (v0 „payload“ oder 2026-01-01 „order“ bzw. „orders“).</translation>
    </message>
    <message>
        <location filename="../app/orders/import/OrderFileParser.cpp" line="93"/>
        <location filename="../app/orders/import/OrderFileParser.cpp" line="97"/>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: Die Datei lässt sich nicht lesen (%2).</translation>
    </message>
    <message>
        <location filename="../app/orders/import/SpApi2026Parser.cpp" line="28"/>
        <location filename="../app/orders/import/SpApiV0Parser.cpp" line="32"/>
        <source>missing: the part does not name its order</source>
        <translation>fehlt: Der Teil nennt seine Bestellung nicht</translation>
    </message>
    <message>
        <location filename="../app/orders/import/SpApi2026Parser.cpp" line="250"/>
        <source>SP-API Orders 2026-01-01 searchOrders</source>
        <translation>SP-API Orders 2026-01-01 searchOrders</translation>
    </message>
    <message>
        <location filename="../app/orders/import/SpApi2026Parser.cpp" line="264"/>
        <source>SP-API Orders 2026-01-01 getOrder</source>
        <translation>SP-API Orders 2026-01-01 getOrder</translation>
    </message>
    <message>
        <location filename="../app/orders/import/SpApiV0Parser.cpp" line="224"/>
        <source>SP-API Orders v0 getOrders</source>
        <translation>SP-API Orders v0 getOrders</translation>
    </message>
    <message>
        <location filename="../app/orders/import/SpApiV0Parser.cpp" line="230"/>
        <source>SP-API Orders v0 getOrderItems</source>
        <translation>SP-API Orders v0 getOrderItems</translation>
    </message>
    <message>
        <location filename="../app/orders/import/SpApiV0Parser.cpp" line="231"/>
        <source>SP-API Orders v0 getOrderItemsBuyerInfo</source>
        <translation>SP-API Orders v0 getOrderItemsBuyerInfo</translation>
    </message>
    <message>
        <location filename="../app/orders/import/SpApiV0Parser.cpp" line="234"/>
        <source>SP-API Orders v0 getOrderRegulatedInfo</source>
        <translation>SP-API Orders v0 getOrderRegulatedInfo</translation>
    </message>
    <message>
        <location filename="../app/orders/import/SpApiV0Parser.cpp" line="236"/>
        <source>SP-API Orders v0 getOrder</source>
        <translation>SP-API Orders v0 getOrder</translation>
    </message>
    <message>
        <location filename="../app/orders/import/SpApiV0Parser.cpp" line="238"/>
        <source>SP-API Orders v0 getOrderAddress</source>
        <translation>SP-API Orders v0 getOrderAddress</translation>
    </message>
    <message>
        <location filename="../app/orders/import/SpApiV0Parser.cpp" line="240"/>
        <source>SP-API Orders v0 getOrderBuyerInfo</source>
        <translation>SP-API Orders v0 getOrderBuyerInfo</translation>
    </message>
    <message>
        <location filename="../app/orders/import/SpApiV0Parser.cpp" line="241"/>
        <source>SP-API Orders v0</source>
        <translation>SP-API Orders v0</translation>
    </message>
</context>
<context>
    <name>dpp::OrderSealing</name>
    <message>
        <location filename="../app/orders/OrderSealing.cpp" line="66"/>
        <source>An order&apos;s sealed buyer data is damaged.</source>
        <translation>Die versiegelten Käuferdaten einer Bestellung sind beschädigt.</translation>
    </message>
</context>
<context>
    <name>dpp::OrderStore</name>
    <message>
        <location filename="../app/orders/OrderStore.cpp" line="254"/>
        <source>%1: an order without an AmazonOrderId cannot be stored.</source>
        <translation>%1: Eine Bestellung ohne AmazonOrderId lässt sich nicht speichern.</translation>
    </message>
    <message>
        <location filename="../app/orders/OrderStore.cpp" line="667"/>
        <source>Fulfilling the order</source>
        <translation>Abwicklung der Bestellung</translation>
    </message>
    <message>
        <location filename="../app/orders/OrderStore.cpp" line="669"/>
        <source>Customer service request</source>
        <translation>Anfrage an den Kundenservice</translation>
    </message>
    <message>
        <location filename="../app/orders/OrderStore.cpp" line="671"/>
        <source>Return or refund</source>
        <translation>Rücksendung oder Erstattung</translation>
    </message>
    <message>
        <location filename="../app/orders/OrderStore.cpp" line="673"/>
        <source>Legal request</source>
        <translation>Rechtliche Anfrage</translation>
    </message>
    <message>
        <location filename="../app/orders/OrderStore.cpp" line="675"/>
        <source>Tax invoice</source>
        <translation>Rechnung mit Umsatzsteuer</translation>
    </message>
    <message>
        <location filename="../app/orders/OrderStore.cpp" line="677"/>
        <source>Security investigation</source>
        <translation>Sicherheitsuntersuchung</translation>
    </message>
    <message>
        <location filename="../app/orders/OrderStore.cpp" line="729"/>
        <source>PII access is turned off for everyone by an administrator (kill switch): nothing can be imported until it is turned on again.</source>
        <translation>Der Zugriff auf personenbezogene Daten ist von einem Administrator für alle abgeschaltet (Notschalter): Bis er wieder eingeschaltet wird, lässt sich nichts importieren.</translation>
    </message>
    <message>
        <location filename="../app/orders/OrderStore.cpp" line="734"/>
        <source>Importing orders stores buyer data, which needs the PII key; your account has not been given it yet (the Data Protection Officer grants it).</source>
        <translation>Beim Import von Bestellungen werden Käuferdaten gespeichert, wofür der PII-Schlüssel nötig ist; Ihr Konto hat ihn noch nicht erhalten (der Datenschutzbeauftragte vergibt ihn).</translation>
    </message>
    <message>
        <location filename="../app/orders/OrderStore.cpp" line="769"/>
        <source>The import was cancelled; nothing of it was kept.</source>
        <translation>Der Import wurde abgebrochen; nichts davon wurde übernommen.</translation>
    </message>
    <message>
        <location filename="../app/orders/OrderStore.cpp" line="838"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/orders/OrderStore.cpp" line="955"/>
        <location filename="../app/orders/OrderStore.cpp" line="1020"/>
        <source>There is no order %1.</source>
        <translation>Es gibt keine Bestellung %1.</translation>
    </message>
    <message>
        <location filename="../app/orders/OrderStore.cpp" line="1005"/>
        <source>Choose why you reveal this order&apos;s buyer data: the reason is recorded.</source>
        <translation>Wählen Sie, warum Sie die Käuferdaten dieser Bestellung anzeigen: Der Grund wird protokolliert.</translation>
    </message>
    <message>
        <location filename="../app/orders/OrderStore.cpp" line="1008"/>
        <source>A ticket reference has at most 32 letters, digits and - _ # . / : (no spaces).</source>
        <translation>Eine Ticketreferenz hat höchstens 32 Buchstaben, Ziffern und - _ # . / : (keine Leerzeichen).</translation>
    </message>
    <message>
        <location filename="../app/orders/OrderStore.cpp" line="1024"/>
        <source>The buyer data of order %1 was purged.</source>
        <translation>Die Käuferdaten der Bestellung %1 wurden gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/orders/OrderStore.cpp" line="1025"/>
        <source>Order %1 has no buyer data.</source>
        <translation>Bestellung %1 hat keine Käuferdaten.</translation>
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
    <name>dpp::PiiFields</name>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="103"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="105"/>
        <source>Recipient&apos;s company</source>
        <translation>Firma des Empfängers</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="107"/>
        <source>Address line 1</source>
        <translation>Adresszeile 1</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="109"/>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="111"/>
        <source>Address line 3</source>
        <translation>Adresszeile 3</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="113"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="115"/>
        <source>County or district</source>
        <translation>Landkreis oder Bezirk</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="117"/>
        <source>State or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="119"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="121"/>
        <source>Recipient&apos;s phone</source>
        <translation>Telefon des Empfängers</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="123"/>
        <source>Address type</source>
        <translation>Adresstyp</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="125"/>
        <source>Street details and location</source>
        <translation>Straßenangaben und Standort</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="127"/>
        <source>Delivery instructions</source>
        <translation>Lieferhinweise</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="129"/>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="131"/>
        <source>Buyer&apos;s e-mail</source>
        <translation>E-Mail des Käufers</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="133"/>
        <source>Buyer&apos;s phone</source>
        <translation>Telefon des Käufers</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="135"/>
        <source>Buyer&apos;s company</source>
        <translation>Firma des Käufers</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="137"/>
        <source>Buyer&apos;s tax id</source>
        <translation>Steuer-ID des Käufers</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="139"/>
        <source>Buyer&apos;s tax details</source>
        <translation>Steuerangaben des Käufers</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="141"/>
        <source>Buyer&apos;s county</source>
        <translation>Landkreis des Käufers</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="143"/>
        <source>Purchase order number</source>
        <translation>Einkaufsbestellnummer (PO)</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="145"/>
        <source>Billing address line 1</source>
        <translation>Rechnungsadresse Zeile 1</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="147"/>
        <source>Billing address line 2</source>
        <translation>Rechnungsadresse Zeile 2</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="149"/>
        <source>Billing address line 3</source>
        <translation>Rechnungsadresse Zeile 3</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="151"/>
        <source>Billing city</source>
        <translation>Rechnungsadresse Ort</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="153"/>
        <source>Billing state or region</source>
        <translation>Rechnungsadresse Bundesland oder Region</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="155"/>
        <source>Billing postal code</source>
        <translation>Rechnungsadresse Postleitzahl</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="157"/>
        <source>Gift message</source>
        <translation>Geschenknachricht</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="159"/>
        <source>Customization download</source>
        <translation>Download der Personalisierung</translation>
    </message>
    <message>
        <location filename="../app/orders/PiiField.cpp" line="161"/>
        <source>Regulated information</source>
        <translation>Regulierte Informationen</translation>
    </message>
</context>
<context>
    <name>dpp::PurgeEngine</name>
    <message>
        <location filename="../app/purge/PurgeEngine.cpp" line="265"/>
        <source>There is no order %1.</source>
        <translation>Es gibt keine Bestellung %1.</translation>
    </message>
    <message>
        <location filename="../app/purge/PurgeEngine.cpp" line="268"/>
        <source>Orders on legal hold are not purged until the hold is released: %1.</source>
        <translation>Bestellungen mit rechtlicher Löschsperre werden erst gelöscht, wenn die Löschsperre aufgehoben ist: %1.</translation>
    </message>
    <message>
        <location filename="../app/purge/PurgeEngine.cpp" line="275"/>
        <source>Orders on tax hold need their invoice fields in the tax archive first, and this session cannot write it (it needs the PII key, PII access on, and a tax archive key): %1. Nothing was purged.</source>
        <translation>Bei Bestellungen mit steuerlicher Löschsperre müssen die Rechnungsfelder zuerst ins Steuerarchiv, und diese Sitzung kann es nicht schreiben (dafür sind der PII-Schlüssel, ein eingeschalteter PII-Zugriff und ein Steuerarchiv-Schlüssel nötig): %1. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/purge/PurgeEngine.cpp" line="413"/>
        <source>The purge was cancelled; nothing was purged.</source>
        <translation>Die Löschung wurde abgebrochen; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/purge/PurgeEngine.cpp" line="471"/>
        <source>The sqlcipher shell, which reads every page for the verification, did not start.</source>
        <translation>Die sqlcipher-Shell, die für die Prüfung jede Seite liest, ließ sich nicht starten.</translation>
    </message>
    <message>
        <location filename="../app/purge/PurgeEngine.cpp" line="501"/>
        <source>The sqlcipher shell could not read the database&apos;s pages.</source>
        <translation>Die sqlcipher-Shell konnte die Seiten der Datenbank nicht lesen.</translation>
    </message>
    <message>
        <location filename="../app/purge/PurgeEngine.cpp" line="505"/>
        <source>every page read decrypted through sqlite_dbpage (sqlcipher shell %1), free pages included</source>
        <translation>jede Seite entschlüsselt über sqlite_dbpage gelesen (sqlcipher-Shell %1), freie Seiten eingeschlossen</translation>
    </message>
    <message>
        <location filename="../app/purge/PurgeEngine.cpp" line="550"/>
        <source>A run that purged nothing has no certificate.</source>
        <translation>Ein Lauf, der nichts gelöscht hat, erhält kein Löschzertifikat.</translation>
    </message>
    <message>
        <location filename="../app/purge/PurgeEngine.cpp" line="555"/>
        <source>Cannot make the folder %1 for certificates.</source>
        <translation>Der Ordner %1 für Löschzertifikate lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <location filename="../app/purge/PurgeEngine.cpp" line="580"/>
        <source>Scheduler (unattended purge of due orders)</source>
        <translation>Zeitplaner (unbeaufsichtigte Löschung fälliger Bestellungen)</translation>
    </message>
    <message>
        <location filename="../app/purge/PurgeEngine.cpp" line="581"/>
        <source>Service account of DPP Console</source>
        <translation>Dienstkonto von DPP Console</translation>
    </message>
    <message>
        <location filename="../app/purge/PurgeEngine.cpp" line="595"/>
        <source>No backup that DPP Console made before this run is still live (copies made by other means are not known to DPP Console).</source>
        <translation>Keine Sicherung, die DPP Console vor diesem Lauf erstellt hat, ist noch vorhanden (auf anderem Weg erstellte Kopien kennt DPP Console nicht).</translation>
    </message>
    <message>
        <location filename="../app/purge/PurgeEngine.cpp" line="601"/>
        <source>%1, made %2, expires %3, at %4</source>
        <translation>%1, erstellt am %2, läuft am %3 ab, Ort: %4</translation>
    </message>
    <message>
        <location filename="../app/purge/PurgeEngine.cpp" line="605"/>
        <source>%1. Restoring a backup replays the purge ledger, so these orders&apos; buyer data does not come back; each copy holds it until it expires or is destroyed.</source>
        <translation>%1. Bei der Wiederherstellung einer Sicherung wird das Löschjournal erneut angewendet, sodass die Käuferdaten dieser Bestellungen nicht zurückkehren; jede Kopie enthält sie, bis sie abläuft oder vernichtet wird.</translation>
    </message>
    <message>
        <location filename="../app/purge/PurgeEngine.cpp" line="647"/>
        <source>%1 is not a certificate this database&apos;s audit log records (its SHA-256 is %2): it was changed, or it belongs to another database.</source>
        <translation>%1 ist kein Löschzertifikat, das im Prüfprotokoll dieser Datenbank verzeichnet ist (sein SHA-256 ist %2): Es wurde verändert oder gehört zu einer anderen Datenbank.</translation>
    </message>
</context>
<context>
    <name>dpp::PurgeLedgerFile</name>
    <message>
        <location filename="../app/purge/PurgeLedgerFile.cpp" line="16"/>
        <source>Cannot write the purge ledger %1 (%2); nothing was purged.</source>
        <translation>Das Löschjournal %1 lässt sich nicht schreiben (%2); es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/purge/PurgeLedgerFile.cpp" line="28"/>
        <source>Cannot write the purge ledger %1 (is the disk full?); nothing was purged.</source>
        <translation>Das Löschjournal %1 lässt sich nicht schreiben (ist der Datenträger voll?); es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/purge/PurgeLedgerFile.cpp" line="40"/>
        <source>Cannot read the purge ledger %1 (%2).</source>
        <translation>Das Löschjournal %1 lässt sich nicht lesen (%2).</translation>
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
    <name>dpp::Retention</name>
    <message>
        <location filename="../app/retention/Retention.cpp" line="60"/>
        <location filename="../app/retention/Retention.cpp" line="203"/>
        <source>There is no order %1.</source>
        <translation>Es gibt keine Bestellung %1.</translation>
    </message>
    <message>
        <location filename="../app/retention/Retention.cpp" line="86"/>
        <source>Legal hold</source>
        <translation>Rechtliche Löschsperre</translation>
    </message>
    <message>
        <location filename="../app/retention/Retention.cpp" line="86"/>
        <source>Tax hold</source>
        <translation>Steuerliche Löschsperre</translation>
    </message>
    <message>
        <location filename="../app/retention/Retention.cpp" line="106"/>
        <source>The DPP allows buyer data no longer than %1 days after shipment: choose from %2 to %1 days.</source>
        <translation>Die DPP erlaubt Käuferdaten höchstens %1 Tage nach dem Versand: Wählen Sie %2 bis %1 Tage.</translation>
    </message>
    <message>
        <location filename="../app/retention/Retention.cpp" line="267"/>
        <source>Say why the order is held: the reason is kept with the hold.</source>
        <translation>Geben Sie den Grund für die Löschsperre an: Die Begründung wird mit der Löschsperre gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/retention/Retention.cpp" line="271"/>
        <source>A legal hold needs a review date after today, when someone checks it is still needed.</source>
        <translation>Eine rechtliche Löschsperre braucht ein Prüfdatum nach dem heutigen Tag, an dem jemand prüft, ob sie noch nötig ist.</translation>
    </message>
    <message>
        <location filename="../app/retention/Retention.cpp" line="285"/>
        <source>Order %1 is already on legal hold.</source>
        <translation>Bestellung %1 hat bereits eine rechtliche Löschsperre.</translation>
    </message>
    <message>
        <location filename="../app/retention/Retention.cpp" line="286"/>
        <source>Order %1 is already on tax hold.</source>
        <translation>Bestellung %1 hat bereits eine steuerliche Löschsperre.</translation>
    </message>
    <message>
        <location filename="../app/retention/Retention.cpp" line="328"/>
        <source>Order %1 is not on legal hold.</source>
        <translation>Bestellung %1 hat keine rechtliche Löschsperre.</translation>
    </message>
    <message>
        <location filename="../app/retention/Retention.cpp" line="329"/>
        <source>Order %1 is not on tax hold.</source>
        <translation>Bestellung %1 hat keine steuerliche Löschsperre.</translation>
    </message>
</context>
<context>
    <name>dpp::RetentionRules</name>
    <message>
        <location filename="../app/retention/RetentionRules.cpp" line="88"/>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <location filename="../app/retention/RetentionRules.cpp" line="90"/>
        <source>Latest ship date</source>
        <translation>Spätestes Versanddatum</translation>
    </message>
    <message>
        <location filename="../app/retention/RetentionRules.cpp" line="92"/>
        <source>Shipped (last update)</source>
        <translation>Versandt (letzte Aktualisierung)</translation>
    </message>
    <message>
        <location filename="../app/retention/RetentionRules.cpp" line="94"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../app/retention/RetentionRules.cpp" line="96"/>
        <source>Awaiting shipment</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <location filename="../app/retention/RetentionRules.cpp" line="98"/>
        <source>Order not complete</source>
        <translation>Bestellung unvollständig</translation>
    </message>
</context>
<context>
    <name>dpp::Roles</name>
    <message>
        <location filename="../app/auth/Permission.cpp" line="155"/>
        <source>Data Protection Officer</source>
        <translation>Datenschutzbeauftragte(r)</translation>
    </message>
    <message>
        <location filename="../app/auth/Permission.cpp" line="157"/>
        <source>Operator</source>
        <translation>Auftragsbearbeitung</translation>
    </message>
    <message>
        <location filename="../app/auth/Permission.cpp" line="159"/>
        <source>Warehouse manager</source>
        <translation>Lagerleitung</translation>
    </message>
    <message>
        <location filename="../app/auth/Permission.cpp" line="161"/>
        <source>Incident responder</source>
        <translation>Incident Response</translation>
    </message>
    <message>
        <location filename="../app/auth/Permission.cpp" line="163"/>
        <source>Auditor</source>
        <translation>Prüfung (Audit)</translation>
    </message>
    <message>
        <location filename="../app/auth/Permission.cpp" line="165"/>
        <source>IT administrator</source>
        <translation>IT-Administration</translation>
    </message>
    <message>
        <location filename="../app/auth/Permission.cpp" line="167"/>
        <source>Scheduler (service)</source>
        <translation>Zeitplaner (Dienst)</translation>
    </message>
</context>
<context>
    <name>dpp::Schema</name>
    <message>
        <location filename="../app/storage/Schema.cpp" line="234"/>
        <source>Cannot read the schema version of the database.</source>
        <translation>Die Schemaversion der Datenbank lässt sich nicht lesen.</translation>
    </message>
    <message>
        <location filename="../app/storage/Schema.cpp" line="260"/>
        <source>Updating the database to schema version %1 (%2) failed; it stays at version %3. %4</source>
        <translation>Die Aktualisierung der Datenbank auf Schemaversion %1 (%2) ist fehlgeschlagen; sie bleibt auf Version %3. %4</translation>
    </message>
    <message>
        <location filename="../app/storage/Schema.cpp" line="278"/>
        <source>The schema steps are not numbered 1, 2, 3, ... in order.</source>
        <translation>Die Schemaschritte sind nicht der Reihe nach mit 1, 2, 3, … nummeriert.</translation>
    </message>
    <message>
        <location filename="../app/storage/Schema.cpp" line="285"/>
        <source>There is no schema version %1 (the latest is %2).</source>
        <translation>Es gibt keine Schemaversion %1 (die neueste ist %2).</translation>
    </message>
    <message>
        <location filename="../app/storage/Schema.cpp" line="292"/>
        <source>The database was made by a newer DPP Console (schema version %1; this version knows up to %2). Update DPP Console to open it.</source>
        <translation>Die Datenbank wurde von einer neueren DPP Console angelegt (Schemaversion %1; diese Version kennt Versionen bis %2). Aktualisieren Sie DPP Console, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../app/storage/Schema.cpp" line="298"/>
        <source>The database is at schema version %1, newer than the requested %2; a database is never downgraded.</source>
        <translation>Die Datenbank hat Schemaversion %1, neuer als die verlangte %2; eine Datenbank wird nie auf eine ältere Version zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>dpp::Session</name>
    <message>
        <location filename="../app/auth/Session.cpp" line="24"/>
        <source>Choose a new password first: the current one has expired or was set by an administrator.</source>
        <translation>Wählen Sie zuerst ein neues Passwort: Das jetzige ist abgelaufen oder wurde von einem Administrator gesetzt.</translation>
    </message>
    <message>
        <location filename="../app/auth/Session.cpp" line="29"/>
        <source>Set up two-factor sign-in first: the 7 days in which the password alone was enough are over.</source>
        <translation>Richten Sie zuerst die Zwei-Faktor-Anmeldung ein: Die 7 Tage, in denen das Passwort allein genügte, sind vorbei.</translation>
    </message>
    <message>
        <location filename="../app/auth/Session.cpp" line="35"/>
        <source>%1 may not do this: it needs the permission &quot;%2&quot;, which none of their roles grants.</source>
        <translation>%1 darf das nicht: Dafür ist die Berechtigung „%2“ nötig, die keine der Rollen gewährt.</translation>
    </message>
</context>
<context>
    <name>dpp::Statement</name>
    <message>
        <location filename="../app/storage/Statement.cpp" line="133"/>
        <location filename="../app/storage/Statement.cpp" line="176"/>
        <source>The database statement is not prepared.</source>
        <translation>Die Datenbankanweisung ist nicht vorbereitet.</translation>
    </message>
    <message>
        <location filename="../app/storage/Statement.cpp" line="137"/>
        <source>Cannot bind parameter %1 of a database statement: %2</source>
        <translation>Parameter %1 einer Datenbankanweisung lässt sich nicht binden: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Statement.cpp" line="146"/>
        <source>A database statement failed: %1</source>
        <translation>Eine Datenbankanweisung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>dpp::TaxArchive</name>
    <message>
        <location filename="../app/purge/TaxArchive.cpp" line="86"/>
        <source>The tax archive key stored in the database is damaged; make a new one.</source>
        <translation>Der in der Datenbank gespeicherte Steuerarchiv-Schlüssel ist beschädigt; erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <location filename="../app/purge/TaxArchive.cpp" line="129"/>
        <source>There is no tax archive key yet: the Data Protection Officer makes one in the Retention view (or with dppctl tax-archive key). Nothing was purged.</source>
        <translation>Es gibt noch keinen Steuerarchiv-Schlüssel: Der Datenschutzbeauftragte erstellt ihn in der Ansicht „Aufbewahrung“ (oder mit dppctl tax-archive key). Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/purge/TaxArchive.cpp" line="138"/>
        <source>Cannot make the folder %1 for the tax archive.</source>
        <translation>Der Ordner %1 für das Steuerarchiv lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <location filename="../app/purge/TaxArchive.cpp" line="180"/>
        <source>Cannot write the tax archive %1 (%2); nothing was purged.</source>
        <translation>Das Steuerarchiv %1 lässt sich nicht schreiben (%2); es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/purge/TaxArchive.cpp" line="237"/>
        <source>Cannot read the tax archive %1 (%2).</source>
        <translation>Das Steuerarchiv %1 lässt sich nicht lesen (%2).</translation>
    </message>
    <message>
        <location filename="../app/purge/TaxArchive.cpp" line="239"/>
        <source>%1 is too large to be a tax archive of DPP Console.</source>
        <translation>%1 ist zu groß für ein Steuerarchiv von DPP Console.</translation>
    </message>
    <message>
        <location filename="../app/purge/TaxArchive.cpp" line="244"/>
        <source>%1 is not a tax archive of DPP Console.</source>
        <translation>%1 ist kein Steuerarchiv von DPP Console.</translation>
    </message>
    <message>
        <location filename="../app/purge/TaxArchive.cpp" line="247"/>
        <source>The tax archive %1 has format version %2; this program reads version %3.</source>
        <translation>Das Steuerarchiv %1 hat die Formatversion %2; dieses Programm liest Version %3.</translation>
    </message>
    <message>
        <location filename="../app/purge/TaxArchive.cpp" line="261"/>
        <location filename="../app/purge/TaxArchive.cpp" line="273"/>
        <source>The tax archive %1 is damaged.</source>
        <translation>Das Steuerarchiv %1 ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/purge/TaxArchive.cpp" line="266"/>
        <source>That is not a tax archive key: 13 groups of 4 letters and digits (2 to 7), as shown when the key was made.</source>
        <translation>Das ist kein Steuerarchiv-Schlüssel: 13 Gruppen aus je 4 Buchstaben und Ziffern (2 bis 7), wie beim Erstellen des Schlüssels angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/purge/TaxArchive.cpp" line="270"/>
        <source>This is not the key the archive was sealed to (it names the key %1).</source>
        <translation>Das ist nicht der Schlüssel, für den das Archiv versiegelt wurde (es nennt den Schlüssel %1).</translation>
    </message>
    <message>
        <location filename="../app/purge/TaxArchive.cpp" line="278"/>
        <source>The tax archive %1 was changed or is damaged: its contents do not authenticate.</source>
        <translation>Das Steuerarchiv %1 wurde verändert oder ist beschädigt: Die Authentifizierung seines Inhalts schlägt fehl.</translation>
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
    <name>dpp::UserAccounts</name>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="108"/>
        <source>There is no user %1.</source>
        <translation>Es gibt keinen Benutzer %1.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="122"/>
        <source>Give the account at least one role.</source>
        <translation>Geben Sie dem Konto mindestens eine Rolle.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="126"/>
        <source>&quot;scheduler&quot; is the service principal of unattended jobs, not a role for a person.</source>
        <translation>„scheduler“ ist das Dienstkonto der unbeaufsichtigten Aufgaben, keine Rolle für eine Person.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="143"/>
        <source>%1 is the last active administrator; make someone else an administrator first.</source>
        <translation>%1 ist der letzte aktive Administrator; machen Sie zuerst jemand anderen zum Administrator.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="170"/>
        <source>The password must have at least %1 characters.</source>
        <translation>Das Passwort muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="179"/>
        <source>A user name has 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and starts with a letter (&quot;recovery&quot; and &quot;scheduler&quot; are reserved).</source>
        <translation>Ein Benutzername hat 2 bis 32 Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“ und beginnt mit einem Buchstaben („recovery“ und „scheduler“ sind reserviert).</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="182"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="191"/>
        <source>The user name %1 is taken (also by disabled accounts, which the audit log still names); choose another.</source>
        <translation>Der Benutzername %1 ist vergeben (auch von deaktivierten Konten, die das Prüfprotokoll noch nennt); wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="243"/>
        <source>You cannot disable your own account; ask another administrator.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren; bitten Sie einen anderen Administrator.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="247"/>
        <source>The account %1 is already disabled.</source>
        <translation>Das Konto %1 ist bereits deaktiviert.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="301"/>
        <location filename="../app/vault/UserAccounts.cpp" line="337"/>
        <location filename="../app/vault/UserAccounts.cpp" line="484"/>
        <location filename="../app/vault/UserAccounts.cpp" line="598"/>
        <location filename="../app/vault/UserAccounts.cpp" line="640"/>
        <location filename="../app/vault/UserAccounts.cpp" line="713"/>
        <source>The account %1 is disabled.</source>
        <translation>Das Konto %1 ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="339"/>
        <source>Change your own password on the account page.</source>
        <translation>Ändern Sie Ihr eigenes Passwort auf der Kontoseite.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="424"/>
        <source>%1 has no key slot.</source>
        <translation>%1 hat keinen Schlüsselplatz.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="441"/>
        <source>The key slot of %1 is not the one recorded when it was made (its public key was changed outside DPP Console). The PII key was not given to it; reset the password of %1 and check the audit log.</source>
        <translation>Der Schlüsselplatz von %1 ist nicht der, der bei seiner Anlage festgehalten wurde (sein öffentlicher Schlüssel wurde außerhalb von DPP Console verändert). Der PII-Schlüssel wurde ihm nicht gegeben; setzen Sie das Passwort von %1 zurück und prüfen Sie das Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="453"/>
        <source>Only someone who holds the PII key (the Data Protection Officer) can grant it.</source>
        <translation>Nur wer den PII-Schlüssel besitzt (der Datenschutzbeauftragte), kann ihn vergeben.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="480"/>
        <source>The scheduler has no password.</source>
        <translation>Der Planer hat kein Passwort.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="488"/>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="498"/>
        <source>The password was changed too recently; it can be changed again from %1.</source>
        <translation>Das Passwort wurde erst vor Kurzem geändert; es kann ab %1 wieder geändert werden.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="505"/>
        <source>Choose a password you have not used before: it must differ from your last %1.</source>
        <translation>Wählen Sie ein Passwort, das Sie noch nicht verwendet haben: Es muss sich von Ihren letzten %1 unterscheiden.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="595"/>
        <source>The scheduler signs in through the keychain, without a code.</source>
        <translation>Der Planer meldet sich über den Schlüsselbund an, ohne Code.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="619"/>
        <source>Confirm that it is you: enter your password and your current code before setting up a new authenticator.</source>
        <translation>Bestätigen Sie, dass Sie es sind: Geben Sie Ihr Passwort und Ihren aktuellen Code ein, bevor Sie einen neuen Authenticator einrichten.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="634"/>
        <source>Start the enrollment first: there is no key waiting for a code.</source>
        <translation>Starten Sie zuerst die Einrichtung: Es wartet kein Schlüssel auf einen Code.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="644"/>
        <source>The enrollment was started with an earlier password; start it again.</source>
        <translation>Die Einrichtung wurde mit einem früheren Passwort begonnen; starten Sie sie neu.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="652"/>
        <source>The code does not match. Check that the app shows DPP Console with your user name and that the computer&apos;s clock is right, then enter the code it shows now.</source>
        <translation>Der Code passt nicht. Prüfen Sie, dass die App DPP Console mit Ihrem Benutzernamen zeigt und die Uhr des Computers stimmt, und geben Sie dann den Code ein, den sie jetzt anzeigt.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="705"/>
        <source>Confirm that it is you: enter your password and code again.</source>
        <translation>Bestätigen Sie, dass Sie es sind: Geben Sie Ihr Passwort und Ihren Code erneut ein.</translation>
    </message>
    <message>
        <location filename="../app/vault/UserAccounts.cpp" line="710"/>
        <source>Set up two-factor sign-in first; the recovery codes come with it.</source>
        <translation>Richten Sie zuerst die Zwei-Faktor-Anmeldung ein; die Wiederherstellungscodes gehören dazu.</translation>
    </message>
</context>
<context>
    <name>dpp::Vault</name>
    <message>
        <location filename="../app/vault/Vault.cpp" line="44"/>
        <source>Wrong user name or password.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="146"/>
        <source>There is no DPP Console database at %1.</source>
        <translation>Unter %1 gibt es keine DPP-Console-Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="81"/>
        <location filename="../app/vault/Vault.cpp" line="457"/>
        <location filename="../app/vault/VaultAccess.cpp" line="98"/>
        <source>The account %1 is disabled.</source>
        <translation>Das Konto %1 ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="84"/>
        <source>The account %1 is locked. An administrator can unlock it.</source>
        <translation>Das Konto %1 ist gesperrt. Die IT-Administration kann es entsperren.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="74"/>
        <source>The key slot of %1 has no account in the database.</source>
        <translation>Zum Schlüsselplatz von %1 gibt es kein Konto in der Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="105"/>
        <source>The account %1 is locked after too many failed sign-ins; try again after %2 or ask an administrator.</source>
        <translation>Das Konto %1 ist nach zu vielen fehlgeschlagenen Anmeldungen gesperrt; versuchen Sie es nach %2 erneut oder wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="376"/>
        <source>This database has no scheduler key slot; add one with &quot;dppctl scheduler enable&quot;.</source>
        <translation>Diese Datenbank hat keinen Schlüsselplatz für den Zeitplaner; legen Sie einen mit „dppctl scheduler enable“ an.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="383"/>
        <source>The scheduler&apos;s secret is missing from %1; enable the scheduler again.</source>
        <translation>Das Geheimnis des Zeitplaners fehlt im %1; aktivieren Sie den Zeitplaner erneut.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="394"/>
        <source>The scheduler&apos;s secret in %1 does not open its key slot.</source>
        <translation>Das Geheimnis des Zeitplaners im %1 öffnet seinen Schlüsselplatz nicht.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="449"/>
        <source>The key file %1 belongs to another database.</source>
        <translation>Die Schlüsseldatei %1 gehört zu einer anderen Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="669"/>
        <source>The key file changed while this window was open. Lock and unlock again, then repeat the change.</source>
        <translation>Die Schlüsseldatei hat sich geändert, während dieses Fenster offen war. Sperren und entsperren Sie erneut und wiederholen Sie dann die Änderung.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="699"/>
        <source>Not enough free disk space to rotate the key: it needs about %1 MB free beside the database. Nothing was changed.</source>
        <translation>Nicht genug freier Speicherplatz, um den Schlüssel zu erneuern: Neben der Datenbank müssen etwa %1 MB frei sein. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="766"/>
        <source>A key rotation is already under way.</source>
        <translation>Eine Schlüsselerneuerung läuft bereits.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="783"/>
        <source>Key rotation stopped after sealing the new key.</source>
        <translation>Die Schlüsselerneuerung wurde nach dem Versiegeln des neuen Schlüssels angehalten.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="800"/>
        <source>The database key rotation failed and the database cannot be read with either key (%1). Do not delete %2; restore from a backup.</source>
        <translation>Die Erneuerung des Datenbankschlüssels ist fehlgeschlagen, und die Datenbank lässt sich mit keinem der beiden Schlüssel lesen (%1). Löschen Sie %2 nicht; stellen Sie die Datenbank aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="820"/>
        <source>The database key could not be changed (%1); the database keeps its old key and nothing was lost.</source>
        <translation>Der Datenbankschlüssel ließ sich nicht ändern (%1); die Datenbank behält ihren alten Schlüssel, und nichts ging verloren.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="824"/>
        <source>is the disk full?</source>
        <translation>ist der Datenträger voll?</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="830"/>
        <source>Key rotation stopped after re-encrypting the database.</source>
        <translation>Die Schlüsselerneuerung wurde nach dem Neuverschlüsseln der Datenbank angehalten.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="859"/>
        <source>Only someone who holds the PII key can issue a new recovery key, because the recovery key opens the PII key too.</source>
        <translation>Nur wer den PII-Schlüssel hat, kann einen neuen Wiederherstellungsschlüssel ausstellen, denn der Wiederherstellungsschlüssel öffnet auch den PII-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="904"/>
        <source>This database has no recovery key.</source>
        <translation>Diese Datenbank hat keinen Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="1005"/>
        <source>The retention period and the buyer data left out at import are changed in the Retention view, by the Data Protection Officer.</source>
        <translation>Die Aufbewahrungsfrist und die beim Import ausgelassenen Käuferdaten ändert der Datenschutzbeauftragte in der Ansicht „Aufbewahrung“.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="1019"/>
        <source>The audit log is kept at least %1 days (the DPP asks 90 days of logs); choose %1 or more.</source>
        <translation>Das Prüfprotokoll wird mindestens %1 Tage aufbewahrt (die DPP verlangt 90 Tage Protokolle); wählen Sie %1 oder mehr.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="1026"/>
        <source>The lockout can only be made stricter: at most %1 failed sign-ins within at least %2 minutes lock the account for at least %3 minutes.</source>
        <translation>Die Kontosperre kann nur verschärft werden: höchstens %1 fehlgeschlagene Anmeldungen innerhalb von mindestens %2 Minuten sperren das Konto für mindestens %3 Minuten.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="1034"/>
        <source>The password rules can only be made stricter: at least %1 characters, a change at least every %2 days, and no second change within a day.</source>
        <translation>Die Passwortregeln können nur verschärft werden: mindestens %1 Zeichen, eine Änderung spätestens alle %2 Tage und keine zweite Änderung innerhalb eines Tages.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="199"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="203"/>
        <source>A DPP Console database already exists at %1; it was left untouched.</source>
        <translation>Unter %1 gibt es bereits eine DPP-Console-Datenbank; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/vault/Vault.cpp" line="193"/>
        <source>A user name has 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and starts with a letter (&quot;recovery&quot; and &quot;scheduler&quot; are reserved).</source>
        <translation>Ein Benutzername besteht aus 2 bis 32 Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“ und beginnt mit einem Buchstaben („recovery“ und „scheduler“ sind reserviert).</translation>
    </message>
    <message>
        <location filename="../app/vault/VaultAccess.cpp" line="42"/>
        <source>A stored data key is damaged (%1 %2).</source>
        <translation>Ein gespeicherter Datenschlüssel ist beschädigt (%1 %2).</translation>
    </message>
    <message>
        <location filename="../app/vault/VaultAccess.cpp" line="74"/>
        <source>Confirm that it is you: enter your password (and your code) again. It then holds for %1 minutes.</source>
        <translation>Bestätigen Sie, dass Sie es sind: Geben Sie Ihr Passwort (und Ihren Code) erneut ein. Das gilt dann %1 Minuten lang.</translation>
    </message>
    <message>
        <location filename="../app/vault/VaultAccess.cpp" line="91"/>
        <source>The account %1 is locked after too many failed attempts.</source>
        <translation>Das Konto %1 ist nach zu vielen Fehlversuchen gesperrt.</translation>
    </message>
    <message>
        <location filename="../app/vault/VaultAccess.cpp" line="121"/>
        <source>The password is wrong.</source>
        <translation>Das Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../app/vault/VaultAccess.cpp" line="188"/>
        <source>PII access is turned off for everyone by an administrator (kill switch). Nothing was revealed, printed or exported.</source>
        <translation>Der Zugriff auf personenbezogene Daten ist von einem Administrator für alle abgeschaltet (Notschalter). Es wurde nichts angezeigt, gedruckt oder exportiert.</translation>
    </message>
    <message>
        <location filename="../app/vault/VaultAccess.cpp" line="410"/>
        <source>A database-key rotation is unfinished; sign in again to finish it before making a backup.</source>
        <translation>Eine Erneuerung des Datenbankschlüssels ist nicht abgeschlossen; melden Sie sich erneut an, um sie abzuschließen, bevor Sie eine Sicherung erstellen.</translation>
    </message>
    <message>
        <location filename="../app/vault/VaultAccess.cpp" line="51"/>
        <location filename="../app/vault/VaultAccess.cpp" line="193"/>
        <source>Your account has not been given the PII key yet: the Data Protection Officer grants it.</source>
        <translation>Ihr Konto hat den PII-Schlüssel noch nicht erhalten: Der Datenschutzbeauftragte vergibt ihn.</translation>
    </message>
    <message>
        <location filename="../app/vault/VaultAccess.cpp" line="229"/>
        <source>Only someone who holds the PII key can rotate it (the Data Protection Officer).</source>
        <translation>Nur wer den PII-Schlüssel besitzt, kann ihn erneuern (der Datenschutzbeauftragte).</translation>
    </message>
    <message>
        <location filename="../app/vault/VaultAccess.cpp" line="309"/>
        <source>Data keys are wrapped by a PII key (%1) that this account does not hold; the PII key rotation cannot finish. Sign in as the Data Protection Officer.</source>
        <translation>Datenschlüssel sind mit einem PII-Schlüssel (%1) verschlüsselt, den dieses Konto nicht besitzt; die Erneuerung des PII-Schlüssels kann nicht abgeschlossen werden. Melden Sie sich als Datenschutzbeauftragter an.</translation>
    </message>
    <message>
        <location filename="../app/vault/VaultAccess.cpp" line="365"/>
        <source>There is no data key for %1 %2.</source>
        <translation>Für %1 %2 gibt es keinen Datenschlüssel.</translation>
    </message>
    <message>
        <location filename="../app/vault/VaultAccess.cpp" line="392"/>
        <source>The data key of %1 %2 is wrapped by an unknown PII key.</source>
        <translation>Der Datenschlüssel von %1 %2 ist mit einem unbekannten PII-Schlüssel verschlüsselt.</translation>
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
        <location filename="../app/vault/VaultPaths.cpp" line="48"/>
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
        <location filename="../app/crypto/Primitives.cpp" line="63"/>
        <source>Internal error: an AES-256 key must be 32 bytes.</source>
        <translation>Interner Fehler: Ein AES-256-Schlüssel muss 32 Byte lang sein.</translation>
    </message>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="67"/>
        <source>Internal error: an AES-GCM nonce must be 12 bytes.</source>
        <translation>Interner Fehler: Eine AES-GCM-Nonce muss 12 Byte lang sein.</translation>
    </message>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="86"/>
        <source>Encryption failed (OpenSSL AES-256-GCM).</source>
        <translation>Die Verschlüsselung ist fehlgeschlagen (OpenSSL AES-256-GCM).</translation>
    </message>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="95"/>
        <source>The encrypted data has the wrong size.</source>
        <translation>Die verschlüsselten Daten haben die falsche Größe.</translation>
    </message>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="116"/>
        <source>Decryption failed: wrong key, or the data was altered.</source>
        <translation>Die Entschlüsselung ist fehlgeschlagen: falscher Schlüssel, oder die Daten wurden verändert.</translation>
    </message>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="148"/>
        <source>The key slot asks for Argon2id parameters outside the accepted range.</source>
        <translation>Der Schlüsselplatz verlangt Argon2id-Parameter außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="157"/>
        <source>Not enough memory to derive the key (Argon2id).</source>
        <translation>Nicht genug Arbeitsspeicher, um den Schlüssel abzuleiten (Argon2id).</translation>
    </message>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="170"/>
        <source>HKDF is not available in OpenSSL.</source>
        <translation>HKDF ist in OpenSSL nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="187"/>
        <source>Key derivation failed (HKDF-SHA256).</source>
        <translation>Die Schlüsselableitung ist fehlgeschlagen (HKDF-SHA256).</translation>
    </message>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="244"/>
        <source>A sealed key has the wrong size.</source>
        <translation>Ein versiegelter Schlüssel hat die falsche Größe.</translation>
    </message>
    <message>
        <location filename="../app/crypto/Primitives.cpp" line="250"/>
        <source>A sealed key does not open: the key file was altered.</source>
        <translation>Ein versiegelter Schlüssel lässt sich nicht öffnen: Die Schlüsseldatei wurde verändert.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::AccountView</name>
    <message>
        <location filename="../ui/AccountView.cpp" line="37"/>
        <source>My account</source>
        <translation>Mein Konto</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="46"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="48"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="49"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="50"/>
        <source>Personal data:</source>
        <translation>Personenbezogene Daten:</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="53"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="55"/>
        <source>Last changed:</source>
        <translation>Zuletzt geändert:</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="56"/>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="57"/>
        <source>&amp;Change password…</source>
        <translation>Passwort &amp;ändern …</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="65"/>
        <source>Two-factor sign-in</source>
        <translation>Anmeldung mit zweitem Faktor</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="67"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="69"/>
        <source>Recovery codes left:</source>
        <translation>Verbleibende Wiederherstellungscodes:</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="72"/>
        <source>New &amp;recovery codes…</source>
        <translation>Neue &amp;Wiederherstellungscodes …</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="74"/>
        <source>Issue 10 new recovery codes; the ones you have stop working.</source>
        <translation>10 neue Wiederherstellungscodes ausstellen; Ihre bisherigen funktionieren dann nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="103"/>
        <source>%1 (%2)</source>
        <comment>display name (user name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="109"/>
        <source>You hold the PII key and can decrypt buyers&apos; personal data.</source>
        <translation>Sie haben den PII-Schlüssel und können personenbezogene Daten der Käufer entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="111"/>
        <source>Your roles need the PII key, but it has not been granted to you yet. Ask the Data Protection Officer.</source>
        <translation>Ihre Rollen brauchen den PII-Schlüssel, er wurde Ihnen aber noch nicht erteilt. Wenden Sie sich an die Datenschutzbeauftragte oder den Datenschutzbeauftragten.</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="113"/>
        <source>Your roles do not need buyers&apos; personal data.</source>
        <translation>Ihre Rollen brauchen keine personenbezogenen Daten der Käufer.</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="119"/>
        <source>%1 (today)</source>
        <translation>%1 (heute)</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="121"/>
        <source>%1 (yesterday)</source>
        <translation>%1 (gestern)</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="122"/>
        <source>%1 (%2 days ago)</source>
        <translation>%1 (vor %2 Tagen)</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="130"/>
        <source>%1 (in %2 days)</source>
        <translation>%1 (in %2 Tagen)</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="125"/>
        <source>It was set by an administrator: change it now.</source>
        <translation>Es wurde von der IT-Administration gesetzt: Ändern Sie es jetzt.</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="127"/>
        <source>Expired on %1: change it now.</source>
        <translation>Abgelaufen am %1: Ändern Sie es jetzt.</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="132"/>
        <location filename="../ui/AccountView.cpp" line="133"/>
        <location filename="../ui/AccountView.cpp" line="148"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="138"/>
        <source>Set up: you sign in with your password and a code from your authenticator app.</source>
        <translation>Eingerichtet: Sie melden sich mit Ihrem Passwort und einem Code aus Ihrer Authenticator-App an.</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="141"/>
        <source>Not set up. From %1 you need it to sign in.</source>
        <translation>Nicht eingerichtet. Ab %1 brauchen Sie ihn zur Anmeldung.</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="143"/>
        <source>Not set up. You need it to sign in: set it up now.</source>
        <translation>Nicht eingerichtet. Sie brauchen ihn zur Anmeldung: Richten Sie ihn jetzt ein.</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="145"/>
        <source>None (they come with two-factor sign-in)</source>
        <translation>Keine (sie kommen mit der Anmeldung mit zweitem Faktor)</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="147"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="149"/>
        <source>Set up on a &amp;new phone…</source>
        <translation>Auf einem &amp;neuen Telefon einrichten …</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="150"/>
        <location filename="../ui/AccountView.cpp" line="169"/>
        <source>&amp;Set up two-factor sign-in…</source>
        <translation>Zweiten Faktor ein&amp;richten …</translation>
    </message>
    <message>
        <location filename="../ui/AccountView.cpp" line="151"/>
        <source>Move two-factor sign-in to another phone or app; the current one stops working.</source>
        <translation>Den zweiten Faktor auf ein anderes Telefon oder eine andere App umziehen; der bisherige funktioniert dann nicht mehr.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::ActionDialog</name>
    <message>
        <location filename="../ui/ActionDialog.cpp" line="34"/>
        <source>Working; this can take a few seconds…</source>
        <translation>Wird ausgeführt; das kann einige Sekunden dauern …</translation>
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
        <location filename="../ui/models/AlarmModel.cpp" line="133"/>
        <source>Purge not verified</source>
        <translation>Prüfung der Löschung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="140"/>
        <source>One user was refused several actions or unlocks within a few minutes.</source>
        <translation>Einem Benutzer wurden innerhalb weniger Minuten mehrere Aktionen oder Entsperrversuche verweigert.</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="142"/>
        <source>One user revealed, printed or exported more personal data within an hour than the configured limit.</source>
        <translation>Ein Benutzer hat innerhalb einer Stunde mehr personenbezogene Daten angezeigt, gedruckt oder exportiert als eingestellt.</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="145"/>
        <source>A planted canary record was revealed, printed or exported.</source>
        <translation>Ein ausgelegter Köderdatensatz wurde angezeigt, gedruckt oder exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="147"/>
        <source>The database was unlocked, or an unlock was tried, outside the configured working hours.</source>
        <translation>Die Datenbank wurde außerhalb der eingestellten Arbeitszeit entsperrt, oder es wurde versucht.</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="150"/>
        <source>The audit log&apos;s chain did not verify: rows may have been changed or removed.</source>
        <translation>Die Kette des Prüfprotokolls ließ sich nicht verifizieren: Zeilen wurden möglicherweise verändert oder entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="152"/>
        <source>A purge ran, but its verification found purged data left, a WAL not emptied or free pages: the buyer data may not be fully gone.</source>
        <translation>Eine Löschung lief, aber ihre Prüfung fand übrig gebliebene gelöschte Daten, ein nicht geleertes WAL oder freie Seiten: Die Käuferdaten sind möglicherweise nicht vollständig entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="160"/>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="162"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/models/AlarmModel.cpp" line="164"/>
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
        <location filename="../ui/AlarmsView.cpp" line="30"/>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="45"/>
        <source>Select an alarm to see its details.</source>
        <translation>Wählen Sie einen Alarm aus, um seine Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="71"/>
        <source>&amp;Note (required): what you found and what was done</source>
        <translation>&amp;Notiz (Pflicht): was Sie festgestellt haben und was unternommen wurde</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="84"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Quittieren</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="86"/>
        <source>Close the alarm with your note. The note is kept with the alarm, not in the audit log.</source>
        <translation>Schließt den Alarm mit Ihrer Notiz ab. Die Notiz wird beim Alarm gespeichert, nicht im Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="112"/>
        <source>No open alarms.</source>
        <translation>Keine offenen Alarme.</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="113"/>
        <source>1 open alarm, newest first.</source>
        <translation>1 offener Alarm, neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="114"/>
        <source>%1 open alarms, newest first.</source>
        <translation>%1 offene Alarme, neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="150"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="158"/>
        <source>Raised: %1</source>
        <translation>Ausgelöst: %1</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="159"/>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="159"/>
        <source>(system)</source>
        <translation>(System)</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="160"/>
        <source>Audit rows behind it: %1</source>
        <translation>Zugrunde liegende Protokollzeilen: %1</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="175"/>
        <source>Write a note first: what you found and what was done.</source>
        <translation>Schreiben Sie zuerst eine Notiz: was Sie festgestellt haben und was unternommen wurde.</translation>
    </message>
    <message>
        <location filename="../ui/AlarmsView.cpp" line="185"/>
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
        <location filename="../ui/models/AuditLogModel.cpp" line="151"/>
        <source>User created</source>
        <translation>Benutzer angelegt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="153"/>
        <source>User&apos;s roles changed</source>
        <translation>Rollen des Benutzers geändert</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="155"/>
        <source>Locked account released</source>
        <translation>Gesperrtes Konto freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="157"/>
        <source>Leaving date set</source>
        <translation>Austrittsdatum gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="159"/>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="161"/>
        <source>Password reset by an administrator</source>
        <translation>Passwort von einem Administrator zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="163"/>
        <source>Two-factor sign-in set up</source>
        <translation>Zwei-Faktor-Anmeldung eingerichtet</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="165"/>
        <source>Two-factor sign-in reset</source>
        <translation>Zwei-Faktor-Anmeldung zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="167"/>
        <source>Wrong sign-in code</source>
        <translation>Falscher Anmeldecode</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="169"/>
        <source>Signed in without a second factor (grace period)</source>
        <translation>Ohne zweiten Faktor angemeldet (Übergangsfrist)</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="171"/>
        <source>Recovery code used</source>
        <translation>Wiederherstellungscode verwendet</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="173"/>
        <source>New recovery codes</source>
        <translation>Neue Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="175"/>
        <source>PII key granted</source>
        <translation>PII-Schlüssel vergeben</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="177"/>
        <source>PII key rotated</source>
        <translation>PII-Schlüssel erneuert</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="179"/>
        <source>Re-authenticated</source>
        <translation>Erneut authentifiziert</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="181"/>
        <source>PII kill switch changed</source>
        <translation>PII-Notschalter umgelegt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="183"/>
        <source>Orders imported</source>
        <translation>Bestellungen importiert</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="185"/>
        <source>PII revealed</source>
        <translation>PII angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="187"/>
        <source>Hold placed</source>
        <translation>Löschsperre gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="189"/>
        <source>Hold released</source>
        <translation>Löschsperre aufgehoben</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="191"/>
        <source>Retention period changed</source>
        <translation>Aufbewahrungsfrist geändert</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="193"/>
        <source>Imported PII fields changed</source>
        <translation>Importierte PII-Felder geändert</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="195"/>
        <source>PII purged</source>
        <translation>PII gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="197"/>
        <source>Certificate of sanitization written</source>
        <translation>Löschzertifikat erstellt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="199"/>
        <source>Deletion request recorded</source>
        <translation>Löschanfrage erfasst</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="201"/>
        <source>Deletion request data exported for Amazon</source>
        <translation>Daten einer Löschanfrage für Amazon exportiert</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="203"/>
        <source>Deletion request fulfilled</source>
        <translation>Löschanfrage erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="205"/>
        <source>Backup written</source>
        <translation>Sicherung erstellt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="207"/>
        <source>Backup destroyed</source>
        <translation>Sicherung vernichtet</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="209"/>
        <source>Restored from a backup</source>
        <translation>Aus einer Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="211"/>
        <source>Tax archive key created</source>
        <translation>Steuerarchiv-Schlüssel erstellt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="213"/>
        <source>Tax archive written</source>
        <translation>Steuerarchiv geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="229"/>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="231"/>
        <source>Denied</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="233"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="270"/>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="270"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="289"/>
        <source>%1 %2</source>
        <comment>object type, object id</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="303"/>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="327"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="329"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="331"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="333"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="335"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="337"/>
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
        <location filename="../ui/AuditView.cpp" line="197"/>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="290"/>
        <location filename="../ui/AuditView.cpp" line="324"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="338"/>
        <source>audit-log-%1.csv</source>
        <translation>pruefprotokoll-%1.csv</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="339"/>
        <source>Export audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="339"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="357"/>
        <source>The rows were exported, but the export could not be recorded in the audit log: %1</source>
        <translation>Die Zeilen wurden exportiert, aber der Export ließ sich nicht im Prüfprotokoll vermerken: %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditView.cpp" line="365"/>
        <source>Exported %1 to %2.</source>
        <comment>rows, file</comment>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::BackupDialog</name>
    <message>
        <location filename="../ui/BackupDialog.cpp" line="30"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../ui/BackupDialog.cpp" line="30"/>
        <source>&amp;Back up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <location filename="../ui/BackupDialog.cpp" line="35"/>
        <source>A backup is an encrypted copy of the whole database, buyer data included. The same passwords (and the recovery key) open it. A restore purges again every order purged after the backup was made, so purged buyer data never comes back.</source>
        <translation>Eine Sicherung ist eine verschlüsselte Kopie der ganzen Datenbank, einschließlich der Käuferdaten. Dieselben Passwörter (und der Wiederherstellungsschlüssel) öffnen sie. Eine Wiederherstellung löscht jede Bestellung erneut, die nach dem Erstellen der Sicherung gelöscht wurde; gelöschte Käuferdaten kommen also nie zurück.</translation>
    </message>
    <message>
        <location filename="../ui/BackupDialog.cpp" line="46"/>
        <source>a folder on another disk</source>
        <translation>ein Ordner auf einem anderen Datenträger</translation>
    </message>
    <message>
        <location filename="../ui/BackupDialog.cpp" line="47"/>
        <source>Br&amp;owse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/BackupDialog.cpp" line="57"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/BackupDialog.cpp" line="67"/>
        <source>The DPP keeps buyer data at most 30 days after shipment, so a backup is kept at most 30 days too. When it expires, the console and the scheduler destroy it: its key is overwritten and the file removed.</source>
        <translation>Nach der DPP bleiben Käuferdaten höchstens 30 Tage nach dem Versand erhalten, daher wird auch eine Sicherung höchstens 30 Tage aufbewahrt. Wenn sie abläuft, vernichten die Konsole und der Zeitplaner sie: Ihr Schlüssel wird überschrieben und die Datei entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/BackupDialog.cpp" line="76"/>
        <source>&amp;Keep for:</source>
        <translation>&amp;Aufbewahren:</translation>
    </message>
    <message>
        <location filename="../ui/BackupDialog.cpp" line="121"/>
        <source>Folder for the backup</source>
        <translation>Ordner für die Sicherung</translation>
    </message>
    <message>
        <location filename="../ui/BackupDialog.cpp" line="131"/>
        <source> day, then destroyed</source>
        <translation> Tag, dann vernichtet</translation>
    </message>
    <message>
        <location filename="../ui/BackupDialog.cpp" line="131"/>
        <source> days, then destroyed</source>
        <translation> Tage, dann vernichtet</translation>
    </message>
    <message>
        <location filename="../ui/BackupDialog.cpp" line="137"/>
        <source>Keep backups on another disk than the database (a USB drive, a network share): a backup on the same disk is lost with it.</source>
        <translation>Bewahren Sie Sicherungen auf einem anderen Datenträger als die Datenbank auf (einem USB-Laufwerk, einer Netzwerkfreigabe): Eine Sicherung auf demselben Datenträger geht mit ihm verloren.</translation>
    </message>
    <message>
        <location filename="../ui/BackupDialog.cpp" line="144"/>
        <source>There is no folder at this path (is the drive connected?).</source>
        <translation>Unter diesem Pfad gibt es keinen Ordner (ist das Laufwerk angeschlossen?).</translation>
    </message>
    <message>
        <location filename="../ui/BackupDialog.cpp" line="152"/>
        <source>This folder is on the same disk as the database: if the disk fails, both are lost. Choose a folder on another disk if you can.</source>
        <translation>Dieser Ordner liegt auf demselben Datenträger wie die Datenbank: Fällt der Datenträger aus, sind beide verloren. Wählen Sie nach Möglichkeit einen Ordner auf einem anderen Datenträger.</translation>
    </message>
    <message>
        <location filename="../ui/BackupDialog.cpp" line="157"/>
        <source>✓ On another disk than the database (%1).</source>
        <translation>✓ Auf einem anderen Datenträger als die Datenbank (%1).</translation>
    </message>
    <message>
        <location filename="../ui/BackupDialog.cpp" line="165"/>
        <source>Choose the folder to write the backup to.</source>
        <translation>Wählen Sie den Ordner, in den die Sicherung geschrieben werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/BackupDialog.cpp" line="170"/>
        <source>The folder %1 does not exist (is the drive connected?).</source>
        <translation>Der Ordner %1 existiert nicht (ist das Laufwerk angeschlossen?).</translation>
    </message>
</context>
<context>
    <name>dpp::ui::BackupListModel</name>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="82"/>
        <source>Orders whose buyer data the backup holds</source>
        <translation>Bestellungen, deren Käuferdaten die Sicherung enthält</translation>
    </message>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="87"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="89"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="91"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="93"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="95"/>
        <source>With buyer data</source>
        <translation>Mit Käuferdaten</translation>
    </message>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="97"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="99"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="136"/>
        <source>%1 with buyer data, of %2 in all</source>
        <translation>%1 mit Käuferdaten, von insgesamt %2</translation>
    </message>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="142"/>
        <source>Destroyed %1 by %2</source>
        <translation>Vernichtet am %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="161"/>
        <source>%1, %2</source>
        <comment>expiry time, in words</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="186"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="189"/>
        <source>in under a day</source>
        <translation>in weniger als einem Tag</translation>
    </message>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="190"/>
        <source>in 1 day</source>
        <translation>in 1 Tag</translation>
    </message>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="190"/>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="208"/>
        <source>being written (or cut short)</source>
        <translation>wird geschrieben (oder wurde abgebrochen)</translation>
    </message>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="210"/>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="212"/>
        <source>failed: no file was left</source>
        <translation>fehlgeschlagen: keine Datei zurückgeblieben</translation>
    </message>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="218"/>
        <source>destroyed on %1 (expired)</source>
        <translation>am %1 vernichtet (abgelaufen)</translation>
    </message>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="220"/>
        <source>destroyed on %1 (recorded as gone)</source>
        <translation>am %1 vernichtet (als nicht mehr vorhanden vermerkt)</translation>
    </message>
    <message>
        <location filename="../ui/models/BackupListModel.cpp" line="221"/>
        <source>destroyed on %1 (by hand)</source>
        <translation>am %1 vernichtet (von Hand)</translation>
    </message>
</context>
<context>
    <name>dpp::ui::BackupsView</name>
    <message>
        <location filename="../ui/BackupsView.cpp" line="72"/>
        <source>the backup made %1</source>
        <translation>die Sicherung vom %1</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="88"/>
        <location filename="../ui/BackupsView.cpp" line="153"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="89"/>
        <source>Restore to &amp;another file…</source>
        <translation>In eine &amp;andere Datei wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="92"/>
        <source>A restore drill: restore a backup to a new database file, to prove that it works; the open database is not touched</source>
        <translation>Ein Wiederherstellungstest: eine Sicherung in eine neue Datenbankdatei wiederherstellen, um zu zeigen, dass sie funktioniert; die geöffnete Datenbank bleibt unberührt</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="94"/>
        <source>Record as &amp;gone…</source>
        <translation>Als &amp;nicht mehr vorhanden vermerken …</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="96"/>
        <source>The backup&apos;s file was destroyed by other means: record it so</source>
        <translation>Die Datei der Sicherung wurde auf anderem Weg vernichtet: dies vermerken</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="97"/>
        <source>&amp;Destroy now…</source>
        <translation>Jetzt &amp;vernichten …</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="99"/>
        <source>Destroy the selected backup before it expires; asks you to confirm and for your password again</source>
        <translation>Die ausgewählte Sicherung vor ihrem Ablauf vernichten; fragt nach einer Bestätigung und erneut nach Ihrem Passwort</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="101"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Jetzt sichern …</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="103"/>
        <source>Write an encrypted backup of the database to a folder</source>
        <translation>Eine verschlüsselte Sicherung der Datenbank in einen Ordner schreiben</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="108"/>
        <source>A backup is an encrypted copy of the database, to recover buyer data that was lost. It is kept at most 30 days, as the DPP keeps buyer data at most 30 days after shipment, and destroyed when it expires. A restore purges again everything purged since the backup was made.</source>
        <translation>Eine Sicherung ist eine verschlüsselte Kopie der Datenbank, mit der sich verloren gegangene Käuferdaten wiederherstellen lassen. Sie wird höchstens 30 Tage aufbewahrt, da nach der DPP Käuferdaten höchstens 30 Tage nach dem Versand erhalten bleiben, und beim Ablauf vernichtet. Eine Wiederherstellung löscht erneut alles, was seit dem Erstellen der Sicherung gelöscht wurde.</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="135"/>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="137"/>
        <source>Dis&amp;miss</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="232"/>
        <source>The expired backups could not be destroyed: %1</source>
        <translation>Die abgelaufenen Sicherungen ließen sich nicht vernichten: %1</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="245"/>
        <source>1 expired backup destroyed.</source>
        <translation>1 abgelaufene Sicherung vernichtet.</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="246"/>
        <source>%1 expired backups destroyed.</source>
        <translation>%1 abgelaufene Sicherungen vernichtet.</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="251"/>
        <source>The expired backup %1 cannot be reached: connect the drive it is on, and it is destroyed when this view opens or at the next sign-in.</source>
        <translation>Die abgelaufene Sicherung %1 ist nicht erreichbar: Schließen Sie das Laufwerk an, auf dem sie liegt; sie wird dann vernichtet, wenn diese Ansicht geöffnet wird, spätestens bei der nächsten Anmeldung.</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="256"/>
        <source>1 expired backup cannot be reached: connect the drive (see Backups).</source>
        <translation>1 abgelaufene Sicherung ist nicht erreichbar: Schließen Sie das Laufwerk an (siehe „Sicherungen“).</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="257"/>
        <source>%1 expired backups cannot be reached: connect the drives (see Backups).</source>
        <translation>%1 abgelaufene Sicherungen sind nicht erreichbar: Schließen Sie die Laufwerke an (siehe „Sicherungen“).</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="260"/>
        <source>An expired backup could not be destroyed: %1</source>
        <translation>Eine abgelaufene Sicherung ließ sich nicht vernichten: %1</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="262"/>
        <source>Expired backups could not be destroyed (see Backups).</source>
        <translation>Abgelaufene Sicherungen ließen sich nicht vernichten (siehe „Sicherungen“).</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="342"/>
        <source>No backup has been made yet.</source>
        <translation>Es wurde noch keine Sicherung erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="345"/>
        <source>No backup is kept now; every one listed is destroyed or failed. Newest first.</source>
        <translation>Derzeit ist keine Sicherung vorhanden; jede aufgeführte ist vernichtet oder fehlgeschlagen. Neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="349"/>
        <source>1 backup kept; it is destroyed on %1. Newest first.</source>
        <translation>1 Sicherung vorhanden; sie wird am %1 vernichtet. Neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="350"/>
        <source>%1 backups kept; the next is destroyed on %2. Newest first.</source>
        <translation>%1 Sicherungen vorhanden; die nächste wird am %2 vernichtet. Neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="365"/>
        <source>No program could open %1.</source>
        <translation>Kein Programm konnte %1 öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="373"/>
        <source>Backup written to %1.
Kept until %2 (%3), then destroyed. It holds %4, %5 with buyer data.</source>
        <translation>Die Sicherung wurde nach %1 geschrieben.
Sie wird bis %2 (%3) aufbewahrt und dann vernichtet. Sie enthält %4, davon %5 mit Käuferdaten.</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="408"/>
        <source>Cancelled: no backup was written.</source>
        <translation>Abgebrochen: Es wurde keine Sicherung geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="422"/>
        <location filename="../ui/BackupsView.cpp" line="544"/>
        <location filename="../ui/BackupsView.cpp" line="582"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="427"/>
        <source>Copying the database under the backup&apos;s own key…</source>
        <translation>Die Datenbank wird mit dem eigenen Schlüssel der Sicherung kopiert …</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="428"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="443"/>
        <source>Cancelling: the backup&apos;s file is removed…</source>
        <translation>Wird abgebrochen: Die Datei der Sicherung wird entfernt …</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="458"/>
        <source>Written; recording the backup…</source>
        <translation>Geschrieben; die Sicherung wird eingetragen …</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="463"/>
        <source>Writing the backup: %1 of %2…</source>
        <translation>Die Sicherung wird geschrieben: %1 von %2 …</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="497"/>
        <source>The backup was cancelled: no file was written.</source>
        <translation>Die Sicherung wurde abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="532"/>
        <source>Destroy backup</source>
        <translation>Sicherung vernichten</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="533"/>
        <source>Destroy %1 now, before it expires?</source>
        <translation>Jetzt %1 vernichten, bevor sie abläuft?</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="537"/>
        <source>Its key is overwritten with random bytes and the file is removed from %1, so the copy can never be read or restored again. This cannot be undone.</source>
        <translation>Ihr Schlüssel wird mit Zufallsbytes überschrieben und die Datei unter %1 entfernt, sodass die Kopie nie wieder gelesen oder wiederhergestellt werden kann. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="541"/>
        <source>Deletion requests count it as gone from now on. You will be asked for your password again.</source>
        <translation>Für Löschanfragen gilt sie ab jetzt als nicht mehr vorhanden. Sie werden erneut nach Ihrem Passwort gefragt.</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="542"/>
        <source>&amp;Destroy backup</source>
        <translation>Sicherung &amp;vernichten</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="570"/>
        <source>Record backup as gone</source>
        <translation>Sicherung als nicht mehr vorhanden vermerken</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="571"/>
        <source>Record %1 as gone?</source>
        <translation>Vermerken, dass %1 nicht mehr vorhanden ist?</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="574"/>
        <source>Do this only when the copy at %1 was destroyed by other means (the drive wiped or shredded). It is then recorded as destroyed, and deletion requests count it as gone.</source>
        <translation>Tun Sie das nur, wenn die Kopie unter %1 auf anderem Weg vernichtet wurde (das Laufwerk gelöscht oder geschreddert). Sie wird dann als vernichtet vermerkt, und für Löschanfragen gilt sie als nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="578"/>
        <source>If the drive is only not connected, connect it and choose Destroy now… instead: a copy recorded as gone but still on a drive holds buyer data nobody watches.</source>
        <translation>Ist das Laufwerk nur nicht angeschlossen, schließen Sie es an und wählen Sie stattdessen „Jetzt vernichten …“: Eine als nicht mehr vorhanden vermerkte Kopie, die noch auf einem Laufwerk liegt, enthält Käuferdaten, über die niemand wacht.</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="580"/>
        <source>&amp;Record as gone</source>
        <translation>Als nicht mehr vorhanden &amp;vermerken</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="636"/>
        <source>%1 is recorded as gone.</source>
        <translation>Vermerkt: %1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="637"/>
        <source>%1 was destroyed: its key was overwritten and the file removed.</source>
        <translation>Vernichtet wurde %1: Ihr Schlüssel wurde überschrieben und die Datei entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="643"/>
        <source>Cancelled: the backup was not destroyed.</source>
        <translation>Abgebrochen: Die Sicherung wurde nicht vernichtet.</translation>
    </message>
    <message>
        <location filename="../ui/BackupsView.cpp" line="688"/>
        <source>Restore drill passed: the backup made %1 was restored to %2.</source>
        <translation>Wiederherstellungstest bestanden: Die Sicherung vom %1 wurde nach %2 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::DeletionFulfilmentDialog</name>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="46"/>
        <source>Deletion request %1 fulfilled</source>
        <translation>Löschanfrage %1 erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="54"/>
        <source>Amazon&apos;s request %1 is fulfilled. Its scope named no order with data left, so nothing was purged.</source>
        <translation>Amazons Anfrage %1 ist erfüllt. Sie betraf keine Bestellung, zu der noch Daten vorhanden waren; daher wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="57"/>
        <source>Amazon&apos;s request %1 is fulfilled: %2 purged.</source>
        <translation>Amazons Anfrage %1 ist erfüllt: %2 gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="66"/>
        <source>No purge run was needed; the certification says so.</source>
        <translation>Es war kein Löschlauf nötig; die Bescheinigung hält das fest.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="70"/>
        <source>✓ Verification passed: no row, key or sealed value of the purged orders is left in the database, its free pages or its write-ahead log.</source>
        <translation>✓ Prüfung bestanden: Von den gelöschten Bestellungen ist keine Zeile, kein Schlüssel und kein versiegelter Wert mehr in der Datenbank, ihren freien Seiten oder ihrem Write-Ahead-Log übrig.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="75"/>
        <source>✗ Verification FAILED (%1): some of the purged data may still be readable. The request counts as fulfilled, but do not rely on it: see Alarms and tell whoever looks after the console&apos;s database.</source>
        <translation>✗ Prüfung FEHLGESCHLAGEN (%1): Ein Teil der gelöschten Daten ist möglicherweise noch lesbar. Die Anfrage gilt als erfüllt, aber verlassen Sie sich nicht darauf: Sehen Sie unter „Alarme“ nach und informieren Sie die Person, die die Datenbank der Konsole betreut.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="85"/>
        <source>Certificate of sanitization:</source>
        <translation>Löschzertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="86"/>
        <source>Certificate of sanitization</source>
        <translation>Löschzertifikat</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="88"/>
        <source>Certification of the request:</source>
        <translation>Bescheinigung zur Anfrage:</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="89"/>
        <source>Certification of the request</source>
        <translation>Bescheinigung zur Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="95"/>
        <source>Return export</source>
        <translation>Rückgabe-Export</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="96"/>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="98"/>
        <source>Open the folder that holds the export, to send the file to Amazon</source>
        <translation>Den Ordner mit dem Export öffnen, um die Datei an Amazon zu senden</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="100"/>
        <source>Return export for Amazon:</source>
        <translation>Rückgabe-Export für Amazon:</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="105"/>
        <source>Keep the certificates with your DPP records. No backup is known to hold the data: the request is complete.</source>
        <translation>Bewahren Sie Zertifikat und Bescheinigung bei Ihren DPP-Unterlagen auf. Keine bekannte Sicherung enthält die Daten: Die Anfrage ist abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="108"/>
        <source>Keep the certificates with your DPP records. A backup may still hold the data: destroy it within the 90 days.</source>
        <translation>Bewahren Sie Zertifikat und Bescheinigung bei Ihren DPP-Unterlagen auf. Eine Sicherung kann die Daten noch enthalten: Vernichten Sie sie innerhalb der 90 Tage.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="118"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="123"/>
        <source>Export key: shown only this once</source>
        <translation>Exportschlüssel: wird nur dieses eine Mal angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="124"/>
        <source>The export file is encrypted (AES-256-GCM) under this key, which is stored nowhere: once this window closes it cannot be shown again, and without it nobody can open the file. Send the file and the key to Amazon by separate channels (for example the file by upload, the key by phone or in another message), never together.</source>
        <translation>Die Exportdatei ist mit diesem Schlüssel verschlüsselt (AES-256-GCM), der nirgends gespeichert wird: Sobald dieses Fenster geschlossen ist, lässt er sich nicht mehr anzeigen, und ohne ihn kann niemand die Datei öffnen. Senden Sie Datei und Schlüssel auf getrennten Wegen an Amazon (zum Beispiel die Datei per Upload, den Schlüssel telefonisch oder in einer anderen Nachricht), niemals zusammen.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="131"/>
        <source>Export key</source>
        <translation>Exportschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="132"/>
        <source>I have &amp;stored the key to send it to Amazon apart from the file</source>
        <translation>Ich habe den Schlüssel &amp;aufbewahrt, um ihn getrennt von der Datei an Amazon zu senden</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="139"/>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="143"/>
        <source>First confirm that you stored the key: it cannot be shown again.</source>
        <translation>Bestätigen Sie zuerst, dass Sie den Schlüssel aufbewahrt haben: Er lässt sich nicht noch einmal anzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionFulfilmentDialog.cpp" line="182"/>
        <source>Store the key first and tick the box: it cannot be shown again.</source>
        <translation>Bewahren Sie zuerst den Schlüssel auf und setzen Sie das Häkchen: Er lässt sich nicht noch einmal anzeigen.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::DeletionRequestModel</name>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="77"/>
        <source>Amazon&apos;s reference of the request</source>
        <translation>Amazons Referenz der Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="82"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="84"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="86"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="88"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="90"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="94"/>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="134"/>
        <source>Orders purchased from %1 to %2 (UTC days, both included)</source>
        <translation>Bestellungen mit Kaufdatum vom %1 bis %2 (UTC-Tage, beide eingeschlossen)</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="138"/>
        <source>Every order in the database, its facts and items too</source>
        <translation>Alle Bestellungen in der Datenbank, auch Bestelldaten und Artikel</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="142"/>
        <source>Every copy by %1</source>
        <translation>Alle Kopien bis %1</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="143"/>
        <source>Delete by %1</source>
        <translation>Löschen bis %1</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="174"/>
        <source>Return</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="174"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="181"/>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="187"/>
        <source>%1 – %2</source>
        <comment>purchase dates from, to</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="199"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="201"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="203"/>
        <source>Fulfilled</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="205"/>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="217"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="229"/>
        <source>none: complete</source>
        <translation>keine: abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="233"/>
        <source>overdue by %1 h</source>
        <translation>seit %1 h überfällig</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="235"/>
        <source>under 1 h left of 72 h</source>
        <translation>weniger als 1 h von 72 h übrig</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="236"/>
        <source>%1 h left of 72 h</source>
        <translation>noch %1 h von 72 h</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="240"/>
        <source>90 d passed %1 d ago</source>
        <translation>90 Tage vor %1 Tagen abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="242"/>
        <source>under 1 d left of 90 d</source>
        <translation>weniger als 1 Tag von 90 Tagen übrig</translation>
    </message>
    <message>
        <location filename="../ui/models/DeletionRequestModel.cpp" line="243"/>
        <source>%1 d left of 90 d</source>
        <translation>noch %1 von 90 Tagen</translation>
    </message>
</context>
<context>
    <name>dpp::ui::DeletionRequestsView</name>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="96"/>
        <source>Everything in this database: every order, its facts and items too.</source>
        <translation>Alles in dieser Datenbank: alle Bestellungen, auch Bestelldaten und Artikel.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="98"/>
        <source>1 listed order.</source>
        <translation>1 aufgeführte Bestellung.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="99"/>
        <source>%1 listed orders.</source>
        <translation>%1 aufgeführte Bestellungen.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="102"/>
        <source>Orders purchased from %1 to %2 (UTC days, both included).</source>
        <translation>Bestellungen mit Kaufdatum vom %1 bis %2 (UTC-Tage, beide eingeschlossen).</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="115"/>
        <source>%1: deleted, and no backup is known to hold the data.</source>
        <translation>%1: gelöscht, und keine bekannte Sicherung enthält die Daten.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="118"/>
        <source>%1: %2 h past the 72 hours.</source>
        <translation>%1: %2 h nach Ablauf der 72 Stunden.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="120"/>
        <source>%1: the 90 days for every copy passed %2 d ago.</source>
        <translation>%1: Die 90 Tage für alle Kopien sind seit %2 Tagen abgelaufen.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="126"/>
        <source>%1: %2</source>
        <comment>status: countdown</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="133"/>
        <source>none with data left</source>
        <translation>keine mit verbliebenen Daten</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="135"/>
        <source>%1: %2</source>
        <comment>count: order ids</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="137"/>
        <source>%1, the first: %2, …</source>
        <comment>count, the first order ids</comment>
        <translation>%1, die ersten: %2, …</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="156"/>
        <location filename="../ui/DeletionRequestsView.cpp" line="181"/>
        <source>Deletion requests</source>
        <translation>Löschanfragen</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="157"/>
        <source>&amp;Record request…</source>
        <translation>&amp;Anfrage erfassen …</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="159"/>
        <source>Record a request from Amazon to delete or return its data</source>
        <translation>Eine Anfrage von Amazon erfassen, ihre Daten zu löschen oder zurückzugeben</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="163"/>
        <source>When Amazon asks for its data to be deleted or returned, the DPP gives 72 hours from the request, and 90 days for every copy (backups too), with a written certification. Record each request here, then fulfil it: the orders it names are purged and certified.</source>
        <translation>Wenn Amazon verlangt, seine Daten zu löschen oder zurückzugeben, lässt die DPP dafür 72 Stunden ab der Anfrage und 90 Tage für alle Kopien (auch Sicherungen), mit schriftlicher Bescheinigung. Erfassen Sie jede Anfrage hier und erfüllen Sie sie dann: Die genannten Bestellungen werden gelöscht, und die Löschung wird bescheinigt.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="198"/>
        <source>Selected request</source>
        <translation>Ausgewählte Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="222"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="223"/>
        <source>Received:</source>
        <translation>Eingegangen:</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="224"/>
        <source>Delete by:</source>
        <translation>Löschen bis:</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="225"/>
        <source>Every copy by:</source>
        <translation>Alle Kopien bis:</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="226"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="227"/>
        <source>Scope:</source>
        <translation>Umfang:</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="228"/>
        <source>Orders named now:</source>
        <translation>Derzeit betroffene Bestellungen:</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="229"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="230"/>
        <source>Recorded:</source>
        <translation>Erfasst:</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="231"/>
        <source>Fulfilled:</source>
        <translation>Erfüllt:</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="232"/>
        <source>Purge run:</source>
        <translation>Löschlauf:</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="233"/>
        <source>Orders purged:</source>
        <translation>Gelöschte Bestellungen:</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="246"/>
        <source>Certificate of sanitization</source>
        <translation>Löschzertifikat</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="248"/>
        <source>Certification of the request</source>
        <translation>Bescheinigung zur Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="249"/>
        <source>Return export</source>
        <translation>Rückgabe-Export</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="254"/>
        <source>Certificate of sanitization:</source>
        <translation>Löschzertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="255"/>
        <source>Certification of the request:</source>
        <translation>Bescheinigung zur Anfrage:</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="256"/>
        <source>Return export (sent to Amazon):</source>
        <translation>Rückgabe-Export (an Amazon gesendet):</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="260"/>
        <source>&amp;Open certificate</source>
        <translation>Löschzertifikat &amp;öffnen</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="262"/>
        <source>Open cer&amp;tification</source>
        <translation>&amp;Bescheinigung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="264"/>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="266"/>
        <source>Open the folder that holds the certificates</source>
        <translation>Den Ordner mit Löschzertifikat und Bescheinigung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="276"/>
        <source>F&amp;ulfil…</source>
        <translation>&amp;Erfüllen …</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="398"/>
        <source>No deletion request is recorded.</source>
        <translation>Es ist keine Löschanfrage erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="404"/>
        <source>1 request open</source>
        <translation>1 Anfrage offen</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="404"/>
        <source>%1 requests open</source>
        <translation>%1 Anfragen offen</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="406"/>
        <source>1 OVERDUE</source>
        <translation>1 ÜBERFÄLLIG</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="406"/>
        <source>%1 OVERDUE</source>
        <translation>%1 ÜBERFÄLLIG</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="407"/>
        <source>%1; newest first.</source>
        <comment>counts</comment>
        <translation>%1; neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="420"/>
        <source>No request chosen</source>
        <translation>Keine Anfrage ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="424"/>
        <source>Choose a request in the list to see its details.</source>
        <translation>Wählen Sie eine Anfrage in der Liste aus, um ihre Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="425"/>
        <source>When Amazon sends a deletion request, record it with Record request…</source>
        <translation>Wenn Amazon eine Löschanfrage sendet, erfassen Sie sie mit „Anfrage erfassen …“</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="437"/>
        <source>Request %1: Amazon&apos;s reference %2</source>
        <translation>Anfrage %1: Amazons Referenz %2</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="450"/>
        <source>%1 (%2)</source>
        <comment>local time (UTC time)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="455"/>
        <source>Return: the orders&apos; data is exported for Amazon (encrypted), then deleted.</source>
        <translation>Rückgabe: Die Daten der Bestellungen werden für Amazon exportiert (verschlüsselt) und dann gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="456"/>
        <source>Delete.</source>
        <translation>Löschen.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="458"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="459"/>
        <source>%1, by %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="482"/>
        <source>Request %1 was fulfilled on %2; a request is fulfilled only once.</source>
        <translation>Die Anfrage %1 wurde am %2 erfüllt; eine Anfrage wird nur einmal erfüllt.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="485"/>
        <source>Fulfilling purges orders: it needs the permission to purge (purge.execute).</source>
        <translation>Das Erfüllen löscht Bestellungen: Dafür ist die Berechtigung zum Löschen (purge.execute) nötig.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="488"/>
        <source>A return exports the buyers&apos; data for Amazon: it needs the PII key and the permission to reveal PII.</source>
        <translation>Eine Rückgabe exportiert die Käuferdaten für Amazon: Dafür sind der PII-Schlüssel und die Berechtigung zum Anzeigen von PII nötig.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="491"/>
        <source>Purge what the request names, certified; asks you to confirm and for your password again</source>
        <translation>Löscht, was die Anfrage nennt, und bescheinigt es; fragt nach einer Bestätigung und erneut nach Ihrem Passwort</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="501"/>
        <source>%1 by %3, %2 h after receipt: within the 72 hours.</source>
        <translation>%1 von %3, %2 h nach Eingang: innerhalb der 72 Stunden.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="502"/>
        <source>%1 by %3, %2 h after receipt: after the 72 hours.</source>
        <translation>%1 von %3, %2 h nach Eingang: nach Ablauf der 72 Stunden.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="504"/>
        <source>none: nothing was left to purge</source>
        <translation>keiner: Es war nichts mehr zu löschen</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="524"/>
        <source>No program could open %1.</source>
        <translation>Kein Programm konnte %1 öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="563"/>
        <source>Deletion request %1 (Amazon&apos;s reference %2) was recorded. Fulfil it by %3.</source>
        <translation>Die Löschanfrage %1 (Amazons Referenz %2) wurde erfasst. Erfüllen Sie sie bis %3.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="587"/>
        <source>Request %1 has been fulfilled meanwhile; nothing was done.</source>
        <translation>Die Anfrage %1 wurde inzwischen erfüllt; es wurde nichts getan.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="605"/>
        <source>Fulfil Amazon&apos;s request %1? Its scope names no order with data left.</source>
        <translation>Amazons Anfrage %1 erfüllen? Sie betrifft keine Bestellung, zu der noch Daten vorhanden sind.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="608"/>
        <source>Return %1 to Amazon and then purge them, for Amazon&apos;s request %2?</source>
        <translation>Für Amazons Anfrage %2: %1 an Amazon zurückgeben und dann löschen?</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="611"/>
        <source>Purge everything in this database, %1 with their facts and items, for Amazon&apos;s request %2?</source>
        <translation>Für Amazons Anfrage %2 alles in dieser Datenbank löschen: %1 mit ihren Bestelldaten und Artikeln?</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="615"/>
        <source>Purge the buyer data of %1 for Amazon&apos;s request %2?</source>
        <translation>Die Käuferdaten von %1 für Amazons Anfrage %2 löschen?</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="619"/>
        <source>Nothing will be purged, but the request is recorded as fulfilled and its certification is written.</source>
        <translation>Es wird nichts gelöscht, aber die Anfrage wird als erfüllt vermerkt, und ihre Bescheinigung wird erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="623"/>
        <source>Before the purge, their order facts, items and buyer data are written to an export file encrypted under a new key. The key is shown once, right after: you send the file and the key to Amazon by separate channels.</source>
        <translation>Vor der Löschung werden ihre Bestelldaten, Artikel und Käuferdaten in eine Exportdatei geschrieben, die mit einem neuen Schlüssel verschlüsselt ist. Der Schlüssel wird gleich danach einmal angezeigt: Sie senden Datei und Schlüssel auf getrennten Wegen an Amazon.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="628"/>
        <source>The purge (NIST SP 800-88 &quot;purge&quot;) erases each order&apos;s data key and overwrites its rows, the order facts and items too. It cannot be undone.</source>
        <translation>Die Löschung („Purge“ nach NIST SP 800-88) löscht den Datenschlüssel jeder Bestellung und überschreibt ihre Zeilen, auch Bestelldaten und Artikel. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="630"/>
        <source>The purge (NIST SP 800-88 &quot;purge&quot;) erases each order&apos;s data key and overwrites its buyer data. It cannot be undone. The order facts (number, dates, status, items) stay.</source>
        <translation>Die Löschung („Purge“ nach NIST SP 800-88) löscht den Datenschlüssel jeder Bestellung und überschreibt ihre Käuferdaten. Das lässt sich nicht rückgängig machen. Die übrigen Angaben zur Bestellung (Nummer, Daten, Status, Artikel) bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="633"/>
        <source>A certificate of sanitization and a certification of the request are written for your records.</source>
        <translation>Für Ihre Unterlagen werden ein Löschzertifikat und eine Bescheinigung zur Anfrage erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="636"/>
        <source>Orders on legal or tax hold stop the fulfilment: nothing is done then. You will be asked for your password again.</source>
        <translation>Bestellungen mit rechtlicher oder steuerlicher Löschsperre verhindern das Erfüllen: Dann wird nichts getan. Sie werden erneut nach Ihrem Passwort gefragt.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="639"/>
        <source>Fulfil deletion request</source>
        <translation>Löschanfrage erfüllen</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="644"/>
        <source>&amp;Fulfil request</source>
        <translation>Anfrage &amp;erfüllen</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="645"/>
        <source>&amp;Return and purge %1</source>
        <translation>%1 &amp;zurückgeben und löschen</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="645"/>
        <source>&amp;Purge %1</source>
        <translation>%1 &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="648"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="654"/>
        <source>Cancelled: nothing was exported or purged.</source>
        <translation>Abgebrochen: Es wurde nichts exportiert oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="668"/>
        <source>Writing the encrypted export, purging the orders, reading every page back to check that nothing is left, and writing the certificates…</source>
        <translation>Der verschlüsselte Export wird geschrieben, die Bestellungen werden gelöscht, jede Seite wird zurückgelesen, um zu prüfen, dass nichts übrig ist, und Zertifikat und Bescheinigung werden erstellt …</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="670"/>
        <source>Purging the orders, reading every page back to check that nothing is left, and writing the certificates…</source>
        <translation>Die Bestellungen werden gelöscht, jede Seite wird zurückgelesen, um zu prüfen, dass nichts übrig ist, und Zertifikat und Bescheinigung werden erstellt …</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="672"/>
        <source>Fulfil deletion request %1</source>
        <translation>Löschanfrage %1 erfüllen</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="710"/>
        <source>Request %1 was fulfilled (%2 purged), but the purge&apos;s verification FAILED: some purged data may still be readable. See Alarms.</source>
        <translation>Die Anfrage %1 wurde erfüllt (%2 gelöscht), aber die Prüfung der Löschung ist FEHLGESCHLAGEN: Ein Teil der gelöschten Daten ist möglicherweise noch lesbar. Sehen Sie unter „Alarme“ nach.</translation>
    </message>
    <message>
        <location filename="../ui/DeletionRequestsView.cpp" line="715"/>
        <source>Request %1 was fulfilled: %2 purged, verified and certified.</source>
        <translation>Die Anfrage %1 wurde erfüllt: %2 gelöscht, geprüft und bescheinigt.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::DisableUserDialog</name>
    <message>
        <location filename="../ui/DisableUserDialog.cpp" line="13"/>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/DisableUserDialog.cpp" line="13"/>
        <source>&amp;Disable account</source>
        <translation>Konto &amp;deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/DisableUserDialog.cpp" line="17"/>
        <source>Disable the account of %1 (%2) when they leave or no longer need access. From then on their password no longer opens the database; their history in the audit log stays. Disabling cannot be undone: should they return, make a new account.</source>
        <translation>Deaktivieren Sie das Konto von %1 (%2), wenn die Person ausscheidet oder keinen Zugang mehr braucht. Danach öffnet ihr Passwort die Datenbank nicht mehr; ihre Einträge im Prüfprotokoll bleiben. Das Deaktivieren lässt sich nicht rückgängig machen: Kommt die Person zurück, legen Sie ein neues Konto an.</translation>
    </message>
    <message>
        <location filename="../ui/DisableUserDialog.cpp" line="24"/>
        <source>&amp;Now</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <location filename="../ui/DisableUserDialog.cpp" line="27"/>
        <source>&amp;On this leaving date:</source>
        <translation>&amp;Zum Austrittsdatum:</translation>
    </message>
</context>
<context>
    <name>dpp::ui::FirstStartPage</name>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="58"/>
        <source>Create the database</source>
        <translation>Datenbank anlegen</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="59"/>
        <source>This is the first start of DPP Console. Create the encrypted database and its first user, who holds every role until you add more people.</source>
        <translation>DPP Console wird zum ersten Mal gestartet. Legen Sie die verschlüsselte Datenbank und ihren ersten Benutzer an; er hat alle Rollen, bis Sie weitere Personen hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="63"/>
        <source>The database will be created at %1</source>
        <translation>Die Datenbank wird hier angelegt: %1</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="78"/>
        <source>e.g. j.smith</source>
        <translation>z. B. e.mueller</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="81"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="86"/>
        <source>e.g. Jane Smith</source>
        <translation>z. B. Erika Müller</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="87"/>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="91"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="92"/>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="107"/>
        <source>Add %1 demo orders with made-up buyers, to try the console</source>
        <translation>%1 Demo-Bestellungen mit erfundenen Käufern hinzufügen, um die Konsole auszuprobieren</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="115"/>
        <source>Invented orders over the last 90 days (ids starting with 999-, buyers such as “Demo Buyer 000042” on Example Street), so that the order lists, due dates and holds have something to show. Leave it off for a database that will hold real orders.</source>
        <translation>Erfundene Bestellungen aus den letzten 90 Tagen (Bestellnummern beginnen mit 999-, Käufer wie „Demo Buyer 000042“ in der Example Street), damit Bestelllisten, Fälligkeiten und Löschsperren etwas zu zeigen haben. Lassen Sie die Option ausgeschaltet, wenn die Datenbank echte Bestellungen aufnehmen soll.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="128"/>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiv.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="136"/>
        <location filename="../ui/FirstStartPage.cpp" line="393"/>
        <source>Creating the database and deriving the keys; this takes a few seconds…</source>
        <translation>Die Datenbank wird angelegt und die Schlüssel werden abgeleitet; das dauert einige Sekunden …</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="141"/>
        <source>&amp;Create database</source>
        <translation>Datenbank &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="145"/>
        <source>Restore from a &amp;backup…</source>
        <translation>Aus einer &amp;Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="147"/>
        <source>Make the database from a backup instead of starting a new one</source>
        <translation>Die Datenbank aus einer Sicherung wiederherstellen, statt eine neue anzulegen</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="162"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="164"/>
        <source>The database will be made at %1 from the backup you choose. Sign in to the backup as you did when it was made: your user name, password and code then.</source>
        <translation>Die Datenbank wird unter %1 aus der gewählten Sicherung angelegt. Melden Sie sich bei der Sicherung so an wie zu der Zeit, als sie erstellt wurde: mit Ihrem damaligen Benutzernamen, Passwort und Code.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="172"/>
        <source>Before anything is shown, every order purged after the backup was made is purged again (from the purge ledger beside the database, %1, when it is still there: keep it), and every order due is purged. Purged buyer data never comes back.</source>
        <translation>Bevor etwas angezeigt wird, wird jede Bestellung, die nach dem Erstellen der Sicherung gelöscht wurde, erneut gelöscht (anhand des Löschjournals neben der Datenbank, %1, falls es noch vorhanden ist: Bewahren Sie es auf), und jede fällige Bestellung wird gelöscht. Gelöschte Käuferdaten kommen nie zurück.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="180"/>
        <source>Create a &amp;new database instead</source>
        <translation>Stattdessen eine &amp;neue Datenbank anlegen</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="182"/>
        <source>Re&amp;store</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="285"/>
        <source>Restoring: checking the backup, signing you in to its copy, then purging again what was purged since; this takes a few seconds…</source>
        <translation>Wiederherstellung: Die Sicherung wird geprüft, Sie werden bei ihrer Kopie angemeldet, dann wird erneut gelöscht, was seitdem gelöscht wurde; das dauert einige Sekunden …</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="335"/>
        <source>2 to 32 lower-case letters, digits, “.”, “_” or “-”, starting with a letter; this is the name you sign in with.</source>
        <translation>2 bis 32 Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“, am Anfang ein Buchstabe; mit diesem Namen melden Sie sich an.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="340"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="342"/>
        <source>“%1” is reserved; choose another name.</source>
        <translation>„%1“ ist reserviert; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="391"/>
        <source>Creating the database, deriving the keys and adding the demo orders; this takes a few seconds…</source>
        <translation>Die Datenbank wird angelegt, die Schlüssel werden abgeleitet und die Demo-Bestellungen hinzugefügt; das dauert einige Sekunden …</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="407"/>
        <source>The database was created, but the demo orders could not be added: %1</source>
        <translation>Die Datenbank wurde angelegt, aber die Demo-Bestellungen ließen sich nicht hinzufügen: %1</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="98"/>
        <source>At least 12 characters with three of: lower-case letters, capitals, digits, other characters. Several unrelated words make a strong password that is easy to remember.</source>
        <translation>Mindestens 12 Zeichen mit drei dieser Arten: Kleinbuchstaben, Großbuchstaben, Ziffern, andere Zeichen. Mehrere Wörter, die nichts miteinander zu tun haben, ergeben ein starkes Passwort, das man sich gut merken kann.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="369"/>
        <source>Choose a user name of 2 to 32 lower-case letters, digits, “.”, “_” or “-” that starts with a letter.</source>
        <translation>Wählen Sie einen Benutzernamen aus 2 bis 32 Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“, der mit einem Buchstaben beginnt.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="376"/>
        <source>Enter the person&apos;s full name.</source>
        <translation>Geben Sie den vollständigen Namen der Person ein.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="101"/>
        <source>The two passwords do not match. Type the password again in “Repeat password”.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie das Passwort unter „Passwort wiederholen“ noch einmal ein.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::HoldDialog</name>
    <message>
        <location filename="../ui/HoldDialog.cpp" line="15"/>
        <source>Legal hold on %1</source>
        <translation>Rechtliche Löschsperre für %1</translation>
    </message>
    <message>
        <location filename="../ui/HoldDialog.cpp" line="16"/>
        <source>Tax hold on %1</source>
        <translation>Steuerliche Löschsperre für %1</translation>
    </message>
    <message>
        <location filename="../ui/HoldDialog.cpp" line="17"/>
        <source>&amp;Place hold</source>
        <translation>Löschsperre &amp;setzen</translation>
    </message>
    <message>
        <location filename="../ui/HoldDialog.cpp" line="25"/>
        <source>A legal hold keeps the order&apos;s personal data past its due date, for a lawsuit or an authority&apos;s request. The retention clock stops until the hold is released; look at it again by the review date.</source>
        <translation>Eine rechtliche Löschsperre bewahrt die personenbezogenen Daten der Bestellung über ihr Fälligkeitsdatum hinaus auf, für einen Rechtsstreit oder die Anfrage einer Behörde. Die Aufbewahrungsfrist ruht, bis die Löschsperre aufgehoben wird; prüfen Sie sie bis zum Prüfdatum erneut.</translation>
    </message>
    <message>
        <location filename="../ui/HoldDialog.cpp" line="28"/>
        <source>A tax hold keeps the invoice fields for the tax records. The retention clock runs on: when the order is purged, those fields go to the encrypted tax archive and the rest is erased.</source>
        <translation>Eine steuerliche Löschsperre bewahrt die Rechnungsfelder für die steuerlichen Unterlagen auf. Die Aufbewahrungsfrist läuft weiter: Wenn die Bestellung gelöscht wird, kommen diese Felder ins verschlüsselte Steuerarchiv, und der Rest wird gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/HoldDialog.cpp" line="38"/>
        <source>e.g. Case 2026-17, litigation hold letter of 3 March</source>
        <translation>z. B. Verfahren 2026-17, Aufforderung zur Beweissicherung vom 3. März</translation>
    </message>
    <message>
        <location filename="../ui/HoldDialog.cpp" line="39"/>
        <source>e.g. Invoice kept for the VAT return</source>
        <translation>z. B. Rechnung für die Umsatzsteuererklärung aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/HoldDialog.cpp" line="43"/>
        <source>Stays in the database for those who manage retention; it is not written to the audit log. Do not copy personal data into it.</source>
        <translation>Die Begründung bleibt in der Datenbank für diejenigen, die die Aufbewahrung verwalten; sie wird nicht ins Prüfprotokoll geschrieben. Kopieren Sie keine personenbezogenen Daten hinein.</translation>
    </message>
    <message>
        <location filename="../ui/HoldDialog.cpp" line="46"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location filename="../ui/HoldDialog.cpp" line="54"/>
        <source>Re&amp;view by:</source>
        <translation>Über&amp;prüfen bis:</translation>
    </message>
    <message>
        <location filename="../ui/HoldDialog.cpp" line="73"/>
        <source>Say why the order is held.</source>
        <translation>Geben Sie den Grund für die Löschsperre an.</translation>
    </message>
    <message>
        <location filename="../ui/HoldDialog.cpp" line="78"/>
        <source>The review date must be after today.</source>
        <translation>Das Prüfdatum muss nach dem heutigen Tag liegen.</translation>
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
        <location filename="../ui/MainWindow.cpp" line="61"/>
        <source>DPP Console</source>
        <translation>DPP Console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <source>Close the database and clear every view</source>
        <translation>Die Datenbank schließen und alle Ansichten leeren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>Lock the console (%1)</source>
        <translation>Die Konsole sperren (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="92"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>&amp;Console</source>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>The database was restored from the backup made %1 by %2.</source>
        <translation>Die Datenbank wurde aus der Sicherung wiederhergestellt, die %2 am %1 erstellt hat.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>Sign in as usual.</source>
        <translation>Melden Sie sich wie gewohnt an.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>Your password was changed. Use the new one from your next sign-in.</source>
        <translation>Ihr Passwort wurde geändert. Verwenden Sie ab der nächsten Anmeldung das neue.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>Two-factor sign-in is set up. Keep your recovery codes safe.</source>
        <translation>Die Anmeldung mit zweitem Faktor ist eingerichtet. Bewahren Sie Ihre Wiederherstellungscodes sicher auf.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="341"/>
        <source>The console locked after %1 min without input.</source>
        <translation>Die Konsole wurde nach %1 min ohne Eingabe gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>The console locked because the screen was locked.</source>
        <translation>Die Konsole wurde gesperrt, weil der Bildschirm gesperrt wurde.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="370"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="384"/>
        <source>PII access is turned off by an administrator. Nobody can reveal, print or export buyers&apos; personal data until it is turned on again.</source>
        <translation>Der PII-Zugriff ist von der IT-Administration abgeschaltet. Niemand kann personenbezogene Daten der Käufer anzeigen, drucken oder exportieren, bis er wieder eingeschaltet wird.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="400"/>
        <source>1 open alarm</source>
        <translation>1 offener Alarm</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401"/>
        <source>%1 open alarms</source>
        <translation>%1 offene Alarme</translation>
    </message>
</context>
<context>
    <name>dpp::ui::NewDeletionRequestDialog</name>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="36"/>
        <source>Record deletion request</source>
        <translation>Löschanfrage erfassen</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="36"/>
        <source>Re&amp;cord request</source>
        <translation>Anfrage &amp;erfassen</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="41"/>
        <source>Record Amazon&apos;s request as it came. The DPP asks for the data it names to be deleted (or returned) within 72 hours of the request, and every copy within 90 days: both clocks run from the time it was received.</source>
        <translation>Erfassen Sie Amazons Anfrage so, wie sie eingegangen ist. Die DPP verlangt, dass die darin genannten Daten innerhalb von 72 Stunden nach der Anfrage gelöscht (oder zurückgegeben) werden und alle Kopien innerhalb von 90 Tagen: Beide Fristen laufen ab dem Eingang.</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="55"/>
        <source>e.g. AMZ-DR-2026-0142</source>
        <translation>z. B. AMZ-DR-2026-0142</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="58"/>
        <source>Amazon&apos;s &amp;reference:</source>
        <translation>Amazons &amp;Referenz:</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="71"/>
        <source>Recei&amp;ved (UTC):</source>
        <translation>Ein&amp;gegangen (UTC):</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="78"/>
        <source>&amp;Delete the data</source>
        <translation>Daten &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="81"/>
        <source>Re&amp;turn it to Amazon, then delete it</source>
        <translation>An Amazon &amp;zurückgeben, dann löschen</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="87"/>
        <source>A return first writes the orders&apos; data to a file encrypted under a new key, shown once, for you to send to Amazon; then the data is deleted.</source>
        <translation>Bei einer Rückgabe werden die Daten der Bestellungen zuerst in eine Datei geschrieben, die mit einem neuen, einmal angezeigten Schlüssel verschlüsselt ist und die Sie an Amazon senden; danach werden die Daten gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="93"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="101"/>
        <source>Listed &amp;orders:</source>
        <translation>&amp;Aufgeführte Bestellungen:</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="106"/>
        <source>Order ids</source>
        <translation>Bestellnummern</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="108"/>
        <source>One order id per line, or separated by commas</source>
        <translation>Eine Bestellnummer pro Zeile oder durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="113"/>
        <source>&amp;Purchase dates (UTC days, both included):</source>
        <translation>&amp;Kaufdaten (UTC-Tage, beide eingeschlossen):</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="125"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="127"/>
        <source>&amp;until</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="134"/>
        <source>&amp;Everything in this database (order facts and items too)</source>
        <translation>Alles in dieser &amp;Datenbank (auch Bestelldaten und Artikel)</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="144"/>
        <source>Scope:</source>
        <translation>Umfang:</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="153"/>
        <source>Optional. Kept in this database only: not in the audit log, the certificates or the export. Do not copy buyers&apos; personal data into it.</source>
        <translation>Optional. Wird nur in dieser Datenbank gespeichert, nicht im Prüfprotokoll, in Zertifikat und Bescheinigung oder im Export. Kopieren Sie keine personenbezogenen Daten der Käufer hinein.</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="156"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="188"/>
        <source>As in Amazon&apos;s message: 1 to 64 letters (A–Z, a–z), digits and - _ . / : with no spaces.</source>
        <translation>Wie in Amazons Nachricht: 1 bis 64 Buchstaben (A–Z, a–z), Ziffern und - _ . / : ohne Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="192"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="202"/>
        <source>%1 your time: in the future.</source>
        <translation>%1 (Ihre Ortszeit): liegt in der Zukunft.</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="204"/>
        <source>%1 your time. The 72 hours run from here.</source>
        <translation>%1 (Ihre Ortszeit). Ab hier laufen die 72 Stunden.</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="251"/>
        <source>Enter Amazon&apos;s reference of the request.</source>
        <translation>Geben Sie Amazons Referenz der Anfrage ein.</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="252"/>
        <source>Amazon&apos;s reference can only have 1 to 64 letters, digits and - _ . / : (no spaces or other characters).</source>
        <translation>Amazons Referenz darf nur 1 bis 64 Buchstaben, Ziffern und - _ . / : enthalten (keine Leerzeichen oder anderen Zeichen).</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="258"/>
        <source>The time the request was received cannot be in the future.</source>
        <translation>Der Eingang der Anfrage kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="263"/>
        <source>Enter the order ids the request names, one per line or separated by commas.</source>
        <translation>Geben Sie die Bestellnummern ein, die die Anfrage nennt, eine pro Zeile oder durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../ui/NewDeletionRequestDialog.cpp" line="268"/>
        <source>The first purchase date must not be after the last.</source>
        <translation>Das erste Kaufdatum darf nicht nach dem letzten liegen.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::NewPasswordFields</name>
    <message>
        <location filename="../ui/NewPasswordFields.cpp" line="75"/>
        <source>At least 12 characters with three of: lower-case letters, capitals, digits, other characters.</source>
        <translation>Mindestens 12 Zeichen mit dreien von: Kleinbuchstaben, Großbuchstaben, Ziffern, anderen Zeichen.</translation>
    </message>
    <message>
        <location filename="../ui/NewPasswordFields.cpp" line="89"/>
        <source>✓ The password meets the rules.</source>
        <translation>✓ Das Passwort erfüllt die Regeln.</translation>
    </message>
    <message>
        <location filename="../ui/NewPasswordFields.cpp" line="97"/>
        <source>✓ The passwords match.</source>
        <translation>✓ Die Passwörter stimmen überein.</translation>
    </message>
    <message>
        <location filename="../ui/NewPasswordFields.cpp" line="99"/>
        <source>The passwords do not match yet.</source>
        <translation>Die Passwörter stimmen noch nicht überein.</translation>
    </message>
    <message>
        <location filename="../ui/NewPasswordFields.cpp" line="107"/>
        <source>Choose a password.</source>
        <translation>Wählen Sie ein Passwort.</translation>
    </message>
    <message>
        <location filename="../ui/NewPasswordFields.cpp" line="125"/>
        <source>The two passwords do not match. Type the password again in the second field.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie das Passwort im zweiten Feld noch einmal ein.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::NewUserDialog</name>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="19"/>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="19"/>
        <source>C&amp;reate user</source>
        <translation>Benutzer an&amp;legen</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="23"/>
        <source>Every person gets their own account: no shared accounts. The account receives its own key slot; the person must choose their own password at the first sign-in and set up two-factor sign-in within %1 days.</source>
        <translation>Jede Person bekommt ihr eigenes Konto: keine geteilten Konten. Das Konto erhält einen eigenen Schlüsselplatz; die Person muss bei der ersten Anmeldung ein eigenes Passwort wählen und innerhalb von %1 Tagen den zweiten Faktor einrichten.</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="48"/>
        <source>e.g. j.smith</source>
        <translation>z. B. j.schmidt</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="50"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="54"/>
        <source>e.g. Jane Smith</source>
        <translation>z. B. Julia Schmidt</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="55"/>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="57"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="64"/>
        <source>Initial &amp;password:</source>
        <translation>Erstes &amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="64"/>
        <source>Re&amp;peat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="81"/>
        <source>2 to 32 lower-case letters, digits, “.”, “_” or “-”, starting with a letter. It cannot be changed or used again later.</source>
        <translation>2 bis 32 Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“, beginnend mit einem Buchstaben. Er lässt sich später weder ändern noch erneut vergeben.</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="86"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="94"/>
        <source>Choose a user name of 2 to 32 lower-case letters, digits, “.”, “_” or “-” that starts with a letter.</source>
        <translation>Wählen Sie einen Benutzernamen aus 2 bis 32 Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“, der mit einem Buchstaben beginnt.</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="100"/>
        <source>Enter the person&apos;s full name.</source>
        <translation>Geben Sie den vollständigen Namen der Person ein.</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="105"/>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::OrdersModel</name>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="212"/>
        <source>Click to sort by this column</source>
        <translation>Klicken, um nach dieser Spalte zu sortieren</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="214"/>
        <source>The recipient&apos;s name, masked. Reveal it in the order&apos;s details.</source>
        <translation>Der Name des Empfängers, maskiert. Zeigen Sie ihn in den Einzelheiten der Bestellung an.</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="221"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="223"/>
        <source>Purchased</source>
        <translation>Kaufdatum</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="225"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="227"/>
        <source>Sales channel</source>
        <translation>Verkaufskanal</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="229"/>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="231"/>
        <source>Total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="233"/>
        <source>Shipped / ship by</source>
        <translation>Versandt / Versand bis</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="235"/>
        <source>PII due for purge</source>
        <translation>PII-Löschung fällig</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="237"/>
        <source>Due date basis</source>
        <translation>Grundlage der Fälligkeit</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="239"/>
        <source>Hold</source>
        <translation>Löschsperre</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="283"/>
        <source>Marketplace %1, fulfilled by %2</source>
        <translation>Marktplatz %1, Versand durch %2</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="285"/>
        <source>Amazon</source>
        <translation>Amazon</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="285"/>
        <source>the seller</source>
        <translation>den Verkäufer</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="288"/>
        <source>Due %1 (%2)</source>
        <translation>Fällig: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="311"/>
        <source>(purged)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="319"/>
        <source>by %1</source>
        <comment>ship by a date</comment>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="356"/>
        <source>%1 d %2 h</source>
        <comment>days, hours</comment>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="358"/>
        <source>%1 h %2 min</source>
        <comment>hours, minutes</comment>
        <translation>%1 Std. %2 min</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="360"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="369"/>
        <source>PII purged</source>
        <translation>PII gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="371"/>
        <source>on legal hold</source>
        <translation>unter rechtlicher Löschsperre</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="373"/>
        <source>no due date</source>
        <translation>kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="375"/>
        <source>overdue %1</source>
        <comment>a time span: 2 d 3 h</comment>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="382"/>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="409"/>
        <source>Pending availability</source>
        <translation>Verfügbarkeit ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="411"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="413"/>
        <source>Unshipped</source>
        <translation>Nicht versandt</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="415"/>
        <source>Partially shipped</source>
        <translation>Teilweise versandt</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="417"/>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="419"/>
        <source>Invoice unconfirmed</source>
        <translation>Rechnung unbestätigt</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="421"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="423"/>
        <source>Unfulfillable</source>
        <translation>Nicht erfüllbar</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="425"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="438"/>
        <source>Legal</source>
        <translation>Rechtlich</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="438"/>
        <source>Tax</source>
        <translation>Steuerlich</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="468"/>
        <location filename="../ui/models/OrdersModel.cpp" line="473"/>
        <source>%1 %2</source>
        <comment>amount, currency</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="479"/>
        <source>1 order</source>
        <translation>1 Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="479"/>
        <source>%1 orders</source>
        <translation>%1 Bestellungen</translation>
    </message>
</context>
<context>
    <name>dpp::ui::OrdersView</name>
    <message>
        <location filename="../ui/OrdersView.cpp" line="67"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="78"/>
        <source>Any time</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="79"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="80"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="81"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="82"/>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="97"/>
        <source>Starts with, e.g. 902-</source>
        <translation>Beginnt mit, z. B. 902-</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="107"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="108"/>
        <source>&amp;Purchased:</source>
        <translation>Kauf&amp;datum:</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="109"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="110"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="111"/>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marktplatz:</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="112"/>
        <source>&amp;Order number:</source>
        <translation>Bestell&amp;nummer:</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="125"/>
        <source>Only orders waiting to be shipped are shown to your role.</source>
        <translation>Ihrer Rolle werden nur Bestellungen angezeigt, die auf den Versand warten.</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="130"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="132"/>
        <source>Read SP-API order files (JSON) or flat-file order reports (TSV, TXT, CSV). Orders already here are updated, never duplicated.</source>
        <translation>Liest SP-API-Bestelldateien (JSON) oder Flatfile-Bestellberichte (TSV, TXT, CSV). Bereits vorhandene Bestellungen werden aktualisiert, nie doppelt angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="188"/>
        <source>by %1</source>
        <comment>ship by a date</comment>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="233"/>
        <source>Choose an order to see its details.</source>
        <translation>Wählen Sie eine Bestellung aus, um ihre Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="248"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="249"/>
        <source>Purchased:</source>
        <translation>Kaufdatum:</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="250"/>
        <source>Sales channel:</source>
        <translation>Verkaufskanal:</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="251"/>
        <source>Fulfilled by:</source>
        <translation>Versand durch:</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="252"/>
        <source>Ship by:</source>
        <translation>Versand bis:</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="253"/>
        <source>Shipped:</source>
        <translation>Versandt:</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="254"/>
        <source>Delivery:</source>
        <translation>Lieferung:</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="255"/>
        <source>Total:</source>
        <translation>Gesamtbetrag:</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="256"/>
        <source>PII due for purge:</source>
        <translation>PII-Löschung fällig:</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="257"/>
        <source>Due date basis:</source>
        <translation>Grundlage der Fälligkeit:</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="258"/>
        <source>Hold:</source>
        <translation>Löschsperre:</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="259"/>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="262"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="277"/>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="289"/>
        <source>&amp;Reveal…</source>
        <translation>&amp;Anzeigen …</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="292"/>
        <source>Show this order&apos;s personal data, with a reason that is recorded in the audit log</source>
        <translation>Die personenbezogenen Daten dieser Bestellung anzeigen, mit einer Begründung, die im Prüfprotokoll vermerkt wird</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="293"/>
        <source>&amp;Hide</source>
        <translation>A&amp;usblenden</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="367"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="382"/>
        <source>All marketplaces</source>
        <translation>Alle Marktplätze</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="567"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="583"/>
        <source>%1 (marketplace %2)</source>
        <comment>sales channel, marketplace id</comment>
        <translation>%1 (Marktplatz %2)</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="587"/>
        <source>Amazon (FBA)</source>
        <translation>Amazon (FBA)</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="588"/>
        <source>The seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="592"/>
        <source>%1 to %2</source>
        <comment>date range</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="601"/>
        <source>items shipped: %1, waiting: %2</source>
        <translation>Artikel versandt: %1, ausstehend: %2</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="944"/>
        <source>Orders purged before, whose personal data was not stored again: %1.</source>
        <translation>Bereits früher gelöschte Bestellungen, deren personenbezogene Daten nicht erneut gespeichert wurden: %1.</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="607"/>
        <source>by %1</source>
        <comment>deliver by a date</comment>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="611"/>
        <source>to %1</source>
        <comment>a country code</comment>
        <translation>nach %1</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="618"/>
        <source>%1 (%2)</source>
        <comment>countdown (date)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="625"/>
        <source>%1, %2</source>
        <comment>basis, its time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="633"/>
        <source>%1 × %2</source>
        <comment>quantity, title</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="638"/>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="640"/>
        <source>ASIN %1</source>
        <translation>ASIN %1</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="647"/>
        <source>No items imported.</source>
        <translation>Keine Artikel importiert.</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="665"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/OrdersView.cpp" line="666"/>
        <source>Copy to the clipboard for %n seconds</source>
        <translation>
            <numerusform>Für %n Sekunde in die Zwischenablage kopieren</numerusform>
            <numerusform>Für %n Sekunden in die Zwischenablage kopieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="679"/>
        <source>The personal data of this order was purged.</source>
        <translation>Die personenbezogenen Daten dieser Bestellung wurden gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="681"/>
        <source>No personal data is stored for this order.</source>
        <translation>Zu dieser Bestellung sind keine personenbezogenen Daten gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="683"/>
        <source>Masked. Your role does not reveal personal data.</source>
        <translation>Maskiert. Ihre Rolle darf keine personenbezogenen Daten anzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="685"/>
        <location filename="../ui/OrdersView.cpp" line="806"/>
        <source>Masked. Reveal it only when your work on this order needs it.</source>
        <translation>Maskiert. Zeigen Sie die Daten nur an, wenn Ihre Arbeit an dieser Bestellung es erfordert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/OrdersView.cpp" line="778"/>
        <source>Shown until %1. Hidden again then, when you choose another order, or when the console locks. Copied values leave the clipboard after %n seconds.</source>
        <translation>
            <numerusform>Sichtbar bis %1. Dann wieder ausgeblendet, ebenso wenn Sie eine andere Bestellung wählen oder die Konsole gesperrt wird. Kopierte Werte werden nach %n Sekunde aus der Zwischenablage entfernt.</numerusform>
            <numerusform>Sichtbar bis %1. Dann wieder ausgeblendet, ebenso wenn Sie eine andere Bestellung wählen oder die Konsole gesperrt wird. Kopierte Werte werden nach %n Sekunden aus der Zwischenablage entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="783"/>
        <source>Revealed. The reason was recorded in the audit log.</source>
        <translation>Angezeigt. Die Begründung wurde im Prüfprotokoll vermerkt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/OrdersView.cpp" line="827"/>
        <source>%1 copied. The clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>%1 kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>%1 kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="870"/>
        <location filename="../ui/OrdersView.cpp" line="881"/>
        <source>Import orders</source>
        <translation>Bestellungen importieren</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="871"/>
        <source>Order files (*.json *.tsv *.txt *.csv);;All files (*)</source>
        <translation>Bestelldateien (*.json *.tsv *.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/OrdersView.cpp" line="878"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird importiert …</numerusform>
            <numerusform>%n Dateien werden importiert …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="879"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="890"/>
        <source>Cancelling the import; the file being read is rolled back…</source>
        <translation>Der Import wird abgebrochen; die Änderungen aus der gerade gelesenen Datei werden zurückgenommen …</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="894"/>
        <source>Importing orders…</source>
        <translation>Bestellungen werden importiert …</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="931"/>
        <source>The import was cancelled. The file being read changed nothing; files read before it stay imported.</source>
        <translation>Der Import wurde abgebrochen. Die gerade gelesene Datei hat nichts verändert; zuvor gelesene Dateien bleiben importiert.</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="939"/>
        <source>Imported: %1 new, %2 updated (%3 of them unchanged).</source>
        <translation>Importiert: %1 neu, %2 aktualisiert (davon %3 unverändert).</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="948"/>
        <source>1 file was refused and changed nothing:</source>
        <translation>1 Datei wurde abgelehnt und hat nichts verändert:</translation>
    </message>
    <message>
        <location filename="../ui/OrdersView.cpp" line="949"/>
        <source>%1 files were refused and changed nothing:</source>
        <translation>%1 Dateien wurden abgelehnt und haben nichts verändert:</translation>
    </message>
</context>
<context>
    <name>dpp::ui::OverviewView</name>
    <message>
        <location filename="../ui/OverviewView.cpp" line="42"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="53"/>
        <source>Set it &amp;up now</source>
        <translation>Jetzt ein&amp;richten</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="78"/>
        <location filename="../ui/OverviewView.cpp" line="169"/>
        <source>New recovery key…</source>
        <translation>Neuer Wiederherstellungsschlüssel …</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="85"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="87"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="88"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="89"/>
        <source>Personal data:</source>
        <translation>Personenbezogene Daten:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="92"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="94"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="95"/>
        <source>Database ID:</source>
        <translation>Datenbank-ID:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="97"/>
        <source>SQLCipher version:</source>
        <translation>SQLCipher-Version:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="99"/>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="100"/>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="101"/>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="103"/>
        <source>Key file generation:</source>
        <translation>Generation der Schlüsseldatei:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="104"/>
        <source>Failed unlock attempts recorded:</source>
        <translation>Aufgezeichnete fehlgeschlagene Entsperrversuche:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="108"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="111"/>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="113"/>
        <source>Last checked:</source>
        <translation>Zuletzt geprüft:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="114"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="117"/>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="121"/>
        <source>Overdue:</source>
        <translation>Überfällig:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="123"/>
        <source>Due within 7 days:</source>
        <translation>Innerhalb von 7 Tagen fällig:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="124"/>
        <source>On hold:</source>
        <translation>Mit Löschsperre:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="128"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="131"/>
        <source>Last backup:</source>
        <translation>Letzte Sicherung:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="132"/>
        <source>Kept now:</source>
        <translation>Derzeit vorhanden:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="140"/>
        <source>Key slots</source>
        <translation>Schlüsselplätze</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="143"/>
        <source>Each slot opens the database with its own secret. Only slots that hold the PII key can decrypt buyers&apos; personal data.</source>
        <translation>Jeder Schlüsselplatz öffnet die Datenbank mit seinem eigenen Geheimnis. Nur Schlüsselplätze mit dem PII-Schlüssel können personenbezogene Daten der Käufer entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="172"/>
        <source>Issue a new recovery key when the current one may be lost or seen by someone else. The current one stops working.</source>
        <translation>Stellen Sie einen neuen Wiederherstellungsschlüssel aus, wenn der bisherige verloren gegangen oder in fremde Hände geraten sein könnte. Der bisherige funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="192"/>
        <source>New recovery key</source>
        <translation>Neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="193"/>
        <source>Issue a new recovery key?</source>
        <translation>Einen neuen Wiederherstellungsschlüssel ausstellen?</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="195"/>
        <source>The current recovery key stops working at once. The new one is shown only once; store it before you continue.</source>
        <translation>Der bisherige Wiederherstellungsschlüssel funktioniert sofort nicht mehr. Der neue wird nur einmal angezeigt; bewahren Sie ihn auf, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="197"/>
        <source>&amp;Issue new key</source>
        <translation>Neuen Schlüssel &amp;ausstellen</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="199"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="229"/>
        <source>%1 (%2)</source>
        <comment>display name (user name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="234"/>
        <source>This session holds the PII key and can decrypt buyers&apos; personal data.</source>
        <translation>Diese Sitzung hat den PII-Schlüssel und kann personenbezogene Daten der Käufer entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="236"/>
        <source>This session cannot decrypt buyers&apos; personal data.</source>
        <translation>Diese Sitzung kann keine personenbezogenen Daten der Käufer entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="242"/>
        <source>The recovery key was never confirmed as stored. Issue a new one and store it.</source>
        <translation>Es wurde nie bestätigt, dass der Wiederherstellungsschlüssel sicher aufbewahrt ist. Stellen Sie einen neuen aus und bewahren Sie ihn auf.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="243"/>
        <source>The recovery key was never confirmed as stored. Ask someone who manages the keys and holds the PII key to issue a new one.</source>
        <translation>Es wurde nie bestätigt, dass der Wiederherstellungsschlüssel sicher aufbewahrt ist. Bitten Sie jemanden, der die Schlüssel verwaltet und den PII-Schlüssel hat, einen neuen auszustellen.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="263"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="267"/>
        <source>%1 with %2 per page, pages of %3 bytes, raw 256-bit key</source>
        <translation>%1 mit %2 je Seite, Seiten zu %3 Byte, roher 256-Bit-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="280"/>
        <source>Verifying…</source>
        <translation>Wird verifiziert…</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="289"/>
        <source>Verified: every row is unchanged and in order, and the log ends where the head kept outside the database says.</source>
        <translation>Verifiziert: Jede Zeile ist unverändert und in der richtigen Reihenfolge, und das Protokoll endet dort, wo das außerhalb der Datenbank gespeicherte Kettenende es angibt.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="298"/>
        <source>NOT verified: %1</source>
        <translation>NICHT verifiziert: %1</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="322"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="327"/>
        <source>%1 (the chain did not verify)</source>
        <translation>%1 (die Kette war nicht intakt)</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="342"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="346"/>
        <source>Two-factor sign-in is not set up. From %1 you will need it to sign in.</source>
        <translation>Die Anmeldung mit zweitem Faktor ist nicht eingerichtet. Ab %1 brauchen Sie sie, um sich anzumelden.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="371"/>
        <source>None: no personal data is kept past its due date</source>
        <translation>Keine: Es werden keine personenbezogenen Daten über ihr Fälligkeitsdatum hinaus aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="373"/>
        <source>with personal data past their due date: purge them</source>
        <translation>mit personenbezogenen Daten über ihr Fälligkeitsdatum hinaus: Löschen Sie sie</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="408"/>
        <source>None yet: without a backup, buyer data lost with this computer cannot be recovered. Make one in Backups, onto another disk.</source>
        <translation>Noch keine: Ohne Sicherung lassen sich Käuferdaten, die mit diesem Computer verloren gehen, nicht wiederherstellen. Erstellen Sie unter „Sicherungen“ eine auf einem anderen Datenträger.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="414"/>
        <source>%1, by %2 (today)</source>
        <translation>%1, von %2 (heute)</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="416"/>
        <source>%1, by %2 (yesterday)</source>
        <translation>%1, von %2 (gestern)</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="417"/>
        <source>%1, by %2 (%3 days ago)</source>
        <translation>%1, von %2 (vor %3 Tagen)</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="420"/>
        <source>none (each is destroyed when it expires, at most 30 days after it was made)</source>
        <translation>keine (jede wird vernichtet, wenn sie abläuft, spätestens 30 Tage nach ihrer Erstellung)</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="421"/>
        <source>1 backup, destroyed when it expires</source>
        <translation>1 Sicherung, wird beim Ablauf vernichtet</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="422"/>
        <source>%1 backups, each destroyed when it expires</source>
        <translation>%1 Sicherungen, jede wird beim Ablauf vernichtet</translation>
    </message>
</context>
<context>
    <name>dpp::ui::PasswordChangePage</name>
    <message>
        <location filename="../ui/PasswordChangePage.cpp" line="48"/>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/PasswordChangePage.cpp" line="51"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/PasswordChangePage.cpp" line="52"/>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/PasswordChangePage.cpp" line="74"/>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiv.</translation>
    </message>
    <message>
        <location filename="../ui/PasswordChangePage.cpp" line="80"/>
        <source>Changing the password; this takes a few seconds…</source>
        <translation>Das Passwort wird geändert; das dauert einige Sekunden …</translation>
    </message>
    <message>
        <location filename="../ui/PasswordChangePage.cpp" line="83"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/PasswordChangePage.cpp" line="85"/>
        <source>C&amp;hange password</source>
        <translation>Passwort än&amp;dern</translation>
    </message>
    <message>
        <location filename="../ui/PasswordChangePage.cpp" line="122"/>
        <source>Choose a new password</source>
        <translation>Wählen Sie ein neues Passwort</translation>
    </message>
    <message>
        <location filename="../ui/PasswordChangePage.cpp" line="123"/>
        <source>Your password has to be changed before you continue: it was set by an administrator, or it is older than %1 days.</source>
        <translation>Ihr Passwort muss geändert werden, bevor Sie weitermachen: Es wurde von der IT-Administration gesetzt oder ist älter als %1 Tage.</translation>
    </message>
    <message>
        <location filename="../ui/PasswordChangePage.cpp" line="128"/>
        <source>The new password must differ from your last %1 passwords. It opens the database for you; nobody else learns it.</source>
        <translation>Das neue Passwort muss sich von Ihren letzten %1 Passwörtern unterscheiden. Es öffnet die Datenbank für Sie; niemand sonst erfährt es.</translation>
    </message>
    <message>
        <location filename="../ui/PasswordChangePage.cpp" line="127"/>
        <source>Change your password</source>
        <translation>Ändern Sie Ihr Passwort</translation>
    </message>
    <message>
        <location filename="../ui/PasswordChangePage.cpp" line="58"/>
        <source>At least 12 characters with three of: lower-case letters, capitals, digits, other characters. Several unrelated words make a strong password that is easy to remember.</source>
        <translation>Mindestens 12 Zeichen mit dreien von: Kleinbuchstaben, Großbuchstaben, Ziffern, anderen Zeichen. Mehrere Wörter ohne Zusammenhang ergeben ein starkes Passwort, das leicht zu merken ist.</translation>
    </message>
    <message>
        <location filename="../ui/PasswordChangePage.cpp" line="174"/>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <location filename="../ui/PasswordChangePage.cpp" line="60"/>
        <source>Choose a new password.</source>
        <translation>Wählen Sie ein neues Passwort.</translation>
    </message>
    <message>
        <location filename="../ui/PasswordChangePage.cpp" line="62"/>
        <source>The two new passwords do not match. Type it again in “Repeat new password”.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein. Geben Sie es unter „Neues Passwort wiederholen“ noch einmal ein.</translation>
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
    <name>dpp::ui::PurgeResultPanel</name>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="44"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="46"/>
        <source>Hide this result; the certificate stays where it is</source>
        <translation>Dieses Ergebnis ausblenden; das Löschzertifikat bleibt, wo es ist</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="71"/>
        <source>Certificate file</source>
        <translation>Datei des Löschzertifikats</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="75"/>
        <source>&amp;Open certificate</source>
        <translation>Löschzertifikat &amp;öffnen</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="77"/>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="102"/>
        <source>1 order purged. Verification passed.</source>
        <translation>Käuferdaten von 1 Bestellung gelöscht. Prüfung bestanden.</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="103"/>
        <source>%1 orders purged. Verification passed.</source>
        <translation>Käuferdaten von %1 Bestellungen gelöscht. Prüfung bestanden.</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="105"/>
        <source>1 order purged, but the verification FAILED.</source>
        <translation>Käuferdaten von 1 Bestellung gelöscht, aber die Prüfung ist FEHLGESCHLAGEN.</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="106"/>
        <source>%1 orders purged, but the verification FAILED.</source>
        <translation>Käuferdaten von %1 Bestellungen gelöscht, aber die Prüfung ist FEHLGESCHLAGEN.</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="109"/>
        <source>Their buyer data is destroyed for good: data keys erased, rows overwritten. The order facts stay.</source>
        <translation>Die Käuferdaten sind endgültig vernichtet: Datenschlüssel gelöscht, Zeilen überschrieben. Die übrigen Angaben zu den Bestellungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="111"/>
        <source>Their data keys were erased and their rows deleted, but the checks below did not all hold: some of the purged data may still be readable. Do not rely on this run; tell whoever looks after the console&apos;s database, and see Alarms.</source>
        <translation>Die Datenschlüssel der Bestellungen wurden gelöscht und ihre Zeilen entfernt, aber nicht alle Prüfungen unten waren erfolgreich: Ein Teil der gelöschten Daten ist möglicherweise noch lesbar. Verlassen Sie sich nicht auf diesen Lauf; informieren Sie die Person, die die Datenbank der Konsole betreut, und sehen Sie unter „Alarme“ nach.</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="115"/>
        <source>Run %1, finished %2.</source>
        <translation>Lauf %1, abgeschlossen am %2.</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="120"/>
        <source>Due dates from %1 to %2.</source>
        <translation>Fälligkeitsdaten vom %1 bis %2.</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="125"/>
        <source>Before the purge, the invoice fields of the orders on tax hold (%1) were sealed into the tax archive %2: move that file to offline storage.</source>
        <translation>Vor der Löschung wurden die Rechnungsfelder der Bestellungen mit steuerlicher Löschsperre (%1) im Steuerarchiv %2 versiegelt: Verschieben Sie diese Datei in einen Offline-Speicher.</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="133"/>
        <source>No PII or data-key row of a purged order is left.</source>
        <translation>Von den betroffenen Bestellungen ist keine PII- oder Datenschlüsselzeile mehr übrig.</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="134"/>
        <source>Rows of purged orders are still in the database.</source>
        <translation>Zeilen der betroffenen Bestellungen sind noch in der Datenbank.</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="138"/>
        <source>%1 pages read decrypted, free pages included: none holds any of the %2 purged keys and sealed values.</source>
        <translation>%1 Seiten entschlüsselt gelesen, freie Seiten eingeschlossen: Keine enthält einen der %2 gelöschten Schlüssel oder versiegelten Werte.</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="141"/>
        <source>%1 pages read decrypted: purged keys or sealed values are still in some.</source>
        <translation>%1 Seiten entschlüsselt gelesen: In einigen stehen noch gelöschte Schlüssel oder versiegelte Werte.</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="144"/>
        <source>The pages could not be read for the verification: %1</source>
        <translation>Die Seiten ließen sich für die Prüfung nicht lesen: %1</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="147"/>
        <source>The write-ahead log is empty.</source>
        <translation>Das Write-Ahead-Log (WAL) ist leer.</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="148"/>
        <source>The write-ahead log still holds %1 bytes.</source>
        <translation>Das Write-Ahead-Log (WAL) enthält noch %1 Byte.</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="152"/>
        <source>No free pages: nothing is left in unused space.</source>
        <translation>Keine freien Seiten: Im ungenutzten Speicher ist nichts übrig.</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="153"/>
        <source>Free pages are left in the database file: %1.</source>
        <translation>In der Datenbankdatei sind noch freie Seiten übrig: %1.</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="159"/>
        <source>Certificate of sanitization (keep it with your DPP records):</source>
        <translation>Löschzertifikat (bewahren Sie es bei Ihren DPP-Unterlagen auf):</translation>
    </message>
    <message>
        <location filename="../ui/PurgeResultPanel.cpp" line="160"/>
        <source>The certificate of sanitization could not be written: %1</source>
        <translation>Das Löschzertifikat ließ sich nicht schreiben: %1</translation>
    </message>
</context>
<context>
    <name>dpp::ui::RecoveryCodesPage</name>
    <message>
        <location filename="../ui/RecoveryCodesPage.cpp" line="31"/>
        <source>Store your recovery codes</source>
        <translation>Bewahren Sie Ihre Wiederherstellungscodes auf</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesPage.cpp" line="36"/>
        <source>They are shown only this once. Write them down or save them in your password manager, and keep them away from this computer.</source>
        <translation>Sie werden nur dieses eine Mal angezeigt. Notieren Sie sie oder speichern Sie sie in Ihrem Passwortmanager, und bewahren Sie sie getrennt von diesem Computer auf.</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesPage.cpp" line="40"/>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesPage.cpp" line="44"/>
        <source>Co&amp;py</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesPage.cpp" line="46"/>
        <source>Copy the codes to the clipboard. They are taken off again when you continue.</source>
        <translation>Die Codes in die Zwischenablage kopieren. Sie werden wieder daraus entfernt, wenn Sie fortfahren.</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesPage.cpp" line="47"/>
        <source>Save as &amp;text file…</source>
        <translation>Als &amp;Textdatei speichern …</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesPage.cpp" line="60"/>
        <source>I have &amp;stored the recovery codes in a safe place</source>
        <translation>Ich habe die Wiederherstellungscodes an einem &amp;sicheren Ort aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesPage.cpp" line="64"/>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesPage.cpp" line="100"/>
        <source>Two-factor sign-in is set up. If you lose your phone, each of these recovery codes signs you in once instead of a code from the app.</source>
        <translation>Die Anmeldung mit zweitem Faktor ist eingerichtet. Wenn Sie Ihr Telefon verlieren, meldet Sie jeder dieser Wiederherstellungscodes einmal anstelle eines Codes aus der App an.</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesPage.cpp" line="102"/>
        <source>New recovery codes have been issued; the previous ones no longer work. Each of these codes signs you in once instead of a code from the app.</source>
        <translation>Neue Wiederherstellungscodes wurden ausgestellt; die bisherigen funktionieren nicht mehr. Jeder dieser Codes meldet Sie einmal anstelle eines Codes aus der App an.</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesPage.cpp" line="123"/>
        <source>DPP Console recovery codes for %1, issued %2</source>
        <translation>Wiederherstellungscodes der DPP Console für %1, ausgestellt am %2</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesPage.cpp" line="126"/>
        <source>Each code signs you in once instead of a code from the authenticator app.</source>
        <translation>Jeder Code meldet Sie einmal anstelle eines Codes aus der Authenticator-App an.</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesPage.cpp" line="141"/>
        <source>The codes are on the clipboard. They are taken off again when you continue.</source>
        <translation>Die Codes sind in der Zwischenablage. Sie werden wieder daraus entfernt, wenn Sie fortfahren.</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesPage.cpp" line="154"/>
        <source>Save recovery codes</source>
        <translation>Wiederherstellungscodes speichern</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesPage.cpp" line="155"/>
        <source>dpp-console-recovery-codes-%1.txt</source>
        <translation>dpp-console-wiederherstellungscodes-%1.txt</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesPage.cpp" line="156"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesPage.cpp" line="167"/>
        <source>The codes could not be saved to %1: %2</source>
        <translation>Die Codes ließen sich nicht unter %1 speichern: %2</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesPage.cpp" line="171"/>
        <source>Saved to %1. Move the file somewhere safe, away from this computer.</source>
        <translation>Gespeichert unter %1. Bringen Sie die Datei an einen sicheren Ort, getrennt von diesem Computer.</translation>
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
        <location filename="../ui/RecoveryKeyPage.cpp" line="32"/>
        <source>It is shown only this once and is not stored on this computer. Write it down and keep it in a safe place, away from this computer.</source>
        <translation>Er wird nur dieses eine Mal angezeigt und nicht auf diesem Computer gespeichert. Notieren Sie ihn und bewahren Sie ihn an einem sicheren Ort auf, nicht bei diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryKeyPage.cpp" line="93"/>
        <source>The database has been created. Below is its recovery key. It opens the database if every password is lost, so anyone who holds it can read all the data.</source>
        <translation>Die Datenbank ist angelegt. Unten steht ihr Wiederherstellungsschlüssel. Er öffnet die Datenbank, wenn alle Passwörter verloren sind; wer ihn besitzt, kann also alle Daten lesen.</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryKeyPage.cpp" line="96"/>
        <source>A new recovery key has been issued; the previous one no longer opens the database. Below is the new key. It opens the database if every password is lost, so anyone who holds it can read all the data.</source>
        <translation>Ein neuer Wiederherstellungsschlüssel wurde ausgestellt; der bisherige öffnet die Datenbank nicht mehr. Unten steht der neue Schlüssel. Er öffnet die Datenbank, wenn alle Passwörter verloren sind; wer ihn besitzt, kann also alle Daten lesen.</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryKeyPage.cpp" line="36"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryKeyPage.cpp" line="42"/>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation>Ich habe den Wiederherstellungsschlüssel an einem &amp;sicheren Ort aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryKeyPage.cpp" line="50"/>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>dpp::ui::ResetPasswordDialog</name>
    <message>
        <location filename="../ui/ResetPasswordDialog.cpp" line="12"/>
        <source>Reset the password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/ResetPasswordDialog.cpp" line="12"/>
        <source>&amp;Reset password</source>
        <translation>Passwort &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/ResetPasswordDialog.cpp" line="16"/>
        <source>Set a temporary password for %1 (%2) and give it to them in person. They must choose their own at the next sign-in. Their account gets a new key slot, so they set up two-factor sign-in again, and a PII key they held waits for someone who holds it to grant it again.</source>
        <translation>Setzen Sie ein vorläufiges Passwort für %1 (%2) und geben Sie es der Person persönlich. Sie muss bei der nächsten Anmeldung ein eigenes wählen. Ihr Konto erhält einen neuen Schlüsselplatz: Die Person richtet den zweiten Faktor neu ein, und einen PII-Schlüssel, den sie hatte, muss jemand mit diesem Schlüssel erneut erteilen.</translation>
    </message>
    <message>
        <location filename="../ui/ResetPasswordDialog.cpp" line="27"/>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Vorläufiges Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/ResetPasswordDialog.cpp" line="27"/>
        <source>Re&amp;peat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
</context>
<context>
    <name>dpp::ui::RestoreDialog</name>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="27"/>
        <source>Restore to another file</source>
        <translation>In eine andere Datei wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="34"/>
        <source>A restore drill: prove that a backup can be restored, without touching the open database. The backup is restored to a new database file; every order purged after the backup was made is purged there again, and every order due is purged, before anyone can look at it.</source>
        <translation>Ein Wiederherstellungstest: Zeigen Sie, dass sich eine Sicherung wiederherstellen lässt, ohne die geöffnete Datenbank anzutasten. Die Sicherung wird in eine neue Datenbankdatei wiederhergestellt; dort wird jede Bestellung, die nach dem Erstellen der Sicherung gelöscht wurde, erneut gelöscht und jede fällige Bestellung gelöscht, bevor jemand sie ansehen kann.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="63"/>
        <source>Restored database</source>
        <translation>Wiederhergestellte Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="64"/>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="72"/>
        <source>It is not opened here. To look at it, start a second console with this command, and sign in as in the backup:</source>
        <translation>Sie wird hier nicht geöffnet. Um sie anzusehen, starten Sie mit diesem Befehl eine zweite Konsole und melden Sie sich wie in der Sicherung an:</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="79"/>
        <source>Command that opens the restored database</source>
        <translation>Befehl, der die wiederhergestellte Datenbank öffnet</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="83"/>
        <source>The restored database holds buyer data like the open one: when the drill is over, delete its files (the .db, .keys, .ledger and the others beside it).</source>
        <translation>Die wiederhergestellte Datenbank enthält Käuferdaten wie die geöffnete: Löschen Sie nach dem Test ihre Dateien (die .db, .keys, .ledger und die anderen daneben).</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="94"/>
        <source>Re&amp;store</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="127"/>
        <source>Restoring: checking the backup, signing you in to its copy, then purging again what was purged since; this takes a few seconds…</source>
        <translation>Wiederherstellung: Die Sicherung wird geprüft, Sie werden bei ihrer Kopie angemeldet, dann wird erneut gelöscht, was seitdem gelöscht wurde; das dauert einige Sekunden …</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="144"/>
        <source>Restored from the backup made %1 by %2.</source>
        <translation>Wiederhergestellt aus der Sicherung, die %2 am %1 erstellt hat.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="147"/>
        <source>Purged again, because the purge ledgers record them as purged after the backup was made: %1.</source>
        <translation>Erneut gelöscht, weil sie laut Löschjournal nach dem Erstellen der Sicherung gelöscht wurden: %1.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="149"/>
        <source>Purged because they are due now under the retention rules: %1.</source>
        <translation>Gelöscht, weil sie nach den Aufbewahrungsregeln jetzt fällig sind: %1.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="152"/>
        <source>Backups made after this one, learnt from the backup journal: %1.</source>
        <translation>Nach dieser erstellte Sicherungen, aus der Liste der Sicherungen übernommen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="155"/>
        <source>Certificate of sanitization: %1</source>
        <translation>Löschzertifikat: %1</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="163"/>
        <source>%1 due on tax hold are left for a person who can write the tax archive: %2.</source>
        <translation>Fällig mit steuerlicher Löschsperre, übrig gelassen für jemanden, der das Steuerarchiv schreiben kann: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="168"/>
        <source>%1 lines of the purge ledgers could not be read (a line a crash cut short has no purge behind it).</source>
        <translation>Nicht lesbare Zeilen der Löschjournale: %1 (hinter einer Zeile, die ein Absturz abgeschnitten hat, steht keine Löschung).</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="172"/>
        <source>The lost database&apos;s audit head is kept as %1.</source>
        <translation>Die Audit-Kopfdatei der verlorenen Datenbank wird als %1 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="182"/>
        <source>The backup works: it was restored to a new database file.</source>
        <translation>Die Sicherung funktioniert: Sie wurde in eine neue Datenbankdatei wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreDialog.cpp" line="195"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>dpp::ui::RestoreForm</name>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="62"/>
        <source>a .dppbackup file</source>
        <translation>eine .dppbackup-Datei</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="63"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="67"/>
        <source>&amp;Backup:</source>
        <translation>&amp;Sicherung:</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="72"/>
        <source>a new database file, e.g. restore-drill.db</source>
        <translation>eine neue Datenbankdatei, z. B. restore-drill.db</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="73"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Ziel wählen …</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="77"/>
        <source>Restore &amp;to:</source>
        <translation>Wiederherstellen &amp;nach:</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="84"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="88"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="93"/>
        <source>Your password and code as they were when the backup was made. Leave the code empty if your account had no two-factor sign-in then.</source>
        <translation>Ihr Passwort und Ihr Code, wie sie beim Erstellen der Sicherung waren. Lassen Sie den Code leer, wenn Ihr Konto damals keine Anmeldung mit zweitem Faktor hatte.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="96"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="110"/>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiv.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="195"/>
        <source>Choose a backup</source>
        <translation>Sicherung auswählen</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="196"/>
        <source>DPP Console backups (*%1);;All files (*)</source>
        <translation>Sicherungen von DPP Console (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="213"/>
        <source>Restore to a new database file</source>
        <translation>In eine neue Datenbankdatei wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="213"/>
        <source>restore-drill.db</source>
        <translation>restore-drill.db</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="214"/>
        <source>Databases (*.db)</source>
        <translation>Datenbanken (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="227"/>
        <source>Choose the backup file (…%1).</source>
        <translation>Wählen Sie die Sicherungsdatei (…%1).</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="232"/>
        <source>There is no file at this path.</source>
        <translation>Unter diesem Pfad gibt es keine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="252"/>
        <source>%1, %2 with buyer data</source>
        <translation>%1, davon %2 mit Käuferdaten</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="254"/>
        <source>Made %1 by %2 from %3. %4.</source>
        <translation>Erstellt am %1 von %2 aus %3. %4.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="259"/>
        <source>It expired on %1: an expired backup is not restored.</source>
        <translation>Sie ist am %1 abgelaufen: Eine abgelaufene Sicherung wird nicht wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="262"/>
        <source>Kept until %1 (%2).</source>
        <translation>Aufbewahrt bis %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="273"/>
        <source>A file that does not exist yet; its key file and ledger are made beside it. The open database is not touched.</source>
        <translation>Eine Datei, die es noch nicht gibt; ihre Schlüsseldatei und ihr Löschjournal werden daneben angelegt. Die geöffnete Datenbank bleibt unberührt.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="279"/>
        <source>A database or key file is there already: choose another name.</source>
        <translation>Dort gibt es bereits eine Datenbank oder Schlüsseldatei: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="284"/>
        <source>The folder does not exist.</source>
        <translation>Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="287"/>
        <source>✓ A new database is made there.</source>
        <translation>✓ Dort wird eine neue Datenbank angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="300"/>
        <source>Choose the backup to restore.</source>
        <translation>Wählen Sie die Sicherung, die wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="305"/>
        <source>This backup expired on %1. An expired backup is not restored: it may hold buyer data past its retention.</source>
        <translation>Diese Sicherung ist am %1 abgelaufen. Eine abgelaufene Sicherung wird nicht wiederhergestellt: Sie kann Käuferdaten über ihre Aufbewahrungsfrist hinaus enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="311"/>
        <source>Choose the new database file to restore to.</source>
        <translation>Wählen Sie die neue Datenbankdatei, in die wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="314"/>
        <source>%1 or its key file exists already: a restore never replaces a database. Choose another name.</source>
        <translation>%1 oder die zugehörige Schlüsseldatei existiert bereits: Eine Wiederherstellung ersetzt nie eine Datenbank. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="319"/>
        <source>Enter your user name as it was in the backup.</source>
        <translation>Geben Sie Ihren Benutzernamen so ein, wie er in der Sicherung lautet.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="321"/>
        <source>Enter your password as it was when the backup was made.</source>
        <translation>Geben Sie Ihr Passwort so ein, wie es beim Erstellen der Sicherung lautete.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="325"/>
        <source>A recovery code has 10 letters and digits, like ABCDE-FGHJK.</source>
        <translation>Ein Wiederherstellungscode hat 10 Buchstaben und Ziffern, etwa ABCDE-FGHJK.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="326"/>
        <source>The code has 6 digits. Type the code your authenticator app shows now.</source>
        <translation>Der Code hat 6 Ziffern. Geben Sie den Code ein, den Ihre Authenticator-App jetzt anzeigt.</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="348"/>
        <source>Your account used two-factor sign-in when the backup was made: type your password again and the code from your authenticator app (or a recovery code).</source>
        <translation>Ihr Konto nutzte beim Erstellen der Sicherung die Anmeldung mit zweitem Faktor: Geben Sie Ihr Passwort erneut ein und dazu den Code aus Ihrer Authenticator-App (oder einen Wiederherstellungscode).</translation>
    </message>
    <message>
        <location filename="../ui/RestoreForm.cpp" line="355"/>
        <source>%1 Type them as they were when the backup was made.</source>
        <translation>%1 Geben Sie sie so ein, wie sie beim Erstellen der Sicherung waren.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::RetentionListModel</name>
    <message>
        <location filename="../ui/models/RetentionListModel.cpp" line="107"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/models/RetentionListModel.cpp" line="109"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/RetentionListModel.cpp" line="111"/>
        <source>Purchased</source>
        <translation>Kaufdatum</translation>
    </message>
    <message>
        <location filename="../ui/models/RetentionListModel.cpp" line="113"/>
        <source>PII due for purge</source>
        <translation>PII-Löschung fällig</translation>
    </message>
    <message>
        <location filename="../ui/models/RetentionListModel.cpp" line="115"/>
        <source>Due date basis</source>
        <translation>Grundlage der Fälligkeit</translation>
    </message>
    <message>
        <location filename="../ui/models/RetentionListModel.cpp" line="117"/>
        <source>Hold</source>
        <translation>Löschsperre</translation>
    </message>
    <message>
        <location filename="../ui/models/RetentionListModel.cpp" line="149"/>
        <source>Due %1</source>
        <translation>Fällig: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/RetentionListModel.cpp" line="164"/>
        <source>%1, needs review</source>
        <comment>status</comment>
        <translation>%1, zu prüfen</translation>
    </message>
    <message>
        <location filename="../ui/models/RetentionListModel.cpp" line="178"/>
        <source>%1, review %2</source>
        <comment>hold kind, date</comment>
        <translation>%1, prüfen bis %2</translation>
    </message>
</context>
<context>
    <name>dpp::ui::RetentionView</name>
    <message>
        <location filename="../ui/RetentionView.cpp" line="47"/>
        <source>Overdue: PII kept past its due date</source>
        <translation>Überfällig: PII über das Fälligkeitsdatum hinaus aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="49"/>
        <location filename="../ui/RetentionView.cpp" line="330"/>
        <source>Due within 7 days</source>
        <translation>Innerhalb von 7 Tagen fällig</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="51"/>
        <location filename="../ui/RetentionView.cpp" line="332"/>
        <source>On hold</source>
        <translation>Mit Löschsperre</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="53"/>
        <source>Needs review: unshipped 60 days after purchase</source>
        <translation>Zu prüfen: 60 Tage nach dem Kauf nicht versandt</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="55"/>
        <source>Every order with PII, by due date</source>
        <translation>Alle Bestellungen mit PII, nach Fälligkeit</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="105"/>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="106"/>
        <source>&amp;Purge all due…</source>
        <translation>Alle fälligen &amp;löschen …</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="133"/>
        <source>Orders whose PII is past its due date and not under a legal hold: purge them</source>
        <translation>Bestellungen, deren PII-Löschung überfällig ist und die keiner rechtlichen Löschsperre unterliegen: Löschen Sie sie</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="135"/>
        <source>Orders whose PII falls due in the next 7 days</source>
        <translation>Bestellungen, deren PII-Löschung in den nächsten 7 Tagen fällig wird</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="136"/>
        <source>Orders under a legal or tax hold</source>
        <translation>Bestellungen mit rechtlicher oder steuerlicher Löschsperre</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="138"/>
        <source>Orders still unshipped 60 days after purchase: they have no due date until someone looks</source>
        <translation>Bestellungen, die 60 Tage nach dem Kauf noch nicht versandt sind: Sie haben kein Fälligkeitsdatum, bis jemand sie prüft</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="166"/>
        <source>Selected order</source>
        <translation>Ausgewählte Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="180"/>
        <source>&amp;Legal hold…</source>
        <translation>&amp;Rechtliche Löschsperre …</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="182"/>
        <source>Keep this order&apos;s PII past its due date for a legal matter</source>
        <translation>Die PII dieser Bestellung wegen einer Rechtssache über ihr Fälligkeitsdatum hinaus aufbewahren</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="183"/>
        <source>Ta&amp;x hold…</source>
        <translation>S&amp;teuerliche Löschsperre …</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="186"/>
        <source>Keep the invoice fields for the tax records (in the tax archive after the purge)</source>
        <translation>Die Rechnungsfelder für die steuerlichen Unterlagen aufbewahren (nach der Löschung im Steuerarchiv)</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="187"/>
        <source>Release le&amp;gal hold</source>
        <translation>Rechtliche Löschsperre auf&amp;heben</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="189"/>
        <source>Release t&amp;ax hold</source>
        <translation>Steuerliche Löschsperre aufhe&amp;ben</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="198"/>
        <source>Tax archive</source>
        <translation>Steuerarchiv</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="204"/>
        <location filename="../ui/RetentionView.cpp" line="626"/>
        <source>&amp;Make a tax archive key…</source>
        <translation>Steuerarchiv-Schlüssel &amp;erstellen …</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="207"/>
        <source>A key pair for the cold tax archive: DPP Console keeps the public half, you keep the secret half offline</source>
        <translation>Ein Schlüsselpaar für das kalte Steuerarchiv: DPP Console behält den öffentlichen Teil, Sie bewahren den geheimen Teil offline auf</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="212"/>
        <source>Retention period</source>
        <translation>Aufbewahrungsfrist</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="216"/>
        <source>Buyers&apos; personal data is purged this many days after the order shipped. The DPP allows at most 30 days, so the period can only be shortened below that, never made longer. Every due date is recomputed when you save.</source>
        <translation>Personenbezogene Daten der Käufer werden so viele Tage nach dem Versand der Bestellung gelöscht. Die DPP erlaubt höchstens 30 Tage; die Frist lässt sich daher nur verkürzen, nie verlängern. Beim Speichern wird jedes Fälligkeitsdatum neu berechnet.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="224"/>
        <location filename="../ui/RetentionView.cpp" line="226"/>
        <source> days after shipment</source>
        <translation> Tage nach dem Versand</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="226"/>
        <source> day after shipment</source>
        <translation> Tag nach dem Versand</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="228"/>
        <source>&amp;Save period</source>
        <translation>Frist &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="236"/>
        <source>Data minimisation</source>
        <translation>Datenminimierung</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="240"/>
        <source>Ticked fields are left out when orders are imported: they never reach the database. Leave out what your work does not need. Orders imported before keep what they have.</source>
        <translation>Angehakte Felder werden beim Import von Bestellungen ausgelassen: Sie gelangen nie in die Datenbank. Lassen Sie aus, was Ihre Arbeit nicht braucht. Früher importierte Bestellungen behalten, was sie haben.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="253"/>
        <source>Save &amp;fields left out</source>
        <translation>Ausgelassene &amp;Felder speichern</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="322"/>
        <source>%1: %2</source>
        <comment>tile caption, count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="329"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="333"/>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="345"/>
        <source>Destroy the buyer data of every order past its due date (orders on legal hold are left out), then write a certificate of sanitization</source>
        <translation>Die Käuferdaten aller Bestellungen vernichten, deren Fälligkeitsdatum überschritten ist (Bestellungen mit rechtlicher Löschsperre ausgenommen), und danach ein Löschzertifikat erstellen</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="347"/>
        <source>Nothing is due: no order&apos;s buyer data is past its due date</source>
        <translation>Nichts ist fällig: Bei keiner Bestellung haben die Käuferdaten ihr Fälligkeitsdatum überschritten</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="412"/>
        <source>No order chosen</source>
        <translation>Keine Bestellung ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="413"/>
        <source>Choose an order in the list to see its holds.</source>
        <translation>Wählen Sie eine Bestellung in der Liste aus, um ihre Löschsperren zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="416"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="435"/>
        <source>%1: %2</source>
        <comment>hold kind: reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="438"/>
        <source>Review by %1.</source>
        <translation>Zu prüfen bis %1.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="439"/>
        <source>Set by %1 on %2.</source>
        <translation>Gesetzt von %1 am %2.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="442"/>
        <source>Not on hold.</source>
        <translation>Keine Löschsperre.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="445"/>
        <source>1 earlier hold was released.</source>
        <translation>1 frühere Löschsperre wurde aufgehoben.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="446"/>
        <source>%1 earlier holds were released.</source>
        <translation>%1 frühere Löschsperren wurden aufgehoben.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="499"/>
        <source>Order %1 is on legal hold; its retention clock has stopped.</source>
        <translation>Für Bestellung %1 gilt eine rechtliche Löschsperre; ihre Aufbewahrungsfrist ruht.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="500"/>
        <source>Order %1 is on tax hold.</source>
        <translation>Für Bestellung %1 gilt eine steuerliche Löschsperre.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="513"/>
        <source>Release hold</source>
        <translation>Löschsperre aufheben</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="514"/>
        <source>Release the legal hold on order %1?</source>
        <translation>Die rechtliche Löschsperre für Bestellung %1 aufheben?</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="515"/>
        <source>Release the tax hold on order %1?</source>
        <translation>Die steuerliche Löschsperre für Bestellung %1 aufheben?</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="519"/>
        <source>The retention clock runs again; the time on hold moves the due date on. Personal data already past it is purged at the next purge.</source>
        <translation>Die Aufbewahrungsfrist läuft wieder; die Zeit unter Löschsperre verschiebt das Fälligkeitsdatum nach hinten. Personenbezogene Daten, die es schon überschritten haben, werden beim nächsten Löschlauf gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="521"/>
        <source>The invoice fields are no longer kept for tax when the order is purged.</source>
        <translation>Die Rechnungsfelder werden beim Löschen der Bestellung nicht mehr für die Steuer aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="523"/>
        <source>&amp;Release hold</source>
        <translation>Löschsperre &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="525"/>
        <location filename="../ui/RetentionView.cpp" line="658"/>
        <location filename="../ui/RetentionView.cpp" line="723"/>
        <location filename="../ui/RetentionView.cpp" line="737"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="550"/>
        <source>The legal hold on order %1 was released.</source>
        <translation>Die rechtliche Löschsperre für Bestellung %1 wurde aufgehoben.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="551"/>
        <source>The tax hold on order %1 was released.</source>
        <translation>Die steuerliche Löschsperre für Bestellung %1 wurde aufgehoben.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="576"/>
        <source>Personal data is now kept 1 day after shipment; every due date was recomputed.</source>
        <translation>Personenbezogene Daten werden jetzt 1 Tag nach dem Versand aufbewahrt; jedes Fälligkeitsdatum wurde neu berechnet.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="578"/>
        <source>Personal data is now kept %1 days after shipment; every due date was recomputed.</source>
        <translation>Personenbezogene Daten werden jetzt %1 Tage nach dem Versand aufbewahrt; jedes Fälligkeitsdatum wurde neu berechnet.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="607"/>
        <source>Every field is imported again from the next import.</source>
        <translation>Ab dem nächsten Import werden wieder alle Felder importiert.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="608"/>
        <source>From the next import, 1 field is left out.</source>
        <translation>Ab dem nächsten Import wird 1 Feld ausgelassen.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="609"/>
        <source>From the next import, %1 fields are left out.</source>
        <translation>Ab dem nächsten Import werden %1 Felder ausgelassen.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="622"/>
        <source>No tax archive key yet. Orders on a tax hold keep their invoice fields in a sealed archive file for offline storage before their buyer data is purged; until a key exists they stay past their due date.</source>
        <translation>Noch kein Steuerarchiv-Schlüssel. Bei Bestellungen mit steuerlicher Löschsperre kommen die Rechnungsfelder vor der Löschung der Käuferdaten in eine versiegelte Archivdatei zur Offline-Aufbewahrung; solange es keinen Schlüssel gibt, bleiben diese Bestellungen über ihr Fälligkeitsdatum hinaus erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="631"/>
        <source>Archives are sealed to the key %1, made %2. Move each archive file from the tax-archive folder beside the database to offline storage.</source>
        <translation>Archive werden für den Schlüssel %1 (erstellt am %2) versiegelt. Verschieben Sie jede Archivdatei aus dem Ordner tax-archive neben der Datenbank in einen Offline-Speicher.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="635"/>
        <source>&amp;Replace the tax archive key…</source>
        <translation>Steuerarchiv-Schlüssel &amp;ersetzen …</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="643"/>
        <source>Tax archive key</source>
        <translation>Steuerarchiv-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="644"/>
        <source>Replace the tax archive key?</source>
        <translation>Den Steuerarchiv-Schlüssel ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="645"/>
        <source>Make a tax archive key?</source>
        <translation>Einen Steuerarchiv-Schlüssel erstellen?</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="649"/>
        <source>Archives written from now on are sealed to the new key; those written before still need the old one, so keep it.</source>
        <translation>Ab jetzt geschriebene Archive werden für den neuen Schlüssel versiegelt; für die bisher geschriebenen braucht man weiterhin den alten, bewahren Sie ihn also auf.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="654"/>
        <source>The key is shown once. Have paper or an offline place ready to store it. You will be asked for your password again.</source>
        <translation>Der Schlüssel wird nur einmal angezeigt. Halten Sie Papier oder einen Offline-Speicherort bereit, um ihn aufzubewahren. Sie werden erneut nach Ihrem Passwort gefragt.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="656"/>
        <source>&amp;Make key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="692"/>
        <source>Nothing is due: no order was purged.</source>
        <translation>Nichts ist fällig: Es wurden keine Käuferdaten gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="702"/>
        <location filename="../ui/RetentionView.cpp" line="746"/>
        <source>Purge all due</source>
        <translation>Alle fälligen löschen</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="703"/>
        <source>Purge the buyer data of 1 order past its due date?</source>
        <translation>Die Käuferdaten von 1 Bestellung löschen, deren Fälligkeitsdatum überschritten ist?</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="704"/>
        <source>Purge the buyer data of %1 orders past their due date?</source>
        <translation>Die Käuferdaten von %1 Bestellungen löschen, deren Fälligkeitsdatum überschritten ist?</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="709"/>
        <source>The oldest has been due since %1.</source>
        <translation>Die älteste ist seit %1 fällig.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="710"/>
        <source>Purging destroys their buyer data for good: each order&apos;s data key is erased and its rows are overwritten, so it cannot be undone. The order facts (number, dates, status, items) stay. A certificate of sanitization is written for your records.</source>
        <translation>Die Löschung vernichtet ihre Käuferdaten endgültig: Der Datenschlüssel jeder Bestellung wird gelöscht und ihre Zeilen werden überschrieben; das lässt sich nicht rückgängig machen. Die übrigen Angaben zur Bestellung (Nummer, Daten, Status, Artikel) bleiben erhalten. Für Ihre Unterlagen wird ein Löschzertifikat erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="714"/>
        <source>Orders on legal hold are left out. Orders on tax hold first have their invoice fields sealed into the tax archive; without a tax archive key they are left out too. You will be asked for your password again.</source>
        <translation>Bestellungen mit rechtlicher Löschsperre werden ausgelassen. Bei Bestellungen mit steuerlicher Löschsperre werden zuerst die Rechnungsfelder im Steuerarchiv versiegelt; ohne Steuerarchiv-Schlüssel werden auch sie ausgelassen. Sie werden erneut nach Ihrem Passwort gefragt.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="719"/>
        <source>&amp;Purge 1 order</source>
        <translation>1 Bestellung &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="720"/>
        <source>&amp;Purge %1 orders</source>
        <translation>%1 Bestellungen &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="744"/>
        <source>Orders to purge: %1. Erasing their data keys and overwriting their buyer data…</source>
        <translation>Zu löschende Bestellungen: %1. Ihre Datenschlüssel werden gelöscht und ihre Käuferdaten überschrieben …</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="762"/>
        <source>Cancelling: nothing will be purged…</source>
        <translation>Wird abgebrochen: Es wird nichts gelöscht …</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="779"/>
        <source>Orders purged: %1. Compacting the database and reading every page back to check that nothing is left; then the certificate is written…</source>
        <translation>Bestellungen gelöscht: %1. Die Datenbank wird verdichtet und jede Seite zurückgelesen, um zu prüfen, dass nichts übrig ist; danach wird das Löschzertifikat erstellt …</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="787"/>
        <source>Erasing the data keys and overwriting the buyer data: %1 of %2 orders…</source>
        <translation>Datenschlüssel werden gelöscht und Käuferdaten überschrieben: %1 von %2 Bestellungen …</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="824"/>
        <source>The purge was cancelled before anything was committed: nothing was purged.</source>
        <translation>Die Löschung wurde abgebrochen, bevor etwas festgeschrieben war: Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="833"/>
        <source>Orders on tax hold left out, still due: %1. Their invoice fields go to the tax archive first, which needs a tax archive key (Tax archive, on the right) and your PII key with PII access on.</source>
        <translation>Ausgelassene Bestellungen mit steuerlicher Löschsperre, noch fällig: %1. Ihre Rechnungsfelder kommen zuerst ins Steuerarchiv; dafür sind ein Steuerarchiv-Schlüssel („Steuerarchiv“, rechts) und Ihr PII-Schlüssel bei eingeschaltetem PII-Zugriff nötig.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="840"/>
        <source>Nothing was due when the purge ran: no order was purged.</source>
        <translation>Als die Löschung lief, war nichts fällig: Es wurden keine Käuferdaten gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/RetentionView.cpp" line="848"/>
        <source>Cancel came too late: the purge had already been committed.</source>
        <translation>Der Abbruch kam zu spät: Die Löschung war bereits festgeschrieben.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::RevealDialog</name>
    <message>
        <location filename="../ui/RevealDialog.cpp" line="15"/>
        <source>Reveal personal data</source>
        <translation>Personenbezogene Daten anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/RevealDialog.cpp" line="15"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/RevealDialog.cpp" line="19"/>
        <source>Reveal the buyer&apos;s personal data of order %1 only when your work needs it. The reason and the ticket are recorded in the audit log; the data shows for a minute.</source>
        <translation>Zeigen Sie die personenbezogenen Daten des Käufers zu Bestellung %1 nur an, wenn Ihre Arbeit es erfordert. Grund und Ticket werden im Prüfprotokoll vermerkt; die Daten sind eine Minute lang sichtbar.</translation>
    </message>
    <message>
        <location filename="../ui/RevealDialog.cpp" line="28"/>
        <source>Choose a reason…</source>
        <translation>Grund wählen …</translation>
    </message>
    <message>
        <location filename="../ui/RevealDialog.cpp" line="31"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/RevealDialog.cpp" line="35"/>
        <source>Optional, e.g. CS-10423</source>
        <translation>Optional, z. B. CS-10423</translation>
    </message>
    <message>
        <location filename="../ui/RevealDialog.cpp" line="37"/>
        <source>The case or ticket this is for: letters, digits and - _ # . / : (at most 32).</source>
        <translation>Der Vorgang oder das Ticket, zu dem das gehört: Buchstaben, Ziffern und - _ # . / : (höchstens 32).</translation>
    </message>
    <message>
        <location filename="../ui/RevealDialog.cpp" line="39"/>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <location filename="../ui/RevealDialog.cpp" line="53"/>
        <source>Choose why you need to see the personal data.</source>
        <translation>Wählen Sie, warum Sie die personenbezogenen Daten sehen müssen.</translation>
    </message>
    <message>
        <location filename="../ui/RevealDialog.cpp" line="58"/>
        <source>The ticket may hold letters, digits and - _ # . / : only, at most 32 characters.</source>
        <translation>Das Ticket darf nur Buchstaben, Ziffern und - _ # . / : enthalten, höchstens 32 Zeichen.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::RolesDialog</name>
    <message>
        <location filename="../ui/RolesDialog.cpp" line="12"/>
        <source>Roles of %1</source>
        <translation>Rollen von %1</translation>
    </message>
    <message>
        <location filename="../ui/RolesDialog.cpp" line="12"/>
        <source>&amp;Save roles</source>
        <translation>Rollen &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/RolesDialog.cpp" line="17"/>
        <source>Give %1 (%2) only the roles their work needs. Roles that need personal data receive the PII key from someone who holds it; taking the last of them away takes the key away and replaces it.</source>
        <translation>Geben Sie %1 (%2) nur die Rollen, die die Arbeit erfordert. Rollen, die personenbezogene Daten brauchen, erhalten den PII-Schlüssel von jemandem, der ihn hat; wird die letzte davon entzogen, wird der Schlüssel entzogen und ersetzt.</translation>
    </message>
    <message>
        <location filename="../ui/RolesDialog.cpp" line="34"/>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::SecondFactorField</name>
    <message>
        <location filename="../ui/SecondFactorField.cpp" line="60"/>
        <source>ABCDE-FGHJK</source>
        <translation>ABCDE-FGHJK</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorField.cpp" line="60"/>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorField.cpp" line="61"/>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorField.cpp" line="61"/>
        <source>Code from the authenticator app</source>
        <translation>Code aus der Authenticator-App</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorField.cpp" line="62"/>
        <source>Use the authenticator &amp;app instead</source>
        <translation>Stattdessen die Authenticator-&amp;App verwenden</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorField.cpp" line="63"/>
        <source>Use a &amp;recovery code instead</source>
        <translation>Stattdessen einen &amp;Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorField.cpp" line="84"/>
        <source>Enter one of your recovery codes.</source>
        <translation>Geben Sie einen Ihrer Wiederherstellungscodes ein.</translation>
    </message>
    <message>
        <location filename="../ui/SecondFactorField.cpp" line="85"/>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::SecretOnceBox</name>
    <message>
        <location filename="../ui/SecretOnceBox.cpp" line="30"/>
        <source>Co&amp;py key</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/SecretOnceBox.cpp" line="33"/>
        <source>Copy the key to the clipboard, marked secret for clipboard managers. It is taken off again when this window closes.</source>
        <translation>Den Schlüssel in die Zwischenablage kopieren, für Zwischenablage-Manager als geheim markiert. Er wird wieder daraus entfernt, wenn dieses Fenster geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../ui/SecretOnceBox.cpp" line="49"/>
        <source>The key is on the clipboard. It is taken off again when this window closes.</source>
        <translation>Der Schlüssel ist in der Zwischenablage. Er wird wieder daraus entfernt, wenn dieses Fenster geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::SettingsView</name>
    <message>
        <location filename="../ui/SettingsView.cpp" line="31"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="42"/>
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
        <location filename="../ui/SettingsView.cpp" line="66"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="76"/>
        <source>Personal data (PII)</source>
        <translation>Personenbezogene Daten (PII)</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="86"/>
        <source>Turn PII access off at once when you suspect misuse or a breach: nobody can reveal, print or export buyers&apos; personal data until it is turned on again, in every open console. Turning it back on asks you to confirm your identity.</source>
        <translation>Schalten Sie den PII-Zugriff sofort ab, wenn Sie Missbrauch oder einen Datenschutzvorfall vermuten: Bis er wieder eingeschaltet wird, kann niemand personenbezogene Daten der Käufer anzeigen, drucken oder exportieren, in jeder geöffneten Konsole. Zum Wiedereinschalten bestätigen Sie Ihre Identität.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="145"/>
        <location filename="../ui/SettingsView.cpp" line="161"/>
        <source>Turn PII access &amp;off…</source>
        <translation>PII-Zugriff &amp;abschalten …</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="155"/>
        <source>PII access: OFF. Nobody can reveal, print or export buyers&apos; personal data.</source>
        <translation>PII-Zugriff: AUS. Niemand kann personenbezogene Daten der Käufer anzeigen, drucken oder exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="157"/>
        <source>Turn PII access &amp;on…</source>
        <translation>PII-Zugriff &amp;einschalten …</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="159"/>
        <source>PII access: on. People whose roles need it can reveal, print and export buyers&apos; personal data.</source>
        <translation>PII-Zugriff: ein. Personen, deren Rollen es brauchen, können personenbezogene Daten der Käufer anzeigen, drucken und exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="182"/>
        <source>PII access is on again.</source>
        <translation>Der PII-Zugriff ist wieder eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="190"/>
        <source>Turn PII access off</source>
        <translation>PII-Zugriff abschalten</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="191"/>
        <source>Turn all PII access off now?</source>
        <translation>Jeden PII-Zugriff jetzt abschalten?</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="194"/>
        <source>Nobody, in this console or any other, can reveal, print or export buyers&apos; personal data until an administrator turns it on again. Everything else keeps working.</source>
        <translation>Niemand, in dieser oder einer anderen Konsole, kann personenbezogene Daten der Käufer anzeigen, drucken oder exportieren, bis die IT-Administration den Zugriff wieder einschaltet. Alles andere funktioniert weiter.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="197"/>
        <source>Turn PII access &amp;off</source>
        <translation>PII-Zugriff &amp;abschalten</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="199"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="223"/>
        <source>PII access is off for everyone until it is turned on again.</source>
        <translation>Der PII-Zugriff ist für alle abgeschaltet, bis er wieder eingeschaltet wird.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsView.cpp" line="239"/>
        <source>Saved: the console locks after %1 min without input.</source>
        <translation>Gespeichert: Die Konsole sperrt sich nach %1 min ohne Eingabe.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::StepUpDialog</name>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="26"/>
        <source>Confirm it is you</source>
        <translation>Bestätigen Sie, dass Sie es sind</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="32"/>
        <source>This change needs you to confirm your identity again. Enter your password and a code from your authenticator app. The confirmation holds for %1 minutes.</source>
        <translation>Für diese Änderung bestätigen Sie Ihre Identität noch einmal. Geben Sie Ihr Passwort und einen Code aus Ihrer Authenticator-App ein. Die Bestätigung gilt %1 Minuten.</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="34"/>
        <source>This change needs you to confirm your identity again. Enter your password. The confirmation holds for %1 minutes.</source>
        <translation>Für diese Änderung bestätigen Sie Ihre Identität noch einmal. Geben Sie Ihr Passwort ein. Die Bestätigung gilt %1 Minuten.</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="46"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="49"/>
        <location filename="../ui/StepUpDialog.cpp" line="60"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="60"/>
        <source>Rec&amp;overy code:</source>
        <translation>Wiederherstellungsc&amp;ode:</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="69"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="73"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="119"/>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::TaxArchiveKeyDialog</name>
    <message>
        <location filename="../ui/TaxArchiveKeyDialog.cpp" line="19"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/TaxArchiveKeyDialog.cpp" line="22"/>
        <location filename="../ui/TaxArchiveKeyDialog.cpp" line="40"/>
        <source>Tax archive key</source>
        <translation>Steuerarchiv-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/TaxArchiveKeyDialog.cpp" line="30"/>
        <source>Tax archive key: shown only this once</source>
        <translation>Steuerarchiv-Schlüssel: wird nur dieses eine Mal angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/TaxArchiveKeyDialog.cpp" line="31"/>
        <source>The invoice fields of orders on tax hold are sealed to this key before their buyer data is purged. DPP Console keeps only its public half (fingerprint %1): it can write tax archives but never read them. Store the key offline, for example on paper in a safe, for as long as the tax office may ask for the records; without it no archive can be opened. It opens archives with dppctl tax-archive open.</source>
        <translation>Die Rechnungsfelder von Bestellungen mit steuerlicher Löschsperre werden für diesen Schlüssel versiegelt, bevor ihre Käuferdaten gelöscht werden. DPP Console behält nur den öffentlichen Teil des Schlüssels (Fingerabdruck %1): Damit lassen sich Steuerarchive schreiben, aber nie lesen. Bewahren Sie den Schlüssel offline auf, zum Beispiel auf Papier in einem Tresor, so lange, wie das Finanzamt die Unterlagen anfordern kann; ohne ihn lässt sich kein Archiv öffnen. Mit dem Schlüssel öffnen Sie Archive über dppctl tax-archive open.</translation>
    </message>
    <message>
        <location filename="../ui/TaxArchiveKeyDialog.cpp" line="40"/>
        <source>I have &amp;stored the key offline</source>
        <translation>Ich habe den Schlüssel offline &amp;aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/TaxArchiveKeyDialog.cpp" line="54"/>
        <location filename="../ui/TaxArchiveKeyDialog.cpp" line="60"/>
        <source>First confirm that you stored the key: it cannot be shown again.</source>
        <translation>Bestätigen Sie zuerst, dass Sie den Schlüssel aufbewahrt haben: Er lässt sich nicht noch einmal anzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/TaxArchiveKeyDialog.cpp" line="76"/>
        <source>Store the key first and tick the box: it cannot be shown again.</source>
        <translation>Bewahren Sie zuerst den Schlüssel auf und setzen Sie das Häkchen: Er lässt sich nicht noch einmal anzeigen.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::TotpEnrollmentPage</name>
    <message>
        <location filename="../ui/TotpEnrollmentPage.cpp" line="34"/>
        <source>Set up two-factor sign-in</source>
        <translation>Anmeldung mit zweitem Faktor einrichten</translation>
    </message>
    <message>
        <location filename="../ui/TotpEnrollmentPage.cpp" line="44"/>
        <source>QR code for the authenticator app</source>
        <translation>QR-Code für die Authenticator-App</translation>
    </message>
    <message>
        <location filename="../ui/TotpEnrollmentPage.cpp" line="49"/>
        <source>1. Scan the QR code with the authenticator app on your phone.</source>
        <translation>1. Scannen Sie den QR-Code mit der Authenticator-App auf Ihrem Telefon.</translation>
    </message>
    <message>
        <location filename="../ui/TotpEnrollmentPage.cpp" line="50"/>
        <source>Cannot scan it? Choose “Enter a setup key” in the app, use the time-based type, and type this key:</source>
        <translation>Lässt sich der Code nicht scannen? Wählen Sie in der App „Einrichtungsschlüssel eingeben“, nehmen Sie den zeitbasierten Typ und tippen Sie diesen Schlüssel ein:</translation>
    </message>
    <message>
        <location filename="../ui/TotpEnrollmentPage.cpp" line="53"/>
        <source>Setup key</source>
        <translation>Einrichtungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/TotpEnrollmentPage.cpp" line="56"/>
        <source>Co&amp;py key</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/TotpEnrollmentPage.cpp" line="58"/>
        <source>Copy the key to the clipboard. It is taken off again when you leave this page.</source>
        <translation>Den Schlüssel in die Zwischenablage kopieren. Er wird wieder daraus entfernt, wenn Sie diese Seite verlassen.</translation>
    </message>
    <message>
        <location filename="../ui/TotpEnrollmentPage.cpp" line="66"/>
        <source>2. Enter the 6-digit code the app now shows for DPP Console.</source>
        <translation>2. Geben Sie den 6-stelligen Code ein, den die App jetzt für DPP Console anzeigt.</translation>
    </message>
    <message>
        <location filename="../ui/TotpEnrollmentPage.cpp" line="69"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../ui/TotpEnrollmentPage.cpp" line="74"/>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <location filename="../ui/TotpEnrollmentPage.cpp" line="92"/>
        <source>Confirming and making your recovery codes…</source>
        <translation>Wird bestätigt, Ihre Wiederherstellungscodes werden erzeugt …</translation>
    </message>
    <message>
        <location filename="../ui/TotpEnrollmentPage.cpp" line="95"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/TotpEnrollmentPage.cpp" line="97"/>
        <source>Con&amp;firm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/TotpEnrollmentPage.cpp" line="151"/>
        <source>From now on you sign in with your password and a code from an authenticator app on your phone (for example FreeOTP, Aegis, Google or Microsoft Authenticator). Set it up to continue.</source>
        <translation>Ab jetzt melden Sie sich mit Ihrem Passwort und einem Code aus einer Authenticator-App auf Ihrem Telefon an (zum Beispiel FreeOTP, Aegis, Google oder Microsoft Authenticator). Richten Sie sie ein, um weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../ui/TotpEnrollmentPage.cpp" line="155"/>
        <source>You will sign in with your password and a code from an authenticator app on your phone (for example FreeOTP, Aegis, Google or Microsoft Authenticator). A second factor you set up before stops working once you confirm this one.</source>
        <translation>Sie melden sich künftig mit Ihrem Passwort und einem Code aus einer Authenticator-App auf Ihrem Telefon an (zum Beispiel FreeOTP, Aegis, Google oder Microsoft Authenticator). Ein früher eingerichteter zweiter Faktor funktioniert nicht mehr, sobald Sie diesen bestätigen.</translation>
    </message>
    <message>
        <location filename="../ui/TotpEnrollmentPage.cpp" line="158"/>
        <source>You will sign in with your password and a code from an authenticator app on your phone (for example FreeOTP, Aegis, Google or Microsoft Authenticator).</source>
        <translation>Sie melden sich künftig mit Ihrem Passwort und einem Code aus einer Authenticator-App auf Ihrem Telefon an (zum Beispiel FreeOTP, Aegis, Google oder Microsoft Authenticator).</translation>
    </message>
    <message>
        <location filename="../ui/TotpEnrollmentPage.cpp" line="174"/>
        <source>The QR code could not be drawn (%1). Type the key below into the app instead.</source>
        <translation>Der QR-Code ließ sich nicht zeichnen (%1). Tippen Sie stattdessen den Schlüssel unten in die App ein.</translation>
    </message>
    <message>
        <location filename="../ui/TotpEnrollmentPage.cpp" line="196"/>
        <source>The key is on the clipboard. It is taken off again when you leave this page.</source>
        <translation>Der Schlüssel ist in der Zwischenablage. Er wird wieder daraus entfernt, wenn Sie diese Seite verlassen.</translation>
    </message>
    <message>
        <location filename="../ui/TotpEnrollmentPage.cpp" line="234"/>
        <source>Enter the 6-digit code that the app shows for DPP Console.</source>
        <translation>Geben Sie den 6-stelligen Code ein, den die App für DPP Console anzeigt.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::UnlockPage</name>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="31"/>
        <source>Unlock DPP Console</source>
        <translation>DPP Console entsperren</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="32"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="54"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="58"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="67"/>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiv.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="94"/>
        <source>Enter one of your &amp;recovery codes. Each code works only once.</source>
        <translation>Geben Sie einen Ihrer &amp;Wiederherstellungscodes ein. Jeder Code funktioniert nur einmal.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="95"/>
        <location filename="../ui/UnlockPage.cpp" line="195"/>
        <source>Enter the 6-digit &amp;code from your authenticator app.</source>
        <translation>Geben Sie den 6-stelligen &amp;Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="103"/>
        <source>Unlocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="108"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="110"/>
        <source>Sign in as someone else, or type the password again</source>
        <translation>Als jemand anderes anmelden oder das Passwort noch einmal eingeben</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="112"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="115"/>
        <source>Un&amp;lock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="193"/>
        <source>Signing in as %1</source>
        <translation>Anmeldung als %1</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="248"/>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="254"/>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="285"/>
        <source>A recovery code has 10 letters and digits, like ABCDE-FGHJK.</source>
        <translation>Ein Wiederherstellungscode hat 10 Buchstaben und Ziffern, etwa ABCDE-FGHJK.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="286"/>
        <source>The code has 6 digits. Type the code your authenticator app shows now.</source>
        <translation>Der Code hat 6 Ziffern. Geben Sie den Code ein, den Ihre Authenticator-App jetzt anzeigt.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::UserListModel</name>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="79"/>
        <source>DPO</source>
        <translation>DSB</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="81"/>
        <source>Operator</source>
        <translation>Auftragsbearbeitung</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="83"/>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="85"/>
        <source>Responder</source>
        <translation>Vorfallbearbeitung</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="87"/>
        <source>Auditor</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="89"/>
        <source>Admin</source>
        <translation>IT-Admin</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="91"/>
        <source>Scheduler</source>
        <translation>Zeitplaner</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="100"/>
        <source>Retention rules and holds, purge, deletion requests, access reviews, records of processing, compliance reports; reveals personal data with a reason. Receives the PII key.</source>
        <translation>Aufbewahrungsregeln und Sperren, Löschung, Löschanfragen, Zugriffsprüfungen, Verarbeitungsverzeichnis, Compliance-Berichte; zeigt personenbezogene Daten mit Begründung an. Erhält den PII-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="104"/>
        <source>Sees orders with personal data masked; reveals it with a reason to fulfil an order. Receives the PII key.</source>
        <translation>Sieht Bestellungen mit maskierten personenbezogenen Daten; zeigt sie mit Begründung an, um eine Bestellung zu erfüllen. Erhält den PII-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="107"/>
        <source>Sees unshipped orders (masked) and prints shipping labels. Receives the PII key.</source>
        <translation>Sieht nicht versandte Bestellungen (maskiert) und druckt Versandetiketten. Erhält den PII-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="109"/>
        <source>Incidents, runbooks, evidence; reads the audit log. No personal data.</source>
        <translation>Vorfälle, Ablaufpläne, Beweismittel; liest das Prüfprotokoll. Keine personenbezogenen Daten.</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="111"/>
        <source>Read-only: reports, inventories, the audit log. No personal data.</source>
        <translation>Nur lesend: Berichte, Verzeichnisse, das Prüfprotokoll. Keine personenbezogenen Daten.</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="113"/>
        <source>User accounts, settings, the PII kill switch, key slots and backups. No personal data.</source>
        <translation>Benutzerkonten, Einstellungen, der PII-Notschalter, Schlüsselplätze und Sicherungen. Keine personenbezogenen Daten.</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="132"/>
        <source>Set up</source>
        <translation>Eingerichtet</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="134"/>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="143"/>
        <source>Temporary</source>
        <translation>Vorläufig</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="170"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="170"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="174"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="178"/>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="182"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="182"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="182"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="136"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="137"/>
        <source>Required</source>
        <translation>Verlangt</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="149"/>
        <source>%1 days, expired</source>
        <translation>%1 Tage, abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="150"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="150"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="203"/>
        <source>Not set up; required to sign in from %1.</source>
        <translation>Nicht eingerichtet; ab %1 zur Anmeldung verlangt.</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="205"/>
        <source>Not set up; the next sign-in asks for it before anything else.</source>
        <translation>Nicht eingerichtet; die nächste Anmeldung verlangt ihn vor allem anderen.</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="207"/>
        <source>Authenticator app; 1 recovery code left</source>
        <translation>Authenticator-App; 1 Wiederherstellungscode übrig</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="208"/>
        <source>Authenticator app; %1 recovery codes left</source>
        <translation>Authenticator-App; %1 Wiederherstellungscodes übrig</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="210"/>
        <source>Without it the person can sign in with the password alone for the first %1 days after the account was made.</source>
        <translation>Ohne ihn kann sich die Person in den ersten %1 Tagen nach dem Anlegen des Kontos nur mit dem Passwort anmelden.</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="215"/>
        <source>Set by an administrator; to be changed at the next sign-in.</source>
        <translation>Von der IT-Administration gesetzt; bei der nächsten Anmeldung zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="217"/>
        <source>Set on %1; expires on %2.</source>
        <translation>Gesetzt am %1; läuft am %2 ab.</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="223"/>
        <source>Too many failed sign-ins. Locked until %1.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen. Gesperrt bis %1.</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="227"/>
        <source>The account&apos;s key slot can decrypt buyers&apos; personal data.</source>
        <translation>Der Schlüsselplatz des Kontos kann personenbezogene Daten der Käufer entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="229"/>
        <source>A role needs the PII key; someone who holds it must grant it.</source>
        <translation>Eine Rolle braucht den PII-Schlüssel; jemand, der ihn hat, muss ihn erteilen.</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="230"/>
        <source>None of the roles needs personal data.</source>
        <translation>Keine der Rollen braucht personenbezogene Daten.</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="233"/>
        <source>Disabled on %1</source>
        <translation>Deaktiviert am %1</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="235"/>
        <source>The account is disabled at its first use on or after %1.</source>
        <translation>Das Konto wird bei seiner ersten Verwendung ab %1 deaktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="257"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="259"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="261"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="263"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="265"/>
        <source>Two-factor</source>
        <translation>Zweiter Faktor</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="267"/>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="269"/>
        <source>Password age</source>
        <translation>Passwortalter</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="271"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="273"/>
        <source>PII key</source>
        <translation>PII-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/models/UserListModel.cpp" line="275"/>
        <source>Leaving</source>
        <translation>Austritt</translation>
    </message>
</context>
<context>
    <name>dpp::ui::UsersView</name>
    <message>
        <location filename="../ui/UsersView.cpp" line="38"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="40"/>
        <source>&amp;Grant the PII key</source>
        <translation>PII-Schlüssel &amp;erteilen</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="59"/>
        <source>&amp;New user…</source>
        <translation>&amp;Neuer Benutzer …</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="59"/>
        <source>Make an account for a person</source>
        <translation>Ein Konto für eine Person anlegen</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="60"/>
        <source>&amp;Roles…</source>
        <translation>&amp;Rollen …</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="60"/>
        <source>Change what the selected account may do</source>
        <translation>Ändern, was das ausgewählte Konto darf</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="61"/>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen …</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="62"/>
        <source>Set a temporary password for someone who forgot theirs</source>
        <translation>Ein vorläufiges Passwort für jemanden setzen, der seines vergessen hat</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="64"/>
        <source>Reset &amp;two-factor</source>
        <translation>&amp;Zweiten Faktor zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="65"/>
        <source>For someone who lost their phone: they set up two-factor sign-in again</source>
        <translation>Für jemanden, der sein Telefon verloren hat: Die Person richtet den zweiten Faktor neu ein</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="66"/>
        <source>&amp;Unlock</source>
        <translation>Ent&amp;sperren</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="67"/>
        <source>Let the selected account sign in again after too many failed attempts</source>
        <translation>Das ausgewählte Konto nach zu vielen Fehlversuchen wieder anmelden lassen</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="68"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Deaktivieren …</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="69"/>
        <source>Disable the selected account now or from a leaving date</source>
        <translation>Das ausgewählte Konto jetzt oder zu einem Austrittsdatum deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="143"/>
        <source>1 account waits for the PII key: %1. Its roles need personal data, and only someone who holds the key can give it.</source>
        <translation>1 Konto wartet auf den PII-Schlüssel: %1. Seine Rollen brauchen personenbezogene Daten, und nur jemand, der den Schlüssel hat, kann ihn erteilen.</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="147"/>
        <source>%1 accounts wait for the PII key: %2. Their roles need personal data, and only someone who holds the key can give it.</source>
        <translation>%1 Konten warten auf den PII-Schlüssel: %2. Ihre Rollen brauchen personenbezogene Daten, und nur jemand, der den Schlüssel hat, kann ihn erteilen.</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="286"/>
        <source>The account %1 was made. Give %2 the initial password in person; they choose their own at the first sign-in.</source>
        <translation>Das Konto %1 ist angelegt. Geben Sie %2 das erste Passwort persönlich; bei der ersten Anmeldung wählt die Person ein eigenes.</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="291"/>
        <source>Their PII key waits for someone who holds it to grant it.</source>
        <translation>Ihr PII-Schlüssel wartet darauf, dass jemand, der ihn hat, ihn erteilt.</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="310"/>
        <source>%1 will be disabled on %2.</source>
        <translation>%1 wird am %2 deaktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="312"/>
        <source>%1 is disabled: their password no longer opens the database.</source>
        <translation>%1 ist deaktiviert: Das Passwort öffnet die Datenbank nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="317"/>
        <source>They held the PII key: it is replaced at the next sign-in of someone who holds it.</source>
        <translation>Die Person hatte den PII-Schlüssel: Er wird bei der nächsten Anmeldung von jemandem, der ihn hat, ersetzt.</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="331"/>
        <source>Rotate the database key</source>
        <translation>Datenbankschlüssel erneuern</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="332"/>
        <source>Rotate the database key now?</source>
        <translation>Den Datenbankschlüssel jetzt erneuern?</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="335"/>
        <source>%1 can no longer open the database with a password. A copy of the database key they may have kept stops working once the key is replaced. Everyone else must close the database first.</source>
        <translation>%1 kann die Datenbank nicht mehr mit einem Passwort öffnen. Eine Kopie des Datenbankschlüssels, die die Person vielleicht behalten hat, wird wertlos, sobald der Schlüssel ersetzt ist. Alle anderen müssen die Datenbank vorher schließen.</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="339"/>
        <source>&amp;Rotate the database key now</source>
        <translation>Datenbankschlüssel jetzt &amp;erneuern</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="341"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="359"/>
        <source>Rotating the database key; every page of the database is encrypted again…</source>
        <translation>Der Datenbankschlüssel wird erneuert; jede Seite der Datenbank wird neu verschlüsselt …</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="371"/>
        <source>The database key was rotated. Every remaining key slot opens the database with the new key; the old one no longer does.</source>
        <translation>Der Datenbankschlüssel wurde erneuert. Jeder verbliebene Schlüsselplatz öffnet die Datenbank mit dem neuen Schlüssel; der alte tut es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="389"/>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="407"/>
        <source>The password of %1 was reset. Give them the temporary password in person; they choose their own at the next sign-in.</source>
        <translation>Das Passwort von %1 wurde zurückgesetzt. Geben Sie der Person das vorläufige Passwort persönlich; bei der nächsten Anmeldung wählt sie ein eigenes.</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="422"/>
        <source>Reset two-factor sign-in</source>
        <translation>Zweiten Faktor zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="423"/>
        <source>Reset the two-factor sign-in of %1?</source>
        <translation>Den zweiten Faktor von %1 zurücksetzen?</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="426"/>
        <source>Do this when they lost their phone. Their authenticator app and recovery codes stop working; they set up two-factor sign-in again when they next sign in.</source>
        <translation>Tun Sie das, wenn die Person ihr Telefon verloren hat. Ihre Authenticator-App und ihre Wiederherstellungscodes funktionieren dann nicht mehr; bei der nächsten Anmeldung richtet sie den zweiten Faktor neu ein.</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="429"/>
        <source>&amp;Reset two-factor</source>
        <translation>&amp;Zweiten Faktor zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="431"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="450"/>
        <source>The two-factor sign-in of %1 was reset. They set it up again when they next sign in.</source>
        <translation>Der zweite Faktor von %1 wurde zurückgesetzt. Bei der nächsten Anmeldung richtet die Person ihn neu ein.</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="475"/>
        <source>The roles of %1 were saved.</source>
        <translation>Die Rollen von %1 sind gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="504"/>
        <source>The PII key was granted to 1 account.</source>
        <translation>Der PII-Schlüssel wurde 1 Konto erteilt.</translation>
    </message>
    <message>
        <location filename="../ui/UsersView.cpp" line="505"/>
        <source>The PII key was granted to %1 accounts.</source>
        <translation>Der PII-Schlüssel wurde %1 Konten erteilt.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::Workspace</name>
    <message>
        <location filename="../ui/Workspace.cpp" line="48"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../ui/Workspace.cpp" line="105"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/Workspace.cpp" line="107"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/Workspace.cpp" line="109"/>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <location filename="../ui/Workspace.cpp" line="111"/>
        <source>Deletion requests</source>
        <translation>Löschanfragen</translation>
    </message>
    <message>
        <location filename="../ui/Workspace.cpp" line="114"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../ui/Workspace.cpp" line="117"/>
        <location filename="../ui/Workspace.cpp" line="257"/>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../ui/Workspace.cpp" line="119"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/Workspace.cpp" line="121"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/Workspace.cpp" line="124"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/Workspace.cpp" line="128"/>
        <source>My account</source>
        <translation>Mein Konto</translation>
    </message>
    <message>
        <location filename="../ui/Workspace.cpp" line="262"/>
        <source>Alarms (%1)</source>
        <translation>Alarme (%1)</translation>
    </message>
    <message>
        <location filename="../ui/Workspace.cpp" line="274"/>
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
