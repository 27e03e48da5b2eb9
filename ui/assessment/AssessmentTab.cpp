#include "ui/assessment/AssessmentTab.h"

#include "core/Store.h"
#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "ui/assessment/AssessmentForm.h"
#include "ui/common/Labels.h"
#include "ui/common/Layouts.h"
#include "ui/common/Prompter.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace smr::ui {

AssessmentTab::AssessmentTab(Store &store, Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_prompter(prompter)
    , m_status(new QLabel(this))
    , m_alert(new QLabel(this))
    , m_banner(makeErrorBanner(this))
    , m_baselineButtons(new QVBoxLayout)
    , m_save(new QPushButton(tr("Save the &draft"), this))
    , m_sign(new QPushButton(tr("&Sign"), this))
    , m_amend(new QPushButton(tr("&New version…"), this))
{
    // The form is made where it is shown (Layouts.h: moved there, it would be polished again).
    auto *scroll = makePageScroll(QStringLiteral("assessmentScroll"), this);
    auto *content = new QWidget(scroll->viewport());
    m_baseline = new QWidget(content);
    m_form = new AssessmentForm(content);
    m_status->setObjectName(QStringLiteral("assessmentStatus"));
    m_alert->setObjectName(QStringLiteral("assessmentAlert"));
    m_alert->setProperty("role", QStringLiteral("errorBanner"));
    m_alert->setWordWrap(true);
    m_alert->setVisible(false);
    m_save->setObjectName(QStringLiteral("saveAssessmentButton"));
    m_sign->setObjectName(QStringLiteral("signAssessmentButton"));
    m_amend->setObjectName(QStringLiteral("amendAssessmentButton"));
    m_save->setToolTip(tr("Ctrl+S also saves the draft."));

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_save);
    top->addWidget(m_sign);
    top->addWidget(m_amend);

    m_form->setToday(store.clock().today());
    m_baseline->setObjectName(QStringLiteral("baselineTests"));
    auto *baselineLayout = new QVBoxLayout(m_baseline);
    baselineLayout->setContentsMargins(0, 0, 0, 0);
    baselineLayout->addWidget(makeMutedLabel(tr("Baseline tests with no result in this stay:"), m_baseline));
    baselineLayout->addLayout(m_baselineButtons);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_baseline);
    contentLayout->addWidget(m_form);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_alert);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);

    connect(m_form, &AssessmentForm::edited, this, [this] {
        setModified(true);
        recompute();
    });
    connect(m_save, &QPushButton::clicked, this, &AssessmentTab::saveDraft);
    connect(m_sign, &QPushButton::clicked, this, &AssessmentTab::sign);
    connect(m_amend, &QPushButton::clicked, this, &AssessmentTab::amend);
}

void AssessmentTab::show(const std::optional<Stay> &stay, bool keepEdits)
{
    const bool sameStay = stay && m_stay && stay->id == m_stay->id;
    m_stay = stay;
    setEnabled(stay.has_value());
    if (!stay)
        return;
    readStayData();
    if (keepEdits && sameStay && m_modified) {
        // What is typed stays; what others saved meanwhile (a test entered) shows.
        showBaseline();
        recompute();
        return;
    }
    const Result<std::optional<AdmissionAssessment>> current = m_store.assessments().current(stay->id);
    if (!current) {
        m_banner->setText(current.failure().text());
        m_banner->setVisible(true);
        return;
    }
    if (*current) {
        load(**current);
        return;
    }
    const Result<AdmissionAssessment> draft = m_store.assessments().newDraft(stay->id);
    load(draft ? *draft : AdmissionAssessment{});
}

void AssessmentTab::readStayData()
{
    const Result<QList<RedFlagAction>> actions = m_store.assessments().redFlagActions(m_stay->id);
    m_actions = actions ? *actions : QList<RedFlagAction>{};
    const Result<OrientationInput> input = m_store.assessments().orientationInput(m_stay->id);
    m_orientationInput = input ? std::optional<OrientationInput>(*input) : std::nullopt;
}

void AssessmentTab::load(const AdmissionAssessment &a)
{
    m_current = a;
    m_form->setAssessment(a);
    m_form->setReadOnly(a.isSigned());
    m_banner->setVisible(false);
    setModified(false);
    if (a.isSigned())
        m_status->setText(tr("Version %1 signed by %2 on %3: read-only.")
                              .arg(a.revision)
                              .arg(a.signedBy, dates::display(a.signedAt.toLocalTime().date())));
    else if (!a.id.isValid())
        m_status->setText(tr("New admission assessment: not saved yet."));
    else if (a.revision > 1)
        m_status->setText(
            tr("Version %1, draft (reason for the new version: %2).").arg(a.revision).arg(a.amendmentReason));
    else
        m_status->setText(tr("Draft, not signed."));
    m_save->setVisible(!a.isSigned());
    m_sign->setVisible(!a.isSigned());
    m_amend->setVisible(a.isSigned());
    const bool mayWrite = bool(m_store.session().require(Right::WriteAssessments));
    m_save->setEnabled(mayWrite);
    m_amend->setEnabled(mayWrite);
    m_sign->setEnabled(bool(m_store.session().require(Right::SignAssessments)));
    showRedFlagActions();
    showBaseline();
    recompute();
}

void AssessmentTab::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void AssessmentTab::recompute()
{
    const AdmissionAssessment a = AssessmentRules::normalized(m_form->assessment());
    if (const std::optional<double> bmi = AssessmentRules::bmi(a))
        m_form->bmiLabel()->setText(tr("BMI %1 kg/m² — %2")
                                        .arg(QLocale().toString(*bmi, 'f', 1))
                                        .arg(kBmiClasses.label(AssessmentRules::bmiClass(*bmi))));
    else
        m_form->bmiLabel()->setText(tr("BMI: enter the height and the weight"));

    const QList<Exclusion> excluded = AssessmentRules::exclusionsPresent(a);
    {
        const QSignalBlocker block(m_form);
        m_form->exclusionBox(Exclusion::SevereObesity)->setChecked(excluded.contains(Exclusion::SevereObesity));
    }
    QStringList names;
    for (Exclusion e : excluded)
        names << kExclusions.shortLabel(e);
    m_form->exclusionWarning()->setVisible(!excluded.isEmpty());
    m_form->exclusionWarning()->setText(
        tr("Exclusion criterion present: %1. Justify below why the stay continues; the assessment cannot be signed "
           "without it.")
            .arg(names.join(QStringLiteral(", "))));

    const ModeSuggestion mode = AssessmentRules::suggestMode(a);
    m_form->modeSuggestion()->setText(
        mode.reasons.isEmpty()
            ? tr("%1: no indication of full hospitalisation.").arg(kStayModes.label(mode.mode))
            : tr("%1: %2.").arg(kStayModes.label(mode.mode), mode.reasons.join(QStringLiteral(", "))));

    if (m_current.isSigned() && m_current.suggestedOrientation) {
        // What the physician saw when signing, as recorded.
        m_form->orientationSuggestion()->setText(tr("Suggestion when signed: %1: %2.")
                                                     .arg(kOrientations.label(*m_current.suggestedOrientation),
                                                          m_current.suggestionReasons.join(QStringLiteral(", "))));
    } else if (m_orientationInput) {
        const OrientationSuggestion o = AssessmentService::suggestOrientation(*m_orientationInput, a);
        QString text =
            o.orientation ? tr("%1: %2.").arg(kOrientations.label(*o.orientation), o.reasons.join(QStringLiteral(", ")))
                          : tr("No suggestion yet: enter the Dallas, Oswestry and STarT Back questionnaires.");
        if (o.orientation && !o.missing.isEmpty())
            text += QLatin1Char(' ') + tr("Without %1 yet.").arg(o.missing.join(QStringLiteral(", ")));
        m_form->orientationSuggestion()->setText(text);
    }

    // Red flags answered yes: an alert until a physician records what was done (saved ones are
    // checked against their recorded actions; new ones are alerts at once).
    QStringList alerts;
    for (RedFlag f : AssessmentRules::unresolvedRedFlags(a, m_actions))
        alerts << kRedFlags.shortLabel(f);
    m_alert->setText(tr("Red flag: %1. Record what was done about it (imaging, referral) under the red flags.")
                         .arg(alerts.join(QStringLiteral(", "))));
    m_alert->setVisible(!alerts.isEmpty());
}

void AssessmentTab::showRedFlagActions()
{
    qDeleteAll(m_actionRows);
    m_actionRows.clear();
    if (!m_stay || !m_current.id.isValid())
        return;
    for (const RedFlagAction &r : m_actions) {
        auto *done = makeMutedLabel(tr("%1: %2 (%3, %4)")
                                        .arg(kRedFlags.label(r.flag), r.action, r.recordedBy,
                                             dates::display(r.recordedAt.toLocalTime().date())),
                                    nullptr);
        m_form->redFlagActions()->addWidget(done);
        m_actionRows << done;
    }
    for (RedFlag f : AssessmentRules::unresolvedRedFlags(m_current, m_actions)) {
        auto *row = new QWidget;
        row->setObjectName(QStringLiteral("action_%1").arg(kRedFlags.code(f)));
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *edit = new QLineEdit(row);
        edit->setObjectName(QStringLiteral("actionField"));
        edit->setPlaceholderText(tr("What was done about \"%1\"").arg(kRedFlags.shortLabel(f)));
        auto *record = new QPushButton(tr("Record the action"), row);
        record->setObjectName(QStringLiteral("recordActionButton"));
        record->setEnabled(bool(m_store.session().require(Right::SignAssessments)));
        layout->addWidget(edit, 1);
        layout->addWidget(record);
        connect(record, &QPushButton::clicked, this, [this, f, edit] {
            const Status done = m_store.assessments().recordRedFlagAction(m_stay->id, f, edit->text());
            if (!done) {
                m_banner->setText(done.failure().text());
                m_banner->setVisible(true);
                return;
            }
            m_banner->setVisible(false);
            // Keep what is being typed in the form; only the actions and the alert change.
            readStayData();
            showRedFlagActions();
            recompute();
            emit saved();
        });
        m_form->redFlagActions()->addWidget(row);
        m_actionRows << row;
    }
}

void AssessmentTab::showBaseline()
{
    while (QLayoutItem *item = m_baselineButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Result<QStringList> missing =
        m_stay ? m_store.assessments().missingBaselineTests(m_stay->id) : Result<QStringList>(QStringList());
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const QString &id : missing ? *missing : QStringList()) {
        const Instrument *instrument = m_store.instruments().find(id);
        auto *button = new QPushButton(instrument ? instrument->shortTitle() : id, row);
        button->setObjectName(QStringLiteral("baseline_%1").arg(id));
        button->setToolTip(tr("Enter this test now"));
        button->setEnabled(bool(m_store.session().require(Right::RecordTests)));
        connect(button, &QPushButton::clicked, this, [this, id] { emit enterTestRequested(id); });
        layout->addWidget(button);
    }
    layout->addStretch();
    m_baselineButtons->addWidget(row);
    m_baseline->setVisible(missing && !missing->isEmpty());
}

bool AssessmentTab::accepted(const Result<AdmissionAssessment> &outcome)
{
    if (!outcome) {
        m_banner->setText(outcome.failure().text());
        m_banner->setVisible(true);
        return false;
    }
    load(*outcome);
    emit saved();
    return true;
}

bool AssessmentTab::refusedDates()
{
    const QList<FieldError> problems = m_form->dateProblems();
    if (problems.isEmpty())
        return false;
    m_banner->setText(Failure::invalid(problems).text());
    m_banner->setVisible(true);
    return true;
}

bool AssessmentTab::saveDraft()
{
    if (!m_stay || m_current.isSigned())
        return true;
    if (refusedDates())
        return false;
    return accepted(m_store.assessments().save(m_form->assessment()));
}

bool AssessmentTab::sign()
{
    if (!m_stay || m_current.isSigned() || refusedDates())
        return false;
    if (!m_prompter.confirm(this, tr("Sign the admission assessment"),
                            tr("Once signed, the assessment can no longer be changed; a later change will be a new "
                               "version with its reason. Sign it now?"),
                            tr("&Sign")))
        return false;
    return accepted(m_store.assessments().sign(m_form->assessment()));
}

bool AssessmentTab::amend()
{
    if (!m_current.isSigned())
        return false;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("New version of the admission assessment"),
                                                 tr("Reason for the new version:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return false;
    return accepted(m_store.assessments().amend(m_current.id, reason));
}

void AssessmentTab::discardChanges()
{
    load(m_current);
}

} // namespace smr::ui
