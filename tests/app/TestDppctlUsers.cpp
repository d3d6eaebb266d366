// dppctl's account commands as an administrator and the people run them (issue 4): user add, list,
// roles, disable, unlock, reset-password, grant-pii; passwd; totp enroll, confirm, sign-in with a
// code or a recovery code; the kill switch. Runs the built dppctl against a database made by
// VaultFixture (user "dpo", every role, cheap Argon2id for that one slot only). The slots these
// commands make use the real parameters, as the program always does. The slots run in order and
// build on each other.
#include "TestSupport.h"
#include "VaultFixture.h"
#include "audit/AuditLog.h"
#include "auth/Totp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace dpp;
using namespace dpp::test;

namespace {

const QByteArray DpoPassword = QByteArray(TestPassword) + '\n';
// Initial passwords an administrator gives, and the ones the people choose.
const QByteArray AliceInitial = "Initial-Quartz-9xQ#tz";
const QByteArray AliceChosen = "Chosen-Marble-4kP!wm";
const QByteArray AliceTemporary = "Temporary-Harbor-7vR$yb";
const QByteArray AliceThird = "Third-Lantern-2hN%qd";
const QByteArray BobInitial = "Initial-Pebble-3mW&uj";
const QByteArray BobChosen = "Chosen-Glacier-8cT*fe";
const QByteArray CarolInitial = "Initial-Meadow-5gL@rs";
const QByteArray CarolChosen = "Chosen-Thistle-6bZ^np";
const QByteArray ErinInitial = "Initial-Copper-1dY+kv";
const QByteArray DaveInitial = "Initial-Walnut-0sJ!ha";

QByteArray lines(std::initializer_list<QByteArray> secrets)
{
    QByteArray all;
    for (const auto& s : secrets)
        all += s + '\n';
    return all;
}

QString codeText(const SecureBytes& code)
{
    return QString::fromLatin1(code.chars(), static_cast<qsizetype>(code.size()));
}

} // namespace

class TestDppctlUsers final : public QObject
{
    Q_OBJECT

private:
    VaultFixture m_fixture;
    QString m_db;
    TotpSecret m_bobTotp;
    QString m_bobLastCode;
    QStringList m_leaked; //!< commands whose output showed a password
    QStringList m_bobRecoveryCodes;
    //! Every secret this test typed, to prove none of them shows up in any output.
    QList<QByteArray> m_secrets{
        DpoPassword.chopped(1), AliceInitial, AliceChosen, AliceTemporary, AliceThird, BobInitial, BobChosen,
        CarolInitial,           CarolChosen,  ErinInitial, DaveInitial};

    ProcessResult dppctl(const QStringList& arguments, const QByteArray& input = {})
    {
        const auto r = runProgram(builtProgram(QStringLiteral("dppctl")),
                                  QStringList{QStringLiteral("--database"), m_db} + arguments, input);
        for (const auto& secret : std::as_const(m_secrets)) {
            if (r.out.contains(secret) || r.err.contains(secret))
                m_leaked << arguments.join(QLatin1Char(' '));
        }
        return r;
    }

    //! dppctl as user, with a password and more secrets on standard input.
    ProcessResult as(const QString& user, const QByteArray& input, const QStringList& arguments)
    {
        return dppctl(QStringList{QStringLiteral("--user"), user, QStringLiteral("--password-stdin")}
                          + arguments,
                      input);
    }

    ProcessResult asDpo(const QStringList& arguments, const QByteArray& more = {})
    {
        return as(QStringLiteral("dpo"), DpoPassword + more, arguments);
    }

    //! Bob (enrolled) signing in with one of his recovery codes, used up here.
    ProcessResult asBobWithRecoveryCode(const QStringList& arguments)
    {
        if (m_bobRecoveryCodes.isEmpty())
            return {}; // exit code -1: the test that needs it fails
        const QString code = m_bobRecoveryCodes.takeFirst();
        return as(QStringLiteral("bob"), lines({BobChosen}),
                  QStringList{QStringLiteral("--recovery-code"), code} + arguments);
    }

    //! The audit rows with this action (newest first), read through the API as "dpo".
    std::vector<AuditRow> auditRows(const QString& action, const QString& actor = {})
    {
        auto vault = m_fixture.unlock();
        if (!vault) {
            qWarning("%s", qPrintable(vault.error().message()));
            return {};
        }
        AuditFilter filter;
        filter.action = action;
        filter.actor = actor;
        auto rows = vault.value()->audit().query(filter, 0, 100);
        return rows ? rows.value() : std::vector<AuditRow>{};
    }

    QJsonArray usersJson()
    {
        const auto r = asDpo({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")});
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("users")).toArray();
    }

    QJsonObject userJson(const QString& name)
    {
        for (const auto& user : usersJson()) {
            if (user.toObject().value(QStringLiteral("name")).toString() == name)
                return user.toObject();
        }
        return {};
    }

    //! A code that none of the steps around now accepts.
    QString wrongCode() const
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int candidate = 0;; ++candidate) {
            const QString code
                = QStringLiteral("%1").arg(candidate * 111111 % 1000000, 6, 10, QLatin1Char('0'));
            bool accepted = false;
            for (int step = -2; step <= 2; ++step)
                accepted = accepted || codeText(Totp::codeAt(m_bobTotp, now.addSecs(step * 30))) == code;
            if (!accepted)
                return code;
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.dir.isValid());
        QVERIFY(m_fixture.create() != nullptr);
        m_db = m_fixture.paths.database();
    }

    void cleanup()
    {
        // After every test: no command printed a password, to standard output or error.
        QVERIFY2(m_leaked.isEmpty(), qPrintable(m_leaked.join(QLatin1Char('\n'))));
    }

    void unknownRoleIsUsage()
    {
        // Tried: a role name that does not exist. Refused as usage (2) before any sign-in, naming
        // the valid roles; nothing is read from standard input, no audit row is written.
        const auto r
            = dppctl({QStringLiteral("--user"), QStringLiteral("dpo"), QStringLiteral("--password-stdin"),
                      QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zed"),
                      QStringLiteral("--roles"), QStringLiteral("operator,janitor")},
                     DpoPassword);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("\"janitor\"")
                     && r.err.contains("dpo, operator, warehouse, responder, auditor, admin"),
                 r.err.constData());
        const auto roles
            = dppctl({QStringLiteral("--user"), QStringLiteral("dpo"), QStringLiteral("user"),
                      QStringLiteral("roles"), QStringLiteral("dpo"), QStringLiteral("scheduler")});
        QCOMPARE(roles.exitCode, 2); // the service role is not a person's
    }

    void addAndList()
    {
        // Tried: dpo (every role, in the grace period without a second factor) adds three people;
        // line 1 of standard input is dpo's password, line 2 the new person's initial password.
        auto r = asDpo({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"),
                        QStringLiteral("--roles"), QStringLiteral("operator"),
                        QStringLiteral("--display-name"), QStringLiteral("Alice Example")},
                       lines({AliceInitial}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Created alice (Alice Example)."), r.out.constData());
        QVERIFY(r.out.contains("Roles:    operator"));
        QVERIFY(r.out.contains("PII key:  sealed")); // dpo holds the PII key, so it is sealed at once
        // The grace-period warning, on standard error, after every command that succeeded.
        QVERIFY2(r.err.contains("dppctl: warning: two-factor sign-in is not set up; from ")
                     && r.err.contains("Run: dppctl totp enroll"),
                 r.err.constData());

        r = asDpo({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                   QStringLiteral("--roles"), QStringLiteral("admin,auditor")},
                  lines({BobInitial}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("not needed")); // neither role needs PII
        r = asDpo({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol"),
                   QStringLiteral("--roles"), QStringLiteral("responder")},
                  lines({CarolInitial}));
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // An initial password the policy refuses creates nothing.
        r = asDpo({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("weak"),
                   QStringLiteral("--roles"), QStringLiteral("auditor")},
                  "password\n");
        QVERIFY(r.exitCode != 0);
        QVERIFY(userJson(QStringLiteral("weak")).isEmpty());

        const QJsonArray users = usersJson();
        QCOMPARE(users.size(), 4);
        const QJsonObject alice = userJson(QStringLiteral("alice"));
        QCOMPARE(alice.value(QStringLiteral("display_name")).toString(), QStringLiteral("Alice Example"));
        QCOMPARE(alice.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("operator")});
        QCOMPARE(alice.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(alice.value(QStringLiteral("pii_key")).toString(), QStringLiteral("yes"));
        QCOMPARE(alice.value(QStringLiteral("second_factor")).toBool(), false);
        QCOMPARE(alice.value(QStringLiteral("must_change_password")).toBool(), true);
        QVERIFY(alice.value(QStringLiteral("last_sign_in_at")).isNull());
        QCOMPARE(userJson(QStringLiteral("bob")).value(QStringLiteral("pii_key")).toString(),
                 QStringLiteral("no"));
        for (const QString& key :
             {QStringLiteral("name"), QStringLiteral("display_name"), QStringLiteral("roles"),
              QStringLiteral("status"), QStringLiteral("last_sign_in_at"),
              QStringLiteral("password_age_days"), QStringLiteral("second_factor"), QStringLiteral("locked"),
              QStringLiteral("pii_key")})
            QVERIFY2(alice.contains(key), qPrintable(key));

        // The table: a header and one line per person.
        r = asDpo({QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> table = r.out.trimmed().split('\n');
        QCOMPARE(table.size(), 5);
        QVERIFY(table.at(0).startsWith("NAME") && table.at(0).contains("PII KEY"));
        QVERIFY(r.out.contains("Alice Example"));

        const auto created = auditRows(QStringLiteral("user.created"));
        QCOMPARE(created.size(), std::size_t(3));
        for (const auto& row : created) {
            QCOMPARE(row.actor, QStringLiteral("dpo"));
            QCOMPARE(row.outcome, QStringLiteral("allowed"));
        }
    }

    void secondUserSignsIn()
    {
        // Tried: alice signs in with the initial password. The session is gated to a password
        // change: whoami is refused (1) with the gate's message; passwd (line 1 current, line 2
        // new) works; then whoami works with the new password.
        auto r = as(QStringLiteral("alice"), lines({AliceInitial}), {QStringLiteral("whoami")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Choose a new password first"), r.err.constData());
        r = as(QStringLiteral("alice"), lines({AliceInitial, AliceChosen}), {QStringLiteral("passwd")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = as(QStringLiteral("alice"), lines({AliceChosen}), {QStringLiteral("whoami")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("User:     alice"));
        QVERIFY(r.out.contains("Roles:    operator"));
        QVERIFY(r.out.contains("PII key:  yes"));
        QVERIFY(r.err.contains("two-factor sign-in is not set up"));
        // The old password no longer opens her slot.
        r = as(QStringLiteral("alice"), lines({AliceInitial}), {QStringLiteral("whoami")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!auditRows(QStringLiteral("user.password-changed"), QStringLiteral("alice")).empty());
        QVERIFY(!userJson(QStringLiteral("alice")).value(QStringLiteral("last_sign_in_at")).isNull());
    }

    void callerWithoutUsersManageIsRefused()
    {
        // Tried: alice (operator, no users.manage) adds an account and disables one. Refused (1)
        // by the core, which writes a permission.denied row naming her; nothing is created.
        auto r = as(QStringLiteral("alice"), lines({AliceChosen, DaveInitial}),
                    {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dave"),
                     QStringLiteral("--roles"), QStringLiteral("operator")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("users.manage"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1); // a failure is one line, without the grace-period warning
        r = as(QStringLiteral("alice"), lines({AliceChosen}),
               {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("carol")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(userJson(QStringLiteral("dave")).isEmpty());
        QCOMPARE(userJson(QStringLiteral("carol")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
        const auto denied = auditRows(QStringLiteral("permission.denied"), QStringLiteral("alice"));
        QVERIFY(denied.size() >= 2);
        QVERIFY2(denied.front().details.contains(QStringLiteral("users.manage")),
                 qPrintable(denied.front().details));
        QCOMPARE(denied.front().outcome, QStringLiteral("denied"));
        // The kill switch is an administrator's too.
        r = as(QStringLiteral("alice"), lines({AliceChosen}),
               {QStringLiteral("kill-switch"), QStringLiteral("engage")});
        QCOMPARE(r.exitCode, 1);
    }

    void rolesChange()
    {
        // Tried: dpo gives alice a second role needing PII and takes responder from carol for
        // auditor; both audited, shown in the list.
        auto r = asDpo({QStringLiteral("user"), QStringLiteral("roles"), QStringLiteral("alice"),
                        QStringLiteral("operator,warehouse")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("alice now has the roles operator,warehouse."));
        r = asDpo({QStringLiteral("user"), QStringLiteral("roles"), QStringLiteral("carol"),
                   QStringLiteral("auditor")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(userJson(QStringLiteral("alice")).value(QStringLiteral("roles")).toArray(),
                 (QJsonArray{QStringLiteral("operator"), QStringLiteral("warehouse")}));
        QCOMPARE(userJson(QStringLiteral("carol")).value(QStringLiteral("roles")).toArray(),
                 QJsonArray{QStringLiteral("auditor")});
        QCOMPARE(auditRows(QStringLiteral("user.roles-changed"), QStringLiteral("dpo")).size(),
                 std::size_t(2));
    }

    void lockoutAndUnlock()
    {
        // Tried: 5 wrong passwords for carol lock her account; the right one is then refused (1);
        // dpo's "user unlock" lifts the lock (audited) and carol signs in (and, gated, sets her
        // own password).
        for (int i = 0; i < 5; ++i) {
            const auto wrong
                = as(QStringLiteral("carol"), "Not-The-Right-Passw0rd\n", {QStringLiteral("whoami")});
            QCOMPARE(wrong.exitCode, 2);
        }
        auto r = as(QStringLiteral("carol"), lines({CarolInitial, CarolChosen}), {QStringLiteral("passwd")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("locked"), r.err.constData());
        QCOMPARE(userJson(QStringLiteral("carol")).value(QStringLiteral("locked")).toBool(), true);

        r = asDpo({QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("carol")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(auditRows(QStringLiteral("user.unlocked"), QStringLiteral("dpo")).size(), std::size_t(1));
        QCOMPARE(userJson(QStringLiteral("carol")).value(QStringLiteral("locked")).toBool(), false);
        r = as(QStringLiteral("carol"), lines({CarolInitial, CarolChosen}), {QStringLiteral("passwd")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void disableNowAndLater()
    {
        // Tried: a leaving date that is not a date (usage, 2); carol disabled now (the key slot goes,
        // dppctl tells to rotate the database key, carol can no longer sign in); alice given a
        // leaving date in the future (she still signs in, the list shows the date).
        auto r = asDpo({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("alice"),
                        QStringLiteral("--at"), QStringLiteral("next-week")});
        QCOMPARE(r.exitCode, 2);

        r = asDpo({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("carol")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Rotate the database key now with: dppctl rekey"), r.out.constData());
        QCOMPARE(userJson(QStringLiteral("carol")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("disabled"));
        QCOMPARE(auditRows(QStringLiteral("user.disabled"), QStringLiteral("dpo")).size(), std::size_t(1));
        r = as(QStringLiteral("carol"), lines({CarolChosen}), {QStringLiteral("whoami")});
        QVERIFY(r.exitCode != 0);

        r = asDpo({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("alice"),
                   QStringLiteral("--at"), QStringLiteral("2099-01-01")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("alice leaves on 2099-01-01"));
        QVERIFY(!r.out.contains("rekey"));
        const QJsonObject alice = userJson(QStringLiteral("alice"));
        QCOMPARE(alice.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(
            alice.value(QStringLiteral("leaving_at")).toString().startsWith(QLatin1String("2098-12-3"))
            || alice.value(QStringLiteral("leaving_at")).toString().startsWith(QLatin1String("2099-01-01")));
        QCOMPARE(auditRows(QStringLiteral("user.leaving-scheduled"), QStringLiteral("dpo")).size(),
                 std::size_t(1));
        r = as(QStringLiteral("alice"), lines({AliceChosen}), {QStringLiteral("whoami")});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // The rotation dppctl asked for.
        r = asDpo({QStringLiteral("rekey")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void totpEnrollAndSignIn()
    {
        // Tried: bob sets his password, enrolls an authenticator (the key computed from the
        // printed base32 key), confirms with the current code and gets 10 recovery codes. Then:
        // without a code he is told to add --totp (1); a wrong code and the confirming code are
        // refused (2); the next step's code signs in; the same code again is refused as replayed
        // (2); a recovery code signs in once, not twice.
        auto r = as(QStringLiteral("bob"), lines({BobInitial, BobChosen}), {QStringLiteral("passwd")});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = as(QStringLiteral("bob"), lines({BobChosen}), {QStringLiteral("totp"), QStringLiteral("enroll")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.contains(QLatin1String("URI: otpauth://totp/")));
        QVERIFY(out.contains(QLatin1String("Confirm with: dppctl totp confirm CODE")));
        const auto key
            = QRegularExpression(QStringLiteral("^Key: ([A-Z2-7]+)$"), QRegularExpression::MultilineOption)
                  .match(out);
        QVERIFY2(key.hasMatch(), r.out.constData());
        auto secret = TotpSecret::fromBase32(key.captured(1).toLatin1());
        QVERIFY(secret.ok());
        m_bobTotp = secret->clone();

        const QString confirmCode = codeText(Totp::codeAt(m_bobTotp, QDateTime::currentDateTimeUtc()));
        r = as(QStringLiteral("bob"), lines({BobChosen}),
               {QStringLiteral("totp"), QStringLiteral("confirm"), confirmCode});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("store them offline"));
        QVERIFY2(!r.err.contains("warning"), r.err.constData()); // enrolled now: no grace warning
        for (const QByteArray& line : r.out.split('\n')) {
            if (line.startsWith("  "))
                m_bobRecoveryCodes << QString::fromLatin1(line.trimmed());
        }
        QCOMPARE(m_bobRecoveryCodes.size(), 10);
        QCOMPARE(userJson(QStringLiteral("bob")).value(QStringLiteral("second_factor")).toBool(), true);
        QCOMPARE(auditRows(QStringLiteral("user.second-factor-enrolled"), QStringLiteral("bob")).size(),
                 std::size_t(1));

        // The password alone no longer signs in.
        r = as(QStringLiteral("bob"), lines({BobChosen}), {QStringLiteral("whoami")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err,
                 QByteArray("dppctl: this account uses two-factor sign-in; add --totp CODE (or "
                            "--recovery-code CODE)\n"));

        const QString wrong = wrongCode();
        r = as(QStringLiteral("bob"), lines({BobChosen}),
               {QStringLiteral("--totp"), wrong, QStringLiteral("whoami")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.contains(wrong.toLatin1()));
        QVERIFY(!auditRows(QStringLiteral("session.second-factor-failed")).empty());

        // The code that confirmed the enrollment is used up: it does not sign in.
        r = as(QStringLiteral("bob"), lines({BobChosen}),
               {QStringLiteral("--totp"), confirmCode, QStringLiteral("whoami")});
        QCOMPARE(r.exitCode, 2);

        // The confirmation used this step's code; the next step's is within the window.
        m_bobLastCode
            = codeText(Totp::codeAt(m_bobTotp, QDateTime::currentDateTimeUtc().addSecs(Totp::StepSeconds)));
        r = as(QStringLiteral("bob"), lines({BobChosen}),
               {QStringLiteral("--totp"), m_bobLastCode, QStringLiteral("whoami")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("User:     bob"));
        QVERIFY(!r.err.contains("warning")); // enrolled: no grace warning

        r = as(QStringLiteral("bob"), lines({BobChosen}),
               {QStringLiteral("--totp"), m_bobLastCode, QStringLiteral("whoami")});
        QCOMPARE(r.exitCode, 2); // replayed

        const QString recovery = m_bobRecoveryCodes.first();
        r = asBobWithRecoveryCode({QStringLiteral("whoami")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = as(QStringLiteral("bob"), lines({BobChosen}),
               {QStringLiteral("--recovery-code"), recovery, QStringLiteral("whoami")});
        QCOMPARE(r.exitCode, 2); // used up
        QVERIFY(!auditRows(QStringLiteral("session.recovery-code-used"), QStringLiteral("bob")).empty());
        // Codes never show in the output of a sign-in.
        QVERIFY(!r.err.contains(recovery.toLatin1()));
    }

    void renewRecoveryCodes()
    {
        // Tried: bob renews his recovery codes in a command signed in with a recovery code (its
        // step-up); the old codes stop working.
        QVERIFY(m_bobRecoveryCodes.size() > 1);
        const QString old = m_bobRecoveryCodes.last();
        auto r = asBobWithRecoveryCode({QStringLiteral("totp"), QStringLiteral("recovery-codes")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_bobRecoveryCodes.clear();
        for (const QByteArray& line : r.out.split('\n')) {
            if (line.startsWith("  "))
                m_bobRecoveryCodes << QString::fromLatin1(line.trimmed());
        }
        QCOMPARE(m_bobRecoveryCodes.size(), 10);
        r = as(QStringLiteral("bob"), lines({BobChosen}),
               {QStringLiteral("--recovery-code"), old, QStringLiteral("whoami")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!auditRows(QStringLiteral("user.recovery-codes-renewed"), QStringLiteral("bob")).empty());
    }

    void killSwitch()
    {
        // Tried: bob (admin, signed in with a recovery code) engages the kill switch, dpo sees its
        // state, bob releases it; both changes audited.
        auto r = asBobWithRecoveryCode({QStringLiteral("kill-switch"), QStringLiteral("engage")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = asDpo({QStringLiteral("kill-switch"), QStringLiteral("status")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("PII access: off"), r.out.constData());
        r = asDpo({QStringLiteral("--json"), QStringLiteral("kill-switch"), QStringLiteral("status")});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("pii_access_off")).toBool(),
                 true);
        r = asBobWithRecoveryCode({QStringLiteral("kill-switch"), QStringLiteral("release")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = asDpo({QStringLiteral("kill-switch"), QStringLiteral("status")});
        QVERIFY(r.out.contains("PII access: on"));
        const auto changes = auditRows(QStringLiteral("pii.kill-switch"), QStringLiteral("bob"));
        QStringList states;
        for (const auto& row : changes)
            states << row.objectId;
        QVERIFY2(states.contains(QStringLiteral("off")) && states.contains(QStringLiteral("on")),
                 qPrintable(states.join(QLatin1Char(','))));
        r = asDpo({QStringLiteral("kill-switch"), QStringLiteral("on")});
        QCOMPARE(r.exitCode, 2); // the actions are engage, release, status
    }

    void pendingPiiGrant()
    {
        // Tried: bob (admin, no PII key) adds erin as warehouse: her PII key waits; dpo (a PII
        // holder) grants it.
        QVERIFY(!m_bobRecoveryCodes.isEmpty());
        auto r = as(QStringLiteral("bob"), lines({BobChosen, ErinInitial}),
                    {QStringLiteral("--recovery-code"), m_bobRecoveryCodes.takeFirst(),
                     QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("erin"),
                     QStringLiteral("--roles"), QStringLiteral("warehouse")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("PII key:  pending"), r.out.constData());
        QCOMPARE(userJson(QStringLiteral("erin")).value(QStringLiteral("pii_key")).toString(),
                 QStringLiteral("pending"));
        r = asDpo({QStringLiteral("user"), QStringLiteral("grant-pii")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Granted the PII key to 1 account"), r.out.constData());
        QCOMPARE(userJson(QStringLiteral("erin")).value(QStringLiteral("pii_key")).toString(),
                 QStringLiteral("yes"));
    }

    void passwordHistory()
    {
        // Tried: dpo resets alice's password; signed in with the temporary one, alice tries her
        // previous password (one of the last 5: refused, still gated) and then a new one (works).
        auto r = asDpo({QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("alice")},
                       lines({AliceTemporary}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!auditRows(QStringLiteral("user.password-reset"), QStringLiteral("dpo")).empty());
        r = as(QStringLiteral("alice"), lines({AliceTemporary, AliceChosen}), {QStringLiteral("passwd")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(!r.err.isEmpty(), r.err.constData());
        r = as(QStringLiteral("alice"), lines({AliceTemporary}), {QStringLiteral("whoami")});
        QCOMPARE(r.exitCode, 1); // still gated to a password change
        r = as(QStringLiteral("alice"), lines({AliceTemporary, AliceThird}), {QStringLiteral("passwd")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = as(QStringLiteral("alice"), lines({AliceThird}), {QStringLiteral("whoami")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void resetSecondFactor()
    {
        // Tried: dpo removes bob's second factor; bob's password alone signs in again (to enroll).
        auto r = asDpo({QStringLiteral("user"), QStringLiteral("reset-2fa"), QStringLiteral("bob")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(userJson(QStringLiteral("bob")).value(QStringLiteral("second_factor")).toBool(), false);
        r = as(QStringLiteral("bob"), lines({BobChosen}), {QStringLiteral("totp"), QStringLiteral("enroll")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!auditRows(QStringLiteral("user.second-factor-reset"), QStringLiteral("dpo")).empty());
    }

    void auditStillVerifies()
    {
        // Tried: after everything above, the audit chain verifies.
        const auto r = asDpo({QStringLiteral("verify-audit")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("verified "));
    }
};

QTEST_GUILESS_MAIN(TestDppctlUsers)
#include "TestDppctlUsers.moc"
