// CoreMessages: core messages the console shows inline, listed for lupdate under the context the
// core translates them with at run time. Vault.cpp, PasswordPolicy.cpp, KeySlotFile.cpp and
// Primitives.cpp call tr() through local helpers whose context lupdate cannot see, so their texts
// are repeated here; TestTranslations checks that each one still occurs in app/ verbatim and has a
// German translation. Not compiled into the program: only lupdate and that test read it.
#pragma once

#include <QtGlobal>

namespace dpp::ui {

struct CoreMessage
{
    const char* context;
    const char* text;
};

inline constexpr CoreMessage CoreMessages[] = {
    // Signing in (Vault::unlock) and creating (Vault::create)
    {"dpp::Vault", QT_TRANSLATE_NOOP("dpp::Vault", "Wrong user name or password.")},
    {"dpp::Vault", QT_TRANSLATE_NOOP("dpp::Vault", "There is no DPP Console database at %1.")},
    {"dpp::Vault", QT_TRANSLATE_NOOP("dpp::Vault", "The account %1 is disabled.")},
    {"dpp::Vault",
     QT_TRANSLATE_NOOP("dpp::Vault", "The account %1 is locked. An administrator can unlock it.")},
    {"dpp::Vault", QT_TRANSLATE_NOOP("dpp::Vault", "The key slot of %1 has no account in the database.")},
    {"dpp::Vault", QT_TRANSLATE_NOOP("dpp::Vault", "The key file %1 belongs to another database.")},
    {"dpp::Vault", QT_TRANSLATE_NOOP("dpp::Vault", "Enter the person's name.")},
    {"dpp::Vault",
     QT_TRANSLATE_NOOP("dpp::Vault", "A DPP Console database already exists at %1; it was left untouched.")},
    {"dpp::Vault",
     QT_TRANSLATE_NOOP("dpp::Vault",
                       "A user name has 2 to 32 lower-case letters, digits, '.', '_' or '-', and "
                       "starts with a letter (\"recovery\" and \"scheduler\" are reserved).")},
    // The password rules (PasswordPolicy::check)
    {"dpp::PasswordPolicy",
     QT_TRANSLATE_NOOP("dpp::PasswordPolicy", "The password must have at least 12 characters.")},
    {"dpp::PasswordPolicy",
     QT_TRANSLATE_NOOP("dpp::PasswordPolicy",
                       "The password must mix at least three of: lower-case letters, "
                       "capitals, digits, other characters.")},
    {"dpp::PasswordPolicy",
     QT_TRANSLATE_NOOP("dpp::PasswordPolicy", "The password must not contain the user name.")},
    // A damaged or foreign key file (KeySlotFile::load, verifyMac)
    {"dpp::KeySlotFile", QT_TRANSLATE_NOOP("dpp::KeySlotFile", "The key file %1 is missing.")},
    {"dpp::KeySlotFile", QT_TRANSLATE_NOOP("dpp::KeySlotFile", "The key file %1 cannot be read: %2")},
    {"dpp::KeySlotFile", QT_TRANSLATE_NOOP("dpp::KeySlotFile", "%1 is not a DPP Console key file.")},
    {"dpp::KeySlotFile",
     QT_TRANSLATE_NOOP("dpp::KeySlotFile",
                       "The key file %1 is damaged (field %2); restore it from a backup copy.")},
    {"dpp::KeySlotFile",
     QT_TRANSLATE_NOOP("dpp::KeySlotFile",
                       "The key file was changed outside DPP Console (its MAC does not match). "
                       "Restore it from a backup copy and rotate the database key.")},
    // Opening the database file (Database::open)
    {"dpp::Database", QT_TRANSLATE_NOOP("dpp::Database", "Wrong key, or not a DPP Console database: %1")},
    {"dpp::Database",
     QT_TRANSLATE_NOOP("dpp::Database", "The database file %1 is empty; it is not a DPP Console database.")},
    {"dpp::Database", QT_TRANSLATE_NOOP("dpp::Database", "Cannot open the database file %1: %2")},
    // Argon2id (crypto::argon2id)
    {"dpp::crypto", QT_TRANSLATE_NOOP("dpp::crypto", "Not enough memory to derive the key (Argon2id).")},
};

} // namespace dpp::ui
