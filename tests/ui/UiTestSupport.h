// Helpers for the widget tests: find a widget by objectName or fail, type into a field, save a
// screenshot to $DPP_SCREENSHOT_DIR when it is set.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QWidget>

namespace dpp::test {

//! The child of root named name, of type T; null (and a test failure message) when missing.
template <typename T> T* child(QWidget* root, const char* name)
{
    T* found = root->findChild<T*>(QLatin1String(name));
    if (!found)
        qWarning("no widget named %s of the expected type", name);
    return found;
}

//! Replaces a line edit's text by typing, as a person would (key events, so watchers see them).
inline void typeInto(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

//! Saves root as <DPP_SCREENSHOT_DIR>/<name>.png; does nothing when the variable is not set.
inline void saveScreenshot(QWidget* root, const QString& name)
{
    const QString dir = qEnvironmentVariable("DPP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Layout requests are posted events: let a text set just now reach its final geometry first.
    QTest::qWait(30);
    // A text set at the end of the wait (a timer's result, such as the Overview's audit state) still
    // has its requests queued, one widget level a pass: without these the grab shows the label one
    // line high while its text already needs two.
    for (int pass = 0; pass < 8; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (!root->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))))
        qWarning("could not save the screenshot %s", qPrintable(name));
}

//! Every text the widgets under root show (labels, line edits), for "is it gone" checks.
inline QString visibleTexts(QWidget* root)
{
    QStringList texts;
    for (const QLabel* label : root->findChildren<QLabel*>())
        texts.append(label->text());
    for (const QLineEdit* edit : root->findChildren<QLineEdit*>())
        texts.append(edit->text());
    return texts.join(QLatin1Char('\n'));
}

} // namespace dpp::test
