// Certificate: the certificate of sanitization of one purge run (issue 6, item 4), a PDF in the
// layout of NIST SP 800-88 Rev. 1's sample certificate (Appendix G; its fields in
// ../shared/reference/nist-800-88r1-certificate-of-sanitization.txt), adapted to records. Drawn
// with QPdfWriter, so a program without a display needs the offscreen platform (dppctl sets it).
#pragma once

#include "common/Result.h"
#include "purge/PurgeEngine.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dpp {

class Vault;

//! Who performs and who validates, and the organisation, as the certificate prints them.
struct CertificateParties
{
    QString organization; //!< setting certificate.organization, else the database's name
    QString location; //!< setting certificate.location
    QString performerName; //!< the person who ran the purge (display name), or "Scheduler (unattended)"
    QString performerTitle; //!< their roles, e.g. "Data Protection Officer"
    QString contact; //!< setting certificate.contact (phone or e-mail of the DPO's office)
    //! Whether a backup made before the run may still hold the orders' data (issue 6, item 6).
    enum class BackedUp
    {
        Unknown,
        No, //!< no backup DPP Console made before the run is still live
        Yes, //!< backupNote says which and where
    };
    BackedUp backedUp = BackedUp::Unknown;
    QString backupNote; //!< "Backup Location": the live backups made before the run, or why none
};

class Certificate final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::Certificate)

public:
    /*!
     * Draws the certificate of run to a PDF at path (atomically: a temporary file renamed into
     * place). Sections as NIST's sample: 1 person performing sanitization; 2 media information
     * (make/vendor "SQLCipher database", model = DPP Console schema version, serial = database id,
     * media type "encrypted database records", source = the database file, classification
     * "Amazon Information: buyer PII", data backed up yes/no/unknown and location); 3 sanitization
     * details (method type Purge; method used Crypto Erase and Overwrite; method details; tool
     * used with version; verification method Full and its result, each check; post-sanitization
     * classification; notes); 4 media destination (Internal reuse: the database stays in use); 5
     * signature (attestation sentence, signature and date lines); 6 validation (name, title,
     * organization, location, phone, signature, date lines). It states the number of orders, the
     * time span of their due dates, the SHA-256 over the sorted ids, and lists the ids in an
     * appendix (continued pages). Never any PII. Returns the SHA-256 (hex) of the PDF's bytes.
     */
    static Result<QString> write(const PurgeRun& run, const CertificateParties& parties, const QString& path);

    //! The SHA-256 (hex) of a file, as write() returns it and the audit log records it.
    static Result<QString> fingerprint(const QString& path);
};

} // namespace dpp
