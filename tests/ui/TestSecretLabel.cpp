// TestSecretLabel: the label that shows a secret once (recovery key, recovery codes, setup key):
// what Copy put on the clipboard (marked secret for clipboard managers) comes off again when the
// page wipes the label, but not what the person copied since; the label keeps no text and offers no
// context menu.
#include "SecretLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QTest>

using namespace dpp::ui;

class TestSecretLabel final : public QObject
{
    Q_OBJECT

private slots:
    void showAndWipe();
    void copiedSecretLeavesTheClipboard();
    void laterClipboardTextStays();
    void noContextMenu();
};

void TestSecretLabel::showAndWipe()
{
    SecretLabel label(QStringLiteral("Recovery key"), 1.6, 14, 24);
    label.showSecret(QStringLiteral("ABCD-EFGH"));
    QCOMPARE(label.text(), QStringLiteral("ABCD-EFGH"));
    QCOMPARE(label.secret(), QStringLiteral("ABCD-EFGH"));
    label.wipe();
    QVERIFY(label.text().isEmpty());
    QVERIFY(label.secret().isEmpty());
}

void TestSecretLabel::copiedSecretLeavesTheClipboard()
{
    SecretLabel label(QStringLiteral("Setup key"), 1.15, 8, 12);
    label.showSecret(QStringLiteral("ABCD EFGH"));
    label.copyToClipboard(QStringLiteral("ABCDEFGH"));
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("ABCDEFGH"));
    // Marked for clipboard managers (Klipper and those that follow it) to keep out of their history.
    QCOMPARE(QApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
             QByteArray("secret"));
    label.wipe();
    QVERIFY(QApplication::clipboard()->text().isEmpty());
}

void TestSecretLabel::laterClipboardTextStays()
{
    SecretLabel label(QStringLiteral("Recovery codes"), 1.4, 14, 28);
    label.showSecret(QStringLiteral("ABCDE-FGHJK"));
    label.copyToClipboard(QStringLiteral("ABCDE-FGHJK"));
    QApplication::clipboard()->setText(QStringLiteral("something else"));
    label.wipe();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("something else"));
}

void TestSecretLabel::noContextMenu()
{
    SecretLabel label(QStringLiteral("Recovery key"), 1.6, 14, 24);
    QCOMPARE(label.contextMenuPolicy(), Qt::NoContextMenu);
    QCOMPARE(label.textFormat(), Qt::PlainText);
    QCOMPARE(label.accessibleName(), QStringLiteral("Recovery key"));
    QVERIFY(label.font().bold());
}

QTEST_MAIN(TestSecretLabel)
#include "TestSecretLabel.moc"
