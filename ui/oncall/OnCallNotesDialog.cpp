#include "ui/oncall/OnCallNotesDialog.h"

#include "core/Store.h"
#include "core/common/Dates.h"
#include "ui/common/FormErrors.h"
#include "ui/common/Labels.h"
#include "ui/common/Prompter.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace smr::ui {

OnCallNotesDialog::OnCallNotesDialog(Store &store, Prompter &prompter, const Patient &patient, const Stay &stay,
                                     QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_prompter(prompter)
    , m_patient(patient)
    , m_stay(stay)
    , m_errors(std::make_unique<FormErrors>())
    , m_banner(makeErrorBanner(this))
    , m_intro(makeMutedLabel(QString(), this, QStringLiteral("onCallIntro")))
    , m_status(makeMutedLabel(QString(), this, QStringLiteral("onCallStatus")))
{
    setObjectName(QStringLiteral("onCallNotesDialog"));
    setWindowTitle(tr("On-call notes — %1").arg(patient.displayName()));
    setMinimumWidth(620);
    const std::optional<Actor> &actor = store.session().actor();
    m_writable = actor && actor->can(Right::WriteAssessments);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_medicalIssues =
        addField(OnCallService::MedicalIssuesField, tr("Key &medical issues"), QStringLiteral("medicalIssuesField"),
                 tr("e.g. Atrial fibrillation on anticoagulant; type 2 diabetes on insulin"));
    m_treatments = addField(OnCallService::TreatmentsField, tr("&Treatments to watch"),
                            QStringLiteral("treatmentsField"), tr("e.g. Apixaban 5 mg twice a day; insulin at night"));
    m_instructions =
        addField(OnCallService::InstructionsField, tr("\"&If … then …\" instructions"),
                 QStringLiteral("instructionsField"), tr("e.g. If chest pain: ECG, call the emergency number (15)"));
    for (QPlainTextEdit *edit : {m_medicalIssues, m_treatments, m_instructions}) {
        QWidget *box = m_errors->withMessage(edit->property("field").toString(), edit, this);
        box->setFocusProxy(edit); // the label's mnemonic goes to the text
        form->addRow(edit->property("label").toString(), box);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the on-call notes (Ctrl+S)"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setText(tr("Cancel"));
    auto *saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    addAction(saveShortcut);
    connect(saveShortcut, &QAction::triggered, this, &OnCallNotesDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &OnCallNotesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OnCallNotesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    load();
}

OnCallNotesDialog::~OnCallNotesDialog() = default;

QPlainTextEdit *OnCallNotesDialog::addField(const QString &field, const QString &label, const QString &objectName,
                                            const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    edit->setProperty("label", label);
    edit->setProperty("field", field);
    // The length is checked as it is typed: the message appears under the field at once.
    connect(edit, &QPlainTextEdit::textChanged, this, [this, field] {
        m_errors->touch(field);
        m_errors->show(OnCallService::check(typed()));
    });
    return edit;
}

void OnCallNotesDialog::load()
{
    const Result<std::optional<OnCallNotes>> stored = m_store.onCall().find(m_stay.id);
    if (!stored) {
        m_errors->accepted(stored.failure(), m_banner);
        m_save->setEnabled(false);
        return;
    }
    if (stored->has_value()) {
        m_version = (*stored)->version;
        fill(**stored);
        showSaved(**stored);
        m_intro->setText(tr("What the physician on call at night and at the weekend must know about %1. The unit's "
                            "on-call sheet prints it.")
                             .arg(m_patient.displayName()));
    } else {
        const Result<OnCallNotes> suggested = m_store.onCall().suggested(m_stay.id);
        const bool prefilled = suggested && !suggested->isEmpty();
        if (prefilled)
            fill(*suggested);
        m_intro->setText(prefilled ? tr("No on-call notes yet for %1: prefilled from the latest meeting and the "
                                        "admission assessment. Check them, then save.")
                                         .arg(m_patient.displayName())
                                   : tr("No on-call notes yet for %1: what must the physician on call at night and "
                                        "at the weekend know?")
                                         .arg(m_patient.displayName()));
    }
    m_shown = typed();
    if (!m_writable) {
        for (QPlainTextEdit *edit : {m_medicalIssues, m_treatments, m_instructions})
            edit->setReadOnly(true);
        m_save->setEnabled(false);
        m_status->setText(tr("Only a physician writes the on-call notes (the right to write assessments)."));
    }
}

OnCallNotes OnCallNotesDialog::typed() const
{
    OnCallNotes n;
    n.stay = m_stay.id;
    n.medicalIssues = m_medicalIssues->toPlainText();
    n.treatments = m_treatments->toPlainText();
    n.instructions = m_instructions->toPlainText();
    return n;
}

void OnCallNotesDialog::fill(const OnCallNotes &notes)
{
    m_medicalIssues->setPlainText(notes.medicalIssues);
    m_treatments->setPlainText(notes.treatments);
    m_instructions->setPlainText(notes.instructions);
}

void OnCallNotesDialog::showSaved(const OnCallNotes &notes)
{
    if (notes.version == 0)
        return;
    const QDateTime at = notes.updatedAt.toLocalTime();
    m_status->setText(
        tr("Saved by %1 on %2 at %3.")
            .arg(notes.updatedBy, dates::display(at.date()), at.time().toString(QStringLiteral("HH:mm"))));
}

bool OnCallNotesDialog::hasUnsavedChanges() const
{
    return m_writable && !typed().sameText(m_shown);
}

bool OnCallNotesDialog::save()
{
    const Result<OnCallNotes> saved = m_store.onCall().save(typed(), m_version);
    if (!m_errors->accepted(saved.ok() ? Status(Done{}) : Status(saved.failure()), m_banner))
        return false;
    m_version = saved->version;
    m_shown = typed();
    showSaved(*saved);
    return true;
}

void OnCallNotesDialog::accept()
{
    if (!m_writable || save())
        QDialog::accept();
}

void OnCallNotesDialog::reject()
{
    if (hasUnsavedChanges() && !m_prompter.mayLeave(this, tr("The on-call notes of %1").arg(m_patient.displayName()),
                                                    [this] { return save(); }))
        return;
    QDialog::reject();
}

} // namespace smr::ui
