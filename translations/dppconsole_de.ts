<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>dpp::Database</name>
    <message>
        <location filename="../ui/CoreMessages.h" line="55"/>
        <source>Wrong key, or not a DPP Console database: %1</source>
        <translation>Falscher Schlüssel oder keine DPP-Console-Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../ui/CoreMessages.h" line="57"/>
        <source>The database file %1 is empty; it is not a DPP Console database.</source>
        <translation>Die Datenbankdatei %1 ist leer; sie ist keine DPP-Console-Datenbank.</translation>
    </message>
    <message>
        <location filename="../ui/CoreMessages.h" line="58"/>
        <source>Cannot open the database file %1: %2</source>
        <translation>Die Datenbankdatei %1 lässt sich nicht öffnen: %2</translation>
    </message>
</context>
<context>
    <name>dpp::KeySlotFile</name>
    <message>
        <location filename="../ui/CoreMessages.h" line="44"/>
        <source>The key file %1 is missing.</source>
        <translation>Die Schlüsseldatei %1 fehlt.</translation>
    </message>
    <message>
        <location filename="../ui/CoreMessages.h" line="45"/>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Die Schlüsseldatei %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../ui/CoreMessages.h" line="46"/>
        <source>%1 is not a DPP Console key file.</source>
        <translation>%1 ist keine Schlüsseldatei von DPP Console.</translation>
    </message>
    <message>
        <location filename="../ui/CoreMessages.h" line="48"/>
        <source>The key file %1 is damaged (field %2); restore it from a backup copy.</source>
        <translation>Die Schlüsseldatei %1 ist beschädigt (Feld %2); stellen Sie sie aus einer Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/CoreMessages.h" line="51"/>
        <source>The key file was changed outside DPP Console (its MAC does not match). Restore it from a backup copy and rotate the database key.</source>
        <translation>Die Schlüsseldatei wurde außerhalb von DPP Console verändert (ihr MAC stimmt nicht). Stellen Sie sie aus einer Sicherungskopie wieder her und erneuern Sie den Datenbankschlüssel.</translation>
    </message>
</context>
<context>
    <name>dpp::PasswordPolicy</name>
    <message>
        <location filename="../ui/CoreMessages.h" line="36"/>
        <source>The password must have at least 12 characters.</source>
        <translation>Das Passwort muss mindestens 12 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../ui/CoreMessages.h" line="38"/>
        <source>The password must mix at least three of: lower-case letters, capitals, digits, other characters.</source>
        <translation>Das Passwort muss mindestens drei dieser Arten mischen: Kleinbuchstaben, Großbuchstaben, Ziffern, andere Zeichen.</translation>
    </message>
    <message>
        <location filename="../ui/CoreMessages.h" line="42"/>
        <source>The password must not contain the user name.</source>
        <translation>Das Passwort darf den Benutzernamen nicht enthalten.</translation>
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
    <name>dpp::Roles</name>
    <message>
        <location filename="../app/auth/Permission.cpp" line="151"/>
        <source>Data Protection Officer</source>
        <translation>Datenschutzbeauftragte(r)</translation>
    </message>
    <message>
        <location filename="../app/auth/Permission.cpp" line="153"/>
        <source>Operator</source>
        <translation>Auftragsbearbeitung</translation>
    </message>
    <message>
        <location filename="../app/auth/Permission.cpp" line="155"/>
        <source>Warehouse manager</source>
        <translation>Lagerleitung</translation>
    </message>
    <message>
        <location filename="../app/auth/Permission.cpp" line="157"/>
        <source>Incident responder</source>
        <translation>Incident Response</translation>
    </message>
    <message>
        <location filename="../app/auth/Permission.cpp" line="159"/>
        <source>Auditor</source>
        <translation>Prüfung (Audit)</translation>
    </message>
    <message>
        <location filename="../app/auth/Permission.cpp" line="161"/>
        <source>IT administrator</source>
        <translation>IT-Administration</translation>
    </message>
    <message>
        <location filename="../app/auth/Permission.cpp" line="163"/>
        <source>Scheduler (service)</source>
        <translation>Zeitplaner (Dienst)</translation>
    </message>
</context>
<context>
    <name>dpp::Session</name>
    <message>
        <location filename="../app/auth/Session.cpp" line="24"/>
        <source>%1 may not do this: it needs the permission &quot;%2&quot;, which none of their roles grants.</source>
        <translation>%1 darf das nicht: Dafür ist die Berechtigung „%2“ nötig, die keine der Rollen gewährt.</translation>
    </message>
</context>
<context>
    <name>dpp::Vault</name>
    <message>
        <location filename="../ui/CoreMessages.h" line="20"/>
        <source>Wrong user name or password.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../ui/CoreMessages.h" line="21"/>
        <source>There is no DPP Console database at %1.</source>
        <translation>Unter %1 gibt es keine DPP-Console-Datenbank.</translation>
    </message>
    <message>
        <location filename="../ui/CoreMessages.h" line="22"/>
        <source>The account %1 is disabled.</source>
        <translation>Das Konto %1 ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/CoreMessages.h" line="24"/>
        <source>The account %1 is locked. An administrator can unlock it.</source>
        <translation>Das Konto %1 ist gesperrt. Die IT-Administration kann es entsperren.</translation>
    </message>
    <message>
        <location filename="../ui/CoreMessages.h" line="25"/>
        <source>The key slot of %1 has no account in the database.</source>
        <translation>Zum Schlüsselplatz von %1 gibt es kein Konto in der Datenbank.</translation>
    </message>
    <message>
        <location filename="../ui/CoreMessages.h" line="26"/>
        <source>The key file %1 belongs to another database.</source>
        <translation>Die Schlüsseldatei %1 gehört zu einer anderen Datenbank.</translation>
    </message>
    <message>
        <location filename="../ui/CoreMessages.h" line="27"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <location filename="../ui/CoreMessages.h" line="29"/>
        <source>A DPP Console database already exists at %1; it was left untouched.</source>
        <translation>Unter %1 gibt es bereits eine DPP-Console-Datenbank; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../ui/CoreMessages.h" line="31"/>
        <source>A user name has 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and starts with a letter (&quot;recovery&quot; and &quot;scheduler&quot; are reserved).</source>
        <translation>Ein Benutzername besteht aus 2 bis 32 Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“ und beginnt mit einem Buchstaben („recovery“ und „scheduler“ sind reserviert).</translation>
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
        <location filename="../ui/CoreMessages.h" line="60"/>
        <source>Not enough memory to derive the key (Argon2id).</source>
        <translation>Nicht genug Arbeitsspeicher, um den Schlüssel abzuleiten (Argon2id).</translation>
    </message>
</context>
<context>
    <name>dpp::ui::FirstStartPage</name>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="34"/>
        <source>Create the database</source>
        <translation>Datenbank anlegen</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="35"/>
        <source>This is the first start of DPP Console. Create the encrypted database and its first user, who holds every role until you add more people.</source>
        <translation>DPP Console wird zum ersten Mal gestartet. Legen Sie die verschlüsselte Datenbank und ihren ersten Benutzer an; er hat alle Rollen, bis Sie weitere Personen hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="39"/>
        <source>The database will be created at %1</source>
        <translation>Die Datenbank wird hier angelegt: %1</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="54"/>
        <source>e.g. j.smith</source>
        <translation>z. B. e.mueller</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="57"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="62"/>
        <source>e.g. Jane Smith</source>
        <translation>z. B. Erika Müller</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="63"/>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="72"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="79"/>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="89"/>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiv.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="106"/>
        <source>Creating the database and deriving the keys; this takes a few seconds…</source>
        <translation>Die Datenbank wird angelegt und die Schlüssel werden abgeleitet; das dauert einige Sekunden …</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="112"/>
        <source>&amp;Create database</source>
        <translation>Datenbank &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="174"/>
        <source>2 to 32 lower-case letters, digits, “.”, “_” or “-”, starting with a letter; this is the name you sign in with.</source>
        <translation>2 bis 32 Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“, am Anfang ein Buchstabe; mit diesem Namen melden Sie sich an.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="179"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="181"/>
        <source>“%1” is reserved; choose another name.</source>
        <translation>„%1“ ist reserviert; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="192"/>
        <source>At least 12 characters with three of: lower-case letters, capitals, digits, other characters. Several unrelated words make a strong password that is easy to remember.</source>
        <translation>Mindestens 12 Zeichen mit drei dieser Arten: Kleinbuchstaben, Großbuchstaben, Ziffern, andere Zeichen. Mehrere Wörter, die nichts miteinander zu tun haben, ergeben ein starkes Passwort, das man sich gut merken kann.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="205"/>
        <source>✓ The password meets the rules.</source>
        <translation>✓ Das Passwort erfüllt die Regeln.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="213"/>
        <source>✓ The passwords match.</source>
        <translation>✓ Die Passwörter stimmen überein.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="215"/>
        <source>The passwords do not match yet.</source>
        <translation>Die Passwörter stimmen noch nicht überein.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="238"/>
        <source>Choose a user name of 2 to 32 lower-case letters, digits, “.”, “_” or “-” that starts with a letter.</source>
        <translation>Wählen Sie einen Benutzernamen aus 2 bis 32 Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“, der mit einem Buchstaben beginnt.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="245"/>
        <source>Enter the person&apos;s full name.</source>
        <translation>Geben Sie den vollständigen Namen der Person ein.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="254"/>
        <source>Choose a password.</source>
        <translation>Wählen Sie ein Passwort.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="272"/>
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
        <location filename="../ui/models/KeySlotModel.cpp" line="63"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="63"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="69"/>
        <source>This slot can decrypt buyers&apos; personal data.</source>
        <translation>Dieser Schlüsselplatz kann personenbezogene Daten der Käufer entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="70"/>
        <source>This slot opens the database but cannot decrypt personal data.</source>
        <translation>Dieser Schlüsselplatz öffnet die Datenbank, kann aber keine personenbezogenen Daten entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="82"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="84"/>
        <source>Principal</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="86"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="88"/>
        <source>Key derivation</source>
        <translation>Schlüsselableitung</translation>
    </message>
    <message>
        <location filename="../ui/models/KeySlotModel.cpp" line="90"/>
        <source>PII key</source>
        <translation>PII-Schlüssel</translation>
    </message>
</context>
<context>
    <name>dpp::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44"/>
        <source>DPP Console</source>
        <translation>DPP Console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="53"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56"/>
        <source>Close the database and clear every view</source>
        <translation>Die Datenbank schließen und alle Ansichten leeren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="58"/>
        <source>Lock the console (%1)</source>
        <translation>Die Konsole sperren (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65"/>
        <source>&amp;Console</source>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>The console locked after %1 min without input.</source>
        <translation>Die Konsole wurde nach %1 min ohne Eingabe gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>The console locked because the screen was locked.</source>
        <translation>Die Konsole wurde gesperrt, weil der Bildschirm gesperrt wurde.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
</context>
<context>
    <name>dpp::ui::OverviewView</name>
    <message>
        <location filename="../ui/OverviewView.cpp" line="36"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="47"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="49"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="50"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="51"/>
        <source>Personal data:</source>
        <translation>Personenbezogene Daten:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="54"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="56"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="57"/>
        <source>Database ID:</source>
        <translation>Datenbank-ID:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="59"/>
        <source>SQLCipher version:</source>
        <translation>SQLCipher-Version:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="60"/>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="61"/>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="62"/>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="64"/>
        <source>Key file generation:</source>
        <translation>Generation der Schlüsseldatei:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="65"/>
        <source>Failed unlock attempts recorded:</source>
        <translation>Aufgezeichnete fehlgeschlagene Entsperrversuche:</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="69"/>
        <source>Key slots</source>
        <translation>Schlüsselplätze</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="72"/>
        <source>Each slot opens the database with its own secret. Only slots that hold the PII key can decrypt buyers&apos; personal data.</source>
        <translation>Jeder Schlüsselplatz öffnet die Datenbank mit seinem eigenen Geheimnis. Nur Schlüsselplätze mit dem PII-Schlüssel können personenbezogene Daten der Käufer entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="117"/>
        <source>This session holds the PII key and can decrypt buyers&apos; personal data.</source>
        <translation>Diese Sitzung hat den PII-Schlüssel und kann personenbezogene Daten der Käufer entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="119"/>
        <source>This session cannot decrypt buyers&apos; personal data.</source>
        <translation>Diese Sitzung kann keine personenbezogenen Daten der Käufer entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewView.cpp" line="135"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
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
        <location filename="../ui/RecoveryKeyPage.cpp" line="24"/>
        <source>Store your recovery key</source>
        <translation>Bewahren Sie Ihren Wiederherstellungsschlüssel auf</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryKeyPage.cpp" line="26"/>
        <source>The database has been created. Below is its recovery key. It opens the database if every password is lost, so anyone who holds it can read all the data.</source>
        <translation>Die Datenbank ist angelegt. Unten steht ihr Wiederherstellungsschlüssel. Er öffnet die Datenbank, wenn alle Passwörter verloren sind; wer ihn besitzt, kann also alle Daten lesen.</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryKeyPage.cpp" line="29"/>
        <source>It is shown only this once and is not stored on this computer. Write it down or print it and keep it in a safe place, away from this computer.</source>
        <translation>Er wird nur dieses eine Mal angezeigt und nicht auf diesem Computer gespeichert. Schreiben Sie ihn ab oder drucken Sie ihn aus und bewahren Sie ihn an einem sicheren Ort auf, nicht bei diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryKeyPage.cpp" line="50"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryKeyPage.cpp" line="54"/>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation>Ich habe den Wiederherstellungsschlüssel an einem &amp;sicheren Ort aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryKeyPage.cpp" line="58"/>
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
        <location filename="../ui/UnlockPage.cpp" line="30"/>
        <source>Unlock DPP Console</source>
        <translation>DPP Console entsperren</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="31"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="47"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="51"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="60"/>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiv.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="76"/>
        <source>Unlocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="80"/>
        <source>Un&amp;lock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="146"/>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <location filename="../ui/UnlockPage.cpp" line="152"/>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>dpp::ui::Workspace</name>
    <message>
        <location filename="../ui/Workspace.cpp" line="25"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../ui/Workspace.cpp" line="62"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/Workspace.cpp" line="64"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
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
