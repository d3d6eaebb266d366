// FirstStartPage: see the header. The password is checked live for feedback (PasswordPolicy and
// zxcvbn), checked again on submit, then taken out of the fields into a wiping buffer
// (NewPasswordFields).
#include "FirstStartPage.h"

#include "BackgroundJob.h"
#include "CapsLockWatcher.h"
#include "InlineMessage.h"
#include "NewPasswordFields.h"
#include "PageLayout.h"
#include "RestoreForm.h"
#include "orders/DemoOrders.h"
#include "orders/OrderStore.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <utility>

namespace dpp::ui {

namespace {

//! What the background job hands back: the new vault, and why demo orders failed, if they did.
struct Creation
{
    Result<Vault::Created> created;
    QString demoProblem;
};

} // namespace

FirstStartPage::FirstStartPage(VaultPaths paths, QWidget* parent)
    : QWidget(parent)
    , m_paths(std::move(paths))
{
    setObjectName(QStringLiteral("firstStartPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_steps = new QStackedWidget(this);
    m_steps->setObjectName(QStringLiteral("firstStartSteps"));
    outer->addWidget(m_steps);
    m_createStep = new QWidget(m_steps);
    m_createStep->setObjectName(QStringLiteral("firstStartCreateStep"));
    m_steps->addWidget(m_createStep);
    QWidget* card = makeCenteredCard(m_createStep, 640);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);

    layout->addWidget(makeTitle(tr("Create the database"), card));
    auto* intro = makeParagraph(tr("This is the first start of DPP Console. Create the encrypted database "
                                   "and its first user, who holds every role until you add more people."),
                                card);
    layout->addWidget(intro);
    auto* location = makeParagraph(tr("The database will be created at %1").arg(m_paths.database()), card);
    location->setObjectName(QStringLiteral("databaseLocation"));
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(location);

    m_form = new QWidget(card);
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 8, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop); // level with the field, above its hints
    form->setVerticalSpacing(10);

    m_userName = new QLineEdit(m_form);
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setMaxLength(32);
    m_userName->setPlaceholderText(tr("e.g. j.smith"));
    m_userNameHint = makeHint(m_form);
    m_userNameHint->setObjectName(QStringLiteral("userNameHint"));
    addFieldRow(form, tr("&User name:"), m_userName, {m_userNameHint});

    m_displayName = new QLineEdit(m_form);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setMaxLength(200);
    m_displayName->setPlaceholderText(tr("e.g. Jane Smith"));
    addFieldRow(form, tr("Full &name:"), m_displayName);

    m_password = new NewPasswordFields(
        form,
        {.label = tr("&Password:"),
         .repeatLabel = tr("&Repeat password:"),
         .passwordName = QStringLiteral("passwordEdit"),
         .meterName = QStringLiteral("strengthMeter"),
         .feedbackName = QStringLiteral("passwordFeedback"),
         .repeatName = QStringLiteral("repeatPasswordEdit"),
         .repeatFeedbackName = QStringLiteral("repeatFeedback"),
         .rule = tr("At least 12 characters with three of: lower-case letters, capitals, digits, other "
                    "characters. Several unrelated words make a strong password that is easy to remember."),
         .mismatchProblem
         = tr("The two passwords do not match. Type the password again in “Repeat password”.")});
    m_password->setUserName([this] { return m_userName->text(); });
    m_password->setUserWords([this] { return userWords(); });
    layout->addWidget(m_form);

    // Off by default: a database meant for real orders should not start with invented ones.
    m_demoOrders = new QCheckBox(tr("Add %1 demo orders with made-up buyers, to try the console")
                                     .arg(QLocale().toString(DemoOrderCount)),
                                 card);
    m_demoOrders->setObjectName(QStringLiteral("demoOrdersCheck"));
    layout->addWidget(m_demoOrders);
    auto* demoHint = makeHint(card);
    demoHint->setObjectName(QStringLiteral("demoOrdersHint"));
    setHint(demoHint,
            tr("Invented orders over the last 90 days (ids starting with 999-, buyers such as “Demo Buyer "
               "000042” on Example Street), so that the order lists, due dates and holds have something to "
               "show. Leave it off for a database that will hold real orders."),
            HintState::Neutral);
    layout->addWidget(demoHint);

    m_capsLock = new InlineMessage(card);
    m_capsLock->setObjectName(QStringLiteral("firstStartCapsLockWarning"));
    layout->addWidget(m_capsLock);
    m_capsWatcher = new CapsLockWatcher(this);
    m_capsWatcher->watch(m_password->password());
    m_capsWatcher->watch(m_password->repeat());
    connect(m_capsWatcher, &CapsLockWatcher::changed, this, [this](bool on) {
        m_capsLock->showMessage(InlineMessage::Kind::Warning, on ? tr("Caps Lock is on.") : QString());
    });

    m_error = new InlineMessage(card);
    m_error->setObjectName(QStringLiteral("firstStartError"));
    layout->addWidget(m_error);

    m_busyRow
        = makeBusyRow(tr("Creating the database and deriving the keys; this takes a few seconds…"), card);
    m_busyRow->setObjectName(QStringLiteral("busyIndicator"));
    m_busyRow->setVisible(false);
    layout->addWidget(m_busyRow);

    m_create = new QPushButton(tr("&Create database"), card);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    // Beside creating: a database lost (a dead disk, a new computer) comes back from its backup.
    m_restoreInstead = new QPushButton(tr("Restore from a &backup…"), card);
    m_restoreInstead->setObjectName(QStringLiteral("firstStartRestoreButton"));
    m_restoreInstead->setToolTip(tr("Make the database from a backup instead of starting a new one"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_restoreInstead);
    buttons->addStretch(1);
    buttons->addWidget(m_create);
    layout->addLayout(buttons);

    // The other step: restore the database from a backup.
    m_restoreStep = new QWidget(m_steps);
    m_restoreStep->setObjectName(QStringLiteral("firstStartRestoreStep"));
    m_steps->addWidget(m_restoreStep);
    QWidget* restoreCard = makeCenteredCard(m_restoreStep, 640);
    auto* restoreLayout = new QVBoxLayout(restoreCard);
    restoreLayout->setContentsMargins(28, 24, 28, 24);
    restoreLayout->setSpacing(12);
    restoreLayout->addWidget(makeTitle(tr("Restore from a backup"), restoreCard));
    auto* restoreIntro = makeParagraph(
        tr("The database will be made at %1 from the backup you choose. Sign in to the backup as you did "
           "when it was made: your user name, password and code then.")
            .arg(m_paths.database()),
        restoreCard);
    restoreIntro->setObjectName(QStringLiteral("restoreIntro"));
    restoreIntro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    restoreLayout->addWidget(restoreIntro);
    restoreLayout->addWidget(makeParagraph(
        tr("Before anything is shown, every order purged after the backup was made is purged again (from "
           "the purge ledger beside the database, %1, when it is still there: keep it), and every order "
           "due is purged. Purged buyer data never comes back.")
            .arg(QFileInfo(m_paths.ledger()).fileName()),
        restoreCard));
    m_restoreForm = new RestoreForm(RestoreForm::Target::Fixed, restoreCard);
    m_restoreForm->setFixedTarget(m_paths.database());
    restoreLayout->addWidget(m_restoreForm);
    m_createInstead = new QPushButton(tr("Create a &new database instead"), restoreCard);
    m_createInstead->setObjectName(QStringLiteral("firstStartCreateInsteadButton"));
    m_restore = new QPushButton(tr("Re&store"), restoreCard);
    m_restore->setObjectName(QStringLiteral("firstStartRestoreConfirmButton"));
    m_restore->setDefault(true);
    auto* restoreButtons = new QHBoxLayout;
    restoreButtons->addWidget(m_createInstead);
    restoreButtons->addStretch(1);
    restoreButtons->addWidget(m_restore);
    restoreLayout->addLayout(restoreButtons);
    m_steps->setCurrentWidget(m_createStep);

    setTabOrder(m_userName, m_displayName);
    setTabOrder(m_displayName, m_password->password());
    setTabOrder(m_password->password(), m_password->repeat());
    setTabOrder(m_password->repeat(), m_demoOrders);
    setTabOrder(m_demoOrders, m_create);
    setTabOrder(m_create, m_restoreInstead);
    setTabOrder(m_restore, m_createInstead);
    setFocusProxy(m_userName);

    connect(m_userName, &QLineEdit::textChanged, this, &FirstStartPage::updateUserNameHint);
    connect(m_userName, &QLineEdit::textChanged, m_password, &NewPasswordFields::update);
    connect(m_displayName, &QLineEdit::textChanged, m_password, &NewPasswordFields::update);
    // No dialog here, so Enter does not reach a default button by itself. An error is about the
    // last attempt: it goes as soon as the person changes anything.
    for (QLineEdit* edit : {m_userName, m_displayName, m_password->password(), m_password->repeat()}) {
        connect(edit, &QLineEdit::returnPressed, this, &FirstStartPage::submit);
        connect(edit, &QLineEdit::textEdited, m_error, &InlineMessage::clearMessage);
    }
    connect(m_create, &QPushButton::clicked, this, &FirstStartPage::submit);
    connect(m_restoreInstead, &QPushButton::clicked, this, &FirstStartPage::showRestore);
    connect(m_createInstead, &QPushButton::clicked, this, &FirstStartPage::showCreate);
    connect(m_restore, &QPushButton::clicked, this, &FirstStartPage::submitRestore);
    connect(m_restoreForm, &RestoreForm::submitRequested, this, &FirstStartPage::submitRestore);

    updateUserNameHint();
}

FirstStartPage::~FirstStartPage() = default;

void FirstStartPage::reset()
{
    ++m_generation;
    m_created.reset();
    m_demoProblem.clear();
    m_demoOrders->setChecked(false);
    m_userName->clear();
    m_displayName->clear();
    m_password->clear();
    m_capsWatcher->reset();
    m_error->clearMessage();
    setBusy(false);
    m_restored.reset();
    m_restoredUser.clear();
    m_restoring = false;
    m_restoreForm->reset();
    m_restore->setEnabled(true);
    m_createInstead->setEnabled(true);
    showCreate();
}

void FirstStartPage::showRestore()
{
    if (isBusy())
        return;
    m_steps->setCurrentWidget(m_restoreStep);
    setFocusProxy(m_restoreForm);
    m_restoreForm->setFocus();
}

void FirstStartPage::showCreate()
{
    if (m_restoring)
        return;
    m_restoreForm->clearError();
    m_steps->setCurrentWidget(m_createStep);
    setFocusProxy(m_userName);
    m_userName->setFocus();
}

bool FirstStartPage::isAtRestore() const
{
    return m_steps->currentWidget() == m_restoreStep;
}

RestoreOutcome FirstStartPage::takeRestored()
{
    RestoreOutcome outcome = std::move(*m_restored);
    m_restored.reset();
    return outcome;
}

void FirstStartPage::submitRestore()
{
    if (isBusy() || !isAtRestore())
        return;
    if (!m_restoreForm->validate())
        return;
    RestoreRequest request = m_restoreForm->takeRequest();
    const QString user = request.username;
    m_restoring = true;
    m_restore->setEnabled(false);
    m_createInstead->setEnabled(false);
    m_restoreForm->setBusy(
        tr("Restoring: checking the backup, signing you in to its copy, then purging again "
           "what was purged since; this takes a few seconds…"));
    const quint64 generation = m_generation;
    // No vault is open on the first start: a plain background job. A wrong password, a wrong code
    // or a damaged file leaves the target as it was (Backups::restore works in a folder beside it).
    runInBackground(
        this,
        [request = std::move(request)]() mutable {
            Result<RestoreOutcome> outcome = Backups::restore(request);
            request.password.clear();
            return outcome;
        },
        [this, generation, user](Result<RestoreOutcome> outcome) {
            if (generation != m_generation)
                return; // reset() came first
            m_restoring = false;
            m_restoreForm->setBusy(QString());
            m_restore->setEnabled(true);
            m_createInstead->setEnabled(true);
            if (!outcome) {
                m_restoreForm->showError(outcome.error());
                return;
            }
            m_restored = std::move(outcome).value();
            m_restoredUser = user;
            emit restored();
        });
}

Vault::Created FirstStartPage::takeCreated()
{
    Vault::Created created = std::move(*m_created);
    m_created.reset();
    return created;
}

QString FirstStartPage::takeDemoProblem()
{
    return std::exchange(m_demoProblem, QString());
}

QStringList FirstStartPage::userWords() const
{
    return {m_userName->text(), m_displayName->text(), QStringLiteral("dpp"), QStringLiteral("console"),
            QStringLiteral("amazon")};
}

void FirstStartPage::updateUserNameHint()
{
    const QString name = m_userName->text();
    const QString rule = tr("2 to 32 lower-case letters, digits, “.”, “_” or “-”, starting with a letter; "
                            "this is the name you sign in with.");
    if (name.isEmpty())
        setHint(m_userNameHint, rule, HintState::Neutral);
    else if (Vault::isValidUsername(name))
        setHint(m_userNameHint, tr("✓ %1").arg(rule), HintState::Good);
    else if (name == QLatin1String("recovery") || name == QLatin1String("scheduler"))
        setHint(m_userNameHint, tr("“%1” is reserved; choose another name.").arg(name), HintState::Error);
    else
        setHint(m_userNameHint, rule, HintState::Error);
}

void FirstStartPage::showError(const QString& message)
{
    m_error->showMessage(InlineMessage::Kind::Error, message);
}

void FirstStartPage::setBusy(bool busy)
{
    m_busy = busy;
    m_form->setEnabled(!busy);
    m_create->setEnabled(!busy);
    m_demoOrders->setEnabled(!busy);
    m_restoreInstead->setEnabled(!busy);
    m_busyRow->setVisible(busy);
}

void FirstStartPage::submit()
{
    if (m_busy)
        return;
    m_error->clearMessage();
    const QString username = m_userName->text();
    if (!Vault::isValidUsername(username)) {
        showError(tr("Choose a user name of 2 to 32 lower-case letters, digits, “.”, “_” or “-” that "
                     "starts with a letter."));
        m_userName->setFocus();
        return;
    }
    const QString displayName = m_displayName->text().trimmed();
    if (displayName.isEmpty()) {
        showError(tr("Enter the person's full name."));
        m_displayName->setFocus();
        return;
    }
    // Checked while the text is still in the fields, so that a refused password can be fixed rather
    // than typed again.
    if (const QString problem = m_password->problem(); !problem.isEmpty()) {
        showError(problem);
        return;
    }

    NewUser user{username, displayName, m_password->take()};
    const bool demo = m_demoOrders->isChecked();
    if (auto* busyText = m_busyRow->findChild<QLabel*>())
        busyText->setText(
            demo ? tr("Creating the database, deriving the keys and adding the demo orders; this "
                      "takes a few seconds…")
                 : tr("Creating the database and deriving the keys; this takes a few seconds…"));
    setBusy(true);
    const quint64 generation = m_generation;
    // The demo orders go in on the same worker thread, before the vault reaches the GUI thread:
    // nothing else can use it meanwhile (the Vault is one thread at a time).
    runInBackground(
        this,
        [paths = m_paths, user = std::move(user), demo]() {
            Creation creation{Vault::create(paths, user), {}};
            if (creation.created && demo) {
                OrderStore store(*creation.created->vault);
                auto added = store.importRecords(
                    DemoOrders::generate(DemoOrderCount, QDateTime::currentDateTimeUtc()));
                if (!added)
                    creation.demoProblem = tr("The database was created, but the demo orders could not be "
                                              "added: %1")
                                               .arg(added.error().message());
            }
            return creation;
        },
        [this, generation](Creation creation) {
            if (generation != m_generation)
                return; // reset() (a lock) came first: the new vault is dropped and its keys wiped
            setBusy(false);
            Result<Vault::Created>& result = creation.created;
            if (!result) {
                showError(result.error().message());
                return;
            }
            m_demoProblem = std::move(creation.demoProblem);
            m_created = std::move(result).value();
            m_userName->clear();
            m_displayName->clear();
            emit created();
        });
}

} // namespace dpp::ui
