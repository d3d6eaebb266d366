// Certificate: the certificate of sanitization as an A4 PDF (NIST SP 800-88 Rev. 1, Appendix G).
#include "purge/Certificate.h"

#include "common/AtomicFile.h"
#include "storage/Schema.h"

#include <QBuffer>
#include <QColor>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <vector>

namespace dpp {

namespace {

// The drawing runs at 600 dpi in device units; every size below is in points (1/72 inch).
constexpr int kResolution = 600;
constexpr double kUnit = kResolution / 72.0;

constexpr double kMarginSide = 46;
constexpr double kMarginTop = 40;
constexpr double kMarginBottom = 40;
constexpr double kCellPadding = 4;
constexpr double kSectionGap = 8;
constexpr double kSignatureHeight = 46; // room for a handwritten signature
constexpr double kFieldHeight = 32; // a field filled in by hand

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kLabel(0x50, 0x50, 0x50);
const QColor kRule(0x7a, 0x7a, 0x7a);
const QColor kBar(0x1f, 0x3a, 0x5f);
const QColor kBarText(0xff, 0xff, 0xff);
const QColor kShade(0xee, 0xf1, 0xf5);
const QColor kPassed(0x1b, 0x6e, 0x20);
const QColor kFailed(0xb0, 0x00, 0x20);

enum class CellStyle
{
    Text,
    Mono, //!< hashes, ids, paths: broken anywhere, never at a hyphen only
    Checks, //!< "[X] Purge  [ ] Clear": the boxes in a fixed-width font, the chosen options bold
    Heading, //!< the heading row of the verification table
    Verdict, //!< PASSED in green or FAILED in red
};

struct Cell
{
    QString label; //!< NIST's field label, printed small above the value; empty: the value alone
    QString value;
    double span = 1.0; //!< share of the row's width
    CellStyle style = CellStyle::Text;
    double minHeight = 0; //!< room for a handwritten signature or date
};

using Row = std::vector<Cell>;

struct Section
{
    QString title;
    std::vector<Row> rows;
};

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString box(bool checked, const QString& option)
{
    return (checked ? QStringLiteral("[X] ") : QStringLiteral("[ ] ")) + option;
}

//! Between the options of a checkbox line; each option is placed whole, never broken.
const QString kOptionSeparator = QStringLiteral("\t");

QString options(const QStringList& boxes)
{
    return boxes.join(kOptionSeparator);
}

QString verdict(bool passed)
{
    return passed ? Certificate::tr("PASSED") : Certificate::tr("FAILED");
}

QString reasonText(PurgeReason reason)
{
    switch (reason) {
    case PurgeReason::Due:
        return Certificate::tr("retention period over (all due orders)");
    case PurgeReason::Selection:
        return Certificate::tr("orders selected by a person");
    case PurgeReason::DeletionRequest:
        return Certificate::tr("Amazon deletion request");
    }
    return {};
}

//! Lays out and draws the certificate: the sections of NIST's form, then the appendix of ids.
class Document final
{
public:
    Document(const PurgeRun& run, const CertificateParties& parties, QPdfWriter& writer)
        : m_run(run)
        , m_parties(parties)
        , m_writer(writer)
    {
        m_sans.setFamily(QStringLiteral("DejaVu Sans"));
        m_sans.setStyleHint(QFont::SansSerif);
        m_mono.setFamily(QStringLiteral("DejaVu Sans Mono"));
        m_mono.setStyleHint(QFont::Monospace);
        m_mono.setFixedPitch(true);
        // No ligatures: pdftotext would read "ﬁ" (U+FB01) for "fi", and a search for "Certificate" fails.
        m_sans.setStyleStrategy(QFont::PreferNoShaping);
        m_mono.setStyleStrategy(QFont::PreferNoShaping);
        m_pageWidth = m_writer.width() / kUnit;
        m_pageHeight = m_writer.height() / kUnit;
        m_bodyWidth = m_pageWidth - 2 * kMarginSide;
        buildSections();
    }

    //! Draws every page; false when the PDF engine refused a page.
    bool draw(QPainter& painter)
    {
        m_painter = nullptr;
        m_page = 1;
        layOut(); // without a painter: counts the pages for "Page N of M"
        m_pages = m_page;
        m_painter = &painter;
        m_page = 1;
        return layOut();
    }

private:
    QFont font(double points, bool bold = false, bool mono = false) const
    {
        QFont f = mono ? m_mono : m_sans;
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    // --- text ----------------------------------------------------------------------------------

    //! Lines of text wrapped to width (points) at word boundaries, or anywhere when a word is too
    //! long (a path, a hash). Returns the height in points; draws at topLeft when painting.
    double text(const QString& content, const QFont& f, double width, const QPointF& topLeft = {},
                const QColor& color = kInk, Qt::Alignment align = Qt::AlignLeft,
                const QList<QTextLayout::FormatRange>& formats = {})
    {
        QString s = content;
        s.replace(QLatin1Char('\n'), QChar::LineSeparator);
        QTextLayout layout(s, f, &m_writer);
        QTextOption option(align);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.setFormats(formats);
        layout.beginLayout();
        double y = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width * kUnit);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout.endLayout();
        if (m_painter) {
            m_painter->setPen(color);
            layout.draw(m_painter, topLeft * kUnit);
        }
        return y / kUnit;
    }

    //! Width in points of text on one line.
    double width(const QString& content, const QFont& f,
                 const QList<QTextLayout::FormatRange>& formats = {}) const
    {
        QTextLayout layout(content, f, &m_writer);
        layout.setFormats(formats);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setNumColumns(int(content.size()));
        layout.endLayout();
        return line.naturalTextWidth() / kUnit;
    }

    //! The options of a checkbox line side by side, wrapped between options; returns the height.
    double checks(const QString& value, double inner, const QPointF& topLeft)
    {
        constexpr double gap = 14;
        double x = 0;
        double y = 0;
        double lineHeight = 0;
        for (const QString& option : value.split(kOptionSeparator)) {
            const auto formats = checkFormats(option);
            const double w = width(option, font(9), formats);
            if (x > 0 && x + w > inner) {
                x = 0;
                y += lineHeight + 2;
            }
            lineHeight = text(option, font(9), std::max(w + 1, inner - x), topLeft + QPointF(x, y), kInk,
                              Qt::AlignLeft, formats);
            x += w + gap;
        }
        return y + lineHeight;
    }

    //! The boxes of a checkbox line in a fixed-width bold font (so "[ ]" is as wide as "[X]"),
    //! and each chosen option bold.
    QList<QTextLayout::FormatRange> checkFormats(const QString& s) const
    {
        QList<QTextLayout::FormatRange> formats;
        QTextCharFormat boxFormat;
        boxFormat.setFont(font(9, true, true));
        QTextCharFormat chosen;
        chosen.setFont(font(9, true));
        for (qsizetype i = s.indexOf(QLatin1Char('[')); i >= 0; i = s.indexOf(QLatin1Char('['), i + 1)) {
            if (i + 2 >= s.size() || s.at(i + 2) != QLatin1Char(']'))
                continue;
            formats.append({int(i), 3, boxFormat});
            if (s.at(i + 1) == QLatin1Char('X'))
                formats.append({int(i + 3), int(s.size() - i - 3), chosen});
        }
        return formats;
    }

    // --- cells and rows ------------------------------------------------------------------------

    double cellHeight(const Cell& cell, double width)
    {
        return drawCell(cell, QRectF(0, 0, width, 0), false);
    }

    //! Height of a cell (points); draws it into rect (whose height is the row's) when painting.
    double drawCell(const Cell& cell, const QRectF& rect, bool paint)
    {
        QPainter* painter = m_painter;
        if (!paint)
            m_painter = nullptr;
        const double inner = rect.width() - 2 * kCellPadding;
        double y = rect.top() + kCellPadding;
        if (m_painter && cell.style == CellStyle::Heading)
            m_painter->fillRect(QRectF(rect.topLeft() * kUnit, rect.size() * kUnit), kShade);
        if (!cell.label.isEmpty()) {
            y += text(cell.label, font(7, true), inner, QPointF(rect.left() + kCellPadding, y), kLabel);
            y += 1.5;
        }
        const QPointF at(rect.left() + kCellPadding, y);
        switch (cell.style) {
        case CellStyle::Text:
            y += text(cell.value, font(9), inner, at);
            break;
        case CellStyle::Mono:
            y += text(cell.value, font(8.5, false, true), inner, at);
            break;
        case CellStyle::Checks:
            y += checks(cell.value, inner, at);
            break;
        case CellStyle::Heading:
            y += text(cell.value, font(8, true), inner, at);
            break;
        case CellStyle::Verdict: {
            const bool passed = cell.value == verdict(true);
            y += text(cell.value, font(9.5, true), inner, at, passed ? kPassed : kFailed);
            break;
        }
        }
        y += kCellPadding;
        m_painter = painter;
        return std::max(y - rect.top(), cell.minHeight);
    }

    double rowHeight(const Row& row)
    {
        double height = 0;
        for (const Cell& cell : row)
            height = std::max(height, cellHeight(cell, cell.span * m_bodyWidth));
        return height;
    }

    void drawRow(const Row& row, double top, double height)
    {
        double x = kMarginSide;
        for (const Cell& cell : row) {
            const QRectF rect(x, top, cell.span * m_bodyWidth, height);
            if (m_painter) {
                drawCell(cell, rect, true);
                m_painter->setPen(QPen(kRule, 0.6 * kUnit));
                m_painter->setBrush(Qt::NoBrush);
                m_painter->drawRect(QRectF(rect.topLeft() * kUnit, rect.size() * kUnit));
            }
            x += rect.width();
        }
    }

    double sectionBar(const QString& title, double top)
    {
        const double height = 16;
        if (m_painter) {
            m_painter->fillRect(
                QRectF(QPointF(kMarginSide, top) * kUnit, QSizeF(m_bodyWidth, height) * kUnit), kBar);
            text(title, font(9.5, true), m_bodyWidth - 2 * kCellPadding,
                 QPointF(kMarginSide + kCellPadding, top + 2.5), kBarText);
        }
        return height;
    }

    // --- pages ---------------------------------------------------------------------------------

    double bodyTop() const { return kMarginTop + 14; }
    double bodyBottom() const { return m_pageHeight - kMarginBottom - 10; }

    //! The running header (from page 2) and the footer of the current page.
    void frame()
    {
        if (!m_painter)
            return;
        m_painter->setPen(QPen(kRule, 0.5 * kUnit));
        const double footerY = m_pageHeight - kMarginBottom;
        m_painter->drawLine(QPointF(kMarginSide, footerY) * kUnit,
                            QPointF(kMarginSide + m_bodyWidth, footerY) * kUnit);
        const QString left = Certificate::tr("Certificate of Sanitization, purge run %1").arg(m_run.runId);
        text(left, font(7.5), m_bodyWidth * 0.7, QPointF(kMarginSide, footerY + 4), kLabel);
        text(Certificate::tr("Page %1 of %2").arg(m_page).arg(m_pages), font(7.5), m_bodyWidth * 0.3,
             QPointF(kMarginSide + m_bodyWidth * 0.7, footerY + 4), kLabel, Qt::AlignRight);
        if (m_page > 1) {
            text(m_parties.organization, font(7.5), m_bodyWidth * 0.6, QPointF(kMarginSide, kMarginTop - 4),
                 kLabel);
            text(Certificate::tr("Purge run %1, finished %2").arg(m_run.runId).arg(isoUtc(m_run.finishedAt)),
                 font(7.5), m_bodyWidth * 0.4, QPointF(kMarginSide + m_bodyWidth * 0.6, kMarginTop - 4),
                 kLabel, Qt::AlignRight);
            m_painter->setPen(QPen(kRule, 0.5 * kUnit));
            m_painter->drawLine(QPointF(kMarginSide, kMarginTop + 7) * kUnit,
                                QPointF(kMarginSide + m_bodyWidth, kMarginTop + 7) * kUnit);
        }
    }

    bool newPage()
    {
        ++m_page;
        if (m_painter && !m_writer.newPage())
            return false;
        frame();
        return true;
    }

    //! Title block of page 1; returns where the first section starts.
    double titleBlock()
    {
        double y = kMarginTop - 8;
        y += text(Certificate::tr("Certificate of Sanitization"), font(20, true), m_bodyWidth,
                  QPointF(kMarginSide, y), kBar, Qt::AlignHCenter);
        if (!m_parties.organization.isEmpty())
            y += text(m_parties.organization, font(11), m_bodyWidth, QPointF(kMarginSide, y), kInk,
                      Qt::AlignHCenter);
        y += 2;
        y += text(
            Certificate::tr("After NIST SP 800-88 Rev. 1, Appendix G, adapted to the records of a database"),
            font(7.5), m_bodyWidth, QPointF(kMarginSide, y), kLabel, Qt::AlignHCenter);
        y += 8;
        // The summary an auditor looks for first: which run, how many orders, and the verdict.
        const bool passed = m_run.verification.passed();
        const Row summary{
            {Certificate::tr("Purge Run"), QString::number(m_run.runId), 0.16},
            {Certificate::tr("Orders Sanitized"), QLocale().toString(qlonglong(m_run.orderIds.size())), 0.2},
            {Certificate::tr("Finished (UTC)"), isoUtc(m_run.finishedAt), 0.34},
            {Certificate::tr("Verification"), verdict(passed), 0.3, CellStyle::Verdict},
        };
        const double height = rowHeight(summary);
        drawRow(summary, y, height);
        y += height;
        if (!passed) {
            y += 3;
            y += text(Certificate::tr("The verification failed: this run is not certified as a completed "
                                      "sanitization. The failed checks are in section 3."),
                      font(8.5, true), m_bodyWidth, QPointF(kMarginSide, y), kFailed);
        }
        return y + kSectionGap;
    }

    //! The appendix: every purged order id, numbered, top to bottom in columns, page after page.
    bool appendix()
    {
        if (!newPage())
            return false;
        double y = bodyTop();
        const qsizetype count = m_run.orderIds.size();
        y += sectionBar(Certificate::tr("APPENDIX: SANITIZED ORDERS"), y) + 4;
        y += text(
            Certificate::tr("The order ids of purge run %2 (%1 in all), sorted. Their SHA-256, over the ids "
                            "joined by line feeds (no final line feed):")
                .arg(QLocale().toString(qlonglong(count)))
                .arg(m_run.runId),
            font(8.5), m_bodyWidth, QPointF(kMarginSide, y));
        y += text(m_run.idsSha256, font(8.5, false, true), m_bodyWidth, QPointF(kMarginSide, y)) + 8;
        if (count == 0) {
            text(Certificate::tr("No order was purged in this run."), font(9), m_bodyWidth,
                 QPointF(kMarginSide, y));
            return true;
        }

        const QFont idFont = font(8, false, true);
        const QFontMetricsF metrics(idFont, &m_writer);
        qsizetype longest = 0;
        for (const QString& id : m_run.orderIds)
            longest = std::max(longest, id.size());
        const QString numberSample(QString::number(count).size() + 1, QLatin1Char('0'));
        const double numberWidth = metrics.horizontalAdvance(numberSample) / kUnit;
        const double idWidth = metrics.horizontalAdvance(QString(longest, QLatin1Char('0'))) / kUnit;
        const double gap = 10;
        const int columns = std::max(1, int((m_bodyWidth + gap) / (numberWidth + 6 + idWidth + gap)));
        const double columnWidth = (m_bodyWidth + gap) / columns;
        const double lineHeight = metrics.height() / kUnit * 1.3;

        qsizetype next = 0;
        while (next < count) {
            if (next > 0) {
                if (!newPage())
                    return false;
                y = bodyTop();
                y += sectionBar(Certificate::tr("APPENDIX: SANITIZED ORDERS (CONTINUED)"), y) + 8;
            }
            const int rows = std::max(1, int((bodyBottom() - y) / lineHeight));
            const qsizetype onPage = std::min<qsizetype>(count - next, qsizetype(rows) * columns);
            const int rowsUsed = int((onPage + columns - 1) / columns);
            for (qsizetype i = 0; i < onPage; ++i) {
                const int column = int(i / rowsUsed);
                const int row = int(i % rowsUsed);
                const double x = kMarginSide + column * columnWidth;
                const double top = y + row * lineHeight;
                if (m_painter && row % 2 == 1)
                    m_painter->fillRect(QRectF(QPointF(x - 2, top - 1) * kUnit,
                                               QSizeF(columnWidth - gap + 4, lineHeight) * kUnit),
                                        kShade);
                text(QString::number(next + i + 1) + QLatin1Char('.'), idFont, numberWidth, QPointF(x, top),
                     kLabel, Qt::AlignRight);
                text(m_run.orderIds.at(next + i), idFont, idWidth + 2, QPointF(x + numberWidth + 6, top));
            }
            next += onPage;
        }
        return true;
    }

    bool layOut()
    {
        frame();
        double y = titleBlock();
        const double pageBody = bodyBottom() - bodyTop();
        for (const Section& section : m_sections) {
            // Rows without labels (the verification table) stay together, and so does a short
            // section (signature, validation); a long one flows on with a "continued" bar.
            std::vector<std::vector<const Row*>> groups;
            double height = 0;
            for (const Row& row : section.rows) {
                const bool table = row.front().label.isEmpty();
                if (groups.empty() || !table || !groups.back().back()->front().label.isEmpty())
                    groups.emplace_back();
                groups.back().push_back(&row);
                height += rowHeight(row);
            }
            if (height <= pageBody * 0.4) {
                std::vector<const Row*> all;
                for (const auto& group : groups)
                    all.insert(all.end(), group.begin(), group.end());
                groups = {all};
            }
            bool first = true;
            for (const auto& group : groups) {
                double groupHeight = first ? 16 : 0;
                for (const Row* row : group)
                    groupHeight += rowHeight(*row);
                if (y + groupHeight > bodyBottom()) {
                    if (!newPage())
                        return false;
                    y = bodyTop();
                    if (!first)
                        y += sectionBar(Certificate::tr("%1 (CONTINUED)").arg(section.title), y);
                }
                if (first)
                    y += sectionBar(section.title, y);
                first = false;
                for (const Row* row : group) {
                    const double h = rowHeight(*row);
                    drawRow(*row, y, h);
                    y += h;
                }
            }
            y += kSectionGap;
        }
        return appendix();
    }

    // --- content -------------------------------------------------------------------------------

    //! The reason, with the deletion request's reference or the restore it belongs to.
    static QString reasonOf(const PurgeRun& run)
    {
        QString text = reasonText(run.reason);
        if (!run.deletionRequestReference.isEmpty())
            text = Certificate::tr("%1 (reference %2)").arg(text, run.deletionRequestReference);
        if (run.context.startsWith(QLatin1String("restore:")))
            text = Certificate::tr("%1, replayed during a restore from a backup").arg(text);
        return text;
    }

    QString notes(const QString& count) const
    {
        QStringList notes{
            Certificate::tr(
                "This certificate holds no buyer data. The order ids (%1 in all) are in the appendix; "
                "the SHA-256 in section 2 lets anyone check that list.")
                .arg(count)};
        if (m_run.taxArchived > 0)
            notes << Certificate::tr(
                         "Before the purge, the invoice fields of the orders on tax hold (%1 of them) were "
                         "sealed into the tax archive %2 (SHA-256 %3), for offline storage.")
                         .arg(QLocale().toString(m_run.taxArchived),
                              QFileInfo(m_run.taxArchivePath).fileName(), m_run.taxArchiveSha256);
        if (m_run.context.startsWith(QLatin1String("restore:")))
            notes << Certificate::tr(
                         "Run while restoring the backup %1: the orders that the purge ledger records "
                         "as purged after that backup was made, and those due under the retention "
                         "rules, were purged again in the restored copy before anyone could see it.")
                         .arg(m_run.context.mid(8));
        return notes.join(QLatin1Char(' '));
    }

    void buildSections()
    {
        const PurgeVerification& v = m_run.verification;
        const QString none = Certificate::tr("not given");
        const auto orNone = [&none](const QString& s) { return s.isEmpty() ? none : s; };
        const QString count = QLocale().toString(qlonglong(m_run.orderIds.size()));

        m_sections.push_back({Certificate::tr("1. PERSON PERFORMING SANITIZATION"),
                              {
                                  {{Certificate::tr("Name"), orNone(m_parties.performerName), 0.4},
                                   {Certificate::tr("Title"), orNone(m_parties.performerTitle), 0.35},
                                   {Certificate::tr("Account"), orNone(m_run.actor), 0.25, CellStyle::Mono}},
                                  {{Certificate::tr("Organization"), orNone(m_parties.organization), 0.4},
                                   {Certificate::tr("Location"), orNone(m_parties.location), 0.35},
                                   {Certificate::tr("Phone"), orNone(m_parties.contact), 0.25}},
                              }});

        // Data backed up: the caller says whether backups from before the run are live, and where.
        using BackedUp = CertificateParties::BackedUp;
        const BackedUp backedUp = m_parties.backedUp;
        QString dueSpan = Certificate::tr("none of the orders had a due date");
        if (m_run.oldestDue.isValid() && m_run.newestDue.isValid())
            dueSpan = Certificate::tr("from %1 to %2").arg(isoUtc(m_run.oldestDue), isoUtc(m_run.newestDue));
        m_sections.push_back(
            {Certificate::tr("2. MEDIA INFORMATION"),
             {
                 {{Certificate::tr("Make/ Vendor"), Certificate::tr("SQLCipher database"), 0.5},
                  {Certificate::tr("Model Number"),
                   Certificate::tr("DPP Console schema version %1").arg(Schema::latestVersion()), 0.5}},
                 {{Certificate::tr("Serial Number"), orNone(m_run.databaseId), 0.5, CellStyle::Mono},
                  {Certificate::tr("Media Property Number"),
                   Certificate::tr("not applicable: records within the database, not a device"), 0.5}},
                 {{Certificate::tr("Media Type"),
                   Certificate::tr("encrypted database records (orders' buyer data)"), 0.5},
                  {Certificate::tr("Source (user name or PC property number)"), orNone(m_run.databasePath),
                   0.5, CellStyle::Mono}},
                 {{Certificate::tr("Classification"), Certificate::tr("Amazon Information: buyer PII"), 0.5},
                  {Certificate::tr("Data Backed Up"),
                   options({box(backedUp == BackedUp::Yes, Certificate::tr("Yes")),
                            box(backedUp == BackedUp::No, Certificate::tr("No")),
                            box(backedUp == BackedUp::Unknown, Certificate::tr("Unknown"))}),
                   0.5, CellStyle::Checks}},
                 {{Certificate::tr("Backup Location"),
                   m_parties.backupNote.isEmpty() ? Certificate::tr("unknown") : m_parties.backupNote, 1.0}},
                 {{Certificate::tr("Records Sanitized"),
                   m_run.orderIds.size() == 1 ? Certificate::tr("1 order")
                                              : Certificate::tr("%1 orders").arg(count),
                   0.25},
                  {Certificate::tr("Due Dates of the Orders (UTC)"), dueSpan, 0.75}},
                 {{Certificate::tr(
                       "SHA-256 of the Order Ids (sorted, joined by line feeds; listed in the appendix)"),
                   orNone(m_run.idsSha256), 1.0, CellStyle::Mono}},
             }});

        const QString details = Certificate::tr(
            "Cryptographic erase: the data key of each order was destroyed, so its sealed buyer data can "
            "never "
            "be decrypted again. The order's PII and key rows were deleted with secure_delete on (their "
            "bytes "
            "overwritten with zeros) and a tombstone (order id and time, no buyer data) went to the purge "
            "ledger, in one transaction. Then VACUUM rewrote the database (no free page keeps old bytes) and "
            "wal_checkpoint(TRUNCATE) emptied the write-ahead log.");
        const QString blank = QStringLiteral("____________");
        const auto check = [](const QString& name, const QString& found, bool passed) {
            return Row{{QString(), name, 0.3},
                       {QString(), found, 0.55},
                       {QString(), verdict(passed), 0.15, CellStyle::Verdict}};
        };
        const QString walFound = v.walBytes < 0
            ? Certificate::tr("not measured (0 bytes expected)")
            : Certificate::tr("%1 bytes in the -wal file (0 expected)").arg(QLocale().toString(v.walBytes));
        const QString freeFound = v.freePages < 0
            ? Certificate::tr("not measured (0 expected)")
            : Certificate::tr("free pages: %1 (0 expected)").arg(QLocale().toString(v.freePages));
        m_sections.push_back(
            {Certificate::tr("3. SANITIZATION DETAILS"),
             {
                 {{Certificate::tr("Method Type"),
                   options({box(false, Certificate::tr("Clear")), box(true, Certificate::tr("Purge")),
                            box(false, Certificate::tr("Damage")), box(false, Certificate::tr("Destruct"))}),
                   1.0, CellStyle::Checks}},
                 {{Certificate::tr("Method Used"),
                   options({box(false, Certificate::tr("Degauss")), box(true, Certificate::tr("Overwrite")),
                            box(false, Certificate::tr("Block Erase")),
                            box(true, Certificate::tr("Crypto Erase")),
                            box(false, Certificate::tr("Other: %1").arg(blank))}),
                   1.0, CellStyle::Checks}},
                 {{Certificate::tr("Method Details"), details, 1.0}},
                 {{Certificate::tr("Run Id"), QString::number(m_run.runId), 0.12},
                  {Certificate::tr("Reason"), reasonOf(m_run), 0.32},
                  {Certificate::tr("Started (UTC)"), isoUtc(m_run.startedAt), 0.28},
                  {Certificate::tr("Finished (UTC)"), isoUtc(m_run.finishedAt), 0.28}},
                 {{Certificate::tr("Tool Used (include version)"), orNone(m_run.toolVersion), 1.0}},
                 {{Certificate::tr("Verification Method"),
                   options({box(true, Certificate::tr("Full")), box(false, Certificate::tr("Quick Sampling")),
                            box(false, Certificate::tr("Other: %1").arg(blank))}),
                   1.0, CellStyle::Checks}},
                 {{QString(), Certificate::tr("Verification check"), 0.3, CellStyle::Heading},
                  {QString(), Certificate::tr("Found"), 0.55, CellStyle::Heading},
                  {QString(), Certificate::tr("Result"), 0.15, CellStyle::Heading}},
                 check(Certificate::tr("Rows gone"),
                       v.rowsGone
                           ? Certificate::tr("no order_pii or wrapped_keys row of a purged order is left")
                           : Certificate::tr("rows of purged orders are still in order_pii or wrapped_keys"),
                       v.rowsGone),
                 check(Certificate::tr("Pages scanned and clean"),
                       (v.pagesClean
                            ? Certificate::tr("%1 decrypted pages read, free pages included; none holds a "
                                              "purged key or sealed box")
                            : Certificate::tr("%1 decrypted pages read, free pages included; a purged key "
                                              "or sealed box was found"))
                           .arg(QLocale().toString(v.pagesScanned)),
                       v.pagesClean),
                 check(Certificate::tr("Needles searched"),
                       Certificate::tr(
                           "%1 data keys and PII ciphertexts taken before the purge, searched for in "
                           "every page")
                           .arg(QLocale().toString(v.needlesSearched)),
                       v.pagesClean),
                 check(Certificate::tr("WAL after checkpoint"), walFound, v.walBytes == 0),
                 check(Certificate::tr("Free pages after VACUUM"), freeFound, v.freePages == 0),
                 {{QString(), Certificate::tr("Method of reading"), 0.3}, {QString(), orNone(v.method), 0.7}},
                 {{QString(), Certificate::tr("Verification result"), 0.85, CellStyle::Heading},
                  {QString(), verdict(v.passed()), 0.15, CellStyle::Verdict}},
                 {{Certificate::tr("Post Sanitization Classification"),
                   Certificate::tr("no buyer PII of these orders remains; order ids and tombstones are kept"),
                   1.0}},
                 {{Certificate::tr("Notes"), notes(count), 1.0}},
             }});

        m_sections.push_back(
            {Certificate::tr("4. MEDIA DESTINATION"),
             {
                 {{QString(),
                   options({box(true, Certificate::tr("Internal Reuse")),
                            box(false, Certificate::tr("External Reuse")),
                            box(false, Certificate::tr("Recycling Facility")),
                            box(false, Certificate::tr("Manufacturer")),
                            box(false, Certificate::tr("Other (specify in details area)"))}),
                   1.0, CellStyle::Checks}},
                 {{Certificate::tr("Details"),
                   Certificate::tr("The database stays in use; only the buyer data of the orders listed was "
                                   "sanitized."),
                   1.0}},
             }});

        m_sections.push_back(
            {Certificate::tr("5. SIGNATURE"),
             {
                 {{QString(),
                   Certificate::tr(
                       "I attest that the sanitization recorded in this certificate was performed as "
                       "described above, on the records listed in the appendix."),
                   1.0}},
                 {{Certificate::tr("Signature"), QString(), 0.65, CellStyle::Text, kSignatureHeight},
                  {Certificate::tr("Date"), QString(), 0.35, CellStyle::Text, kSignatureHeight}},
             }});

        m_sections.push_back(
            {Certificate::tr("6. VALIDATION"),
             {
                 {{Certificate::tr("Name"), QString(), 0.35, CellStyle::Text, kFieldHeight},
                  {Certificate::tr("Title"), QString(), 0.3, CellStyle::Text, kFieldHeight},
                  {Certificate::tr("Organization"), QString(), 0.35, CellStyle::Text, kFieldHeight}},
                 {{Certificate::tr("Location"), QString(), 0.5, CellStyle::Text, kFieldHeight},
                  {Certificate::tr("Phone"), QString(), 0.5, CellStyle::Text, kFieldHeight}},
                 {{Certificate::tr("Signature"), QString(), 0.65, CellStyle::Text, kSignatureHeight},
                  {Certificate::tr("Date"), QString(), 0.35, CellStyle::Text, kSignatureHeight}},
             }});
    }

    const PurgeRun& m_run;
    const CertificateParties& m_parties;
    QPdfWriter& m_writer;
    QFont m_sans;
    QFont m_mono;
    QPainter* m_painter = nullptr; //!< null while measuring
    std::vector<Section> m_sections;
    double m_pageWidth = 0;
    double m_pageHeight = 0;
    double m_bodyWidth = 0;
    int m_page = 1;
    int m_pages = 1;
};

} // namespace

Result<QString> Certificate::write(const PurgeRun& run, const CertificateParties& parties,
                                   const QString& path)
{
    const auto failed = [&path](const QString& why) {
        return Error(ErrorCode::Failed,
                     tr("The certificate of sanitization could not be written to %1: %2").arg(path, why));
    };

    // Drawn into memory first: the file at path appears whole through writeFileAtomically, or not at all.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        // PDF/A-1b, the archival profile: a certificate is kept for years and must read the same then.
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        writer.setTitle(tr("Certificate of Sanitization, purge run %1").arg(run.runId));
        writer.setCreator(run.toolVersion.isEmpty() ? QStringLiteral("DPP Console") : run.toolVersion);

        QPainter painter;
        if (!painter.begin(&writer))
            return failed(tr("the PDF could not be started"));
        painter.setRenderHint(QPainter::Antialiasing);
        Document document(run, parties, writer);
        const bool drawn = document.draw(painter);
        if (!painter.end() || !drawn)
            return failed(tr("the PDF could not be drawn"));
    }
    const QByteArray pdf = buffer.data();
    if (!pdf.startsWith("%PDF-"))
        return failed(tr("the PDF could not be drawn"));
    if (auto written = writeFileAtomically(path, pdf); !written)
        return Error(written.error().code(),
                     tr("The certificate of sanitization was not saved. %1").arg(written.error().message()));
    return QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
}

Result<QString> Certificate::fingerprint(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(file.error() == QFileDevice::OpenError && !file.exists() ? ErrorCode::NotFound
                                                                              : ErrorCode::Failed,
                     tr("Cannot read %1: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file) || file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Failed, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace dpp
