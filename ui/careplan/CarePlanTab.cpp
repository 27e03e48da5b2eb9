#include "ui/careplan/CarePlanTab.h"

#include "core/Store.h"
#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "ui/careplan/CarePlanForm.h"
#include "ui/common/Labels.h"
#include "ui/common/Layouts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace smr::ui {

CarePlanTab::CarePlanTab(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_status(new QLabel(this))
    , m_validation(new QLabel(this))
    , m_banner(makeErrorBanner(this))
    , m_save(new QPushButton(tr("&Save the plan"), this))
    , m_validate(new QPushButton(tr("&Validate the plan"), this))
{
    // The form is made where it is shown (Layouts.h: moved there, it would be polished again).
    auto *scroll = makePageScroll(QStringLiteral("carePlanScroll"), this);
    m_form = new CarePlanForm(store.instruments(), store.clock().today(), scroll->viewport());
    m_status->setObjectName(QStringLiteral("carePlanStatus"));
    m_status->setWordWrap(true);
    m_validation->setObjectName(QStringLiteral("carePlanValidation"));
    m_validation->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveCarePlanButton"));
    m_save->setProperty("role", QStringLiteral("primary"));
    m_save->setToolTip(tr("Ctrl+S also saves the plan."));
    m_validate->setObjectName(QStringLiteral("validateCarePlanButton"));
    m_validate->setToolTip(tr("Saves what is typed, then records your validation of the plan as a physician. "
                              "A later change asks for it again."));

    auto *state = new QVBoxLayout;
    state->addWidget(m_status);
    state->addWidget(m_validation);
    auto *top = new QHBoxLayout;
    top->addLayout(state, 1);
    top->addWidget(m_save);
    top->addWidget(m_validate);
    scroll->setWidget(m_form);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);

    connect(m_form, &CarePlanForm::edited, this, [this] { setModified(true); });
    connect(m_save, &QPushButton::clicked, this, &CarePlanTab::save);
    connect(m_validate, &QPushButton::clicked, this, &CarePlanTab::validate);
}

void CarePlanTab::show(const std::optional<Stay> &stay, bool keepEdits)
{
    const bool sameStay = stay && m_stay && stay->id == m_stay->id;
    m_stay = stay;
    setEnabled(stay.has_value());
    if (!stay)
        return;
    m_form->setMode(stay->mode);
    const bool writable = bool(m_store.session().require(Right::WriteAssessments));
    m_form->setReadOnly(!writable);
    m_save->setEnabled(writable);
    if (keepEdits && sameStay && m_modified)
        return; // what is typed stays
    const Result<CarePlan> stored = m_store.carePlans().find(stay->id);
    if (stored) {
        load(*stored);
        return;
    }
    if (stored.failure().kind() != Failure::Kind::NotFound) {
        showFailure(stored.failure().text());
        return;
    }
    // No plan yet: a new one, as long as the stay's programme.
    CarePlan fresh;
    fresh.stayId = stay->id;
    fresh.plannedWeeks = stay->programme == Programme::Education ? 1 : 4;
    load(fresh);
}

void CarePlanTab::load(const CarePlan &plan)
{
    m_current = plan;
    m_form->setPlan(plan);
    m_form->setReadOnly(!m_save->isEnabled());
    m_banner->setVisible(false);
    setModified(false);
    const QDate today = m_store.clock().today();
    if (!plan.id.isValid()) {
        m_status->setText(tr("No care plan yet for this stay: not saved."));
    } else {
        QString text = tr("Care plan, version %1.").arg(plan.version);
        if (plan.nextReview.isValid())
            text += QLatin1Char(' ') + (plan.nextReview < today
                                            ? tr("⚠ Review due since %1.").arg(dates::display(plan.nextReview))
                                            : tr("Next review on %1.").arg(dates::display(plan.nextReview)));
        if (!plan.agreedOn.isValid())
            text += QLatin1Char(' ') + tr("The patient's agreement is not recorded yet.");
        m_status->setText(text);
    }
    showValidation(plan);
    showProgress();
}

void CarePlanTab::showValidation(const CarePlan &plan)
{
    const QString on = dates::display(plan.validatedAt.toLocalTime().date());
    QString severity = QStringLiteral("caution");
    if (!plan.id.isValid())
        m_validation->clear();
    else if (plan.isValidated()) {
        m_validation->setText(tr("✔ Validated by %1 on %2.").arg(plan.validatedBy, on));
        severity = QStringLiteral("good");
    } else if (plan.needsRevalidation())
        m_validation->setText(tr("⚠ Changed since its validation by %1 on %2 (version %3): to be validated again.")
                                  .arg(plan.validatedBy, on)
                                  .arg(plan.validatedVersion));
    else
        m_validation->setText(tr("Not validated by a physician yet."));
    m_validation->setVisible(plan.id.isValid());
    setStyleProperty(m_validation, "severity", severity);
}

void CarePlanTab::showProgress()
{
    if (!m_current.id.isValid())
        return;
    const Result<QList<GoalStatus>> progress = m_store.carePlans().progress(m_current.stayId);
    m_form->setProgress(progress ? *progress : QList<GoalStatus>{});
}

void CarePlanTab::setModified(bool modified)
{
    if (m_modified != modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
    updateValidateButton();
}

void CarePlanTab::updateValidateButton()
{
    // Typed changes are saved by the validation itself.
    const bool allowed = m_stay && bool(m_store.session().require(Right::SignAssessments));
    m_validate->setVisible(allowed);
    m_validate->setEnabled(allowed && (m_modified || (m_current.id.isValid() && !m_current.isValidated())));
}

void CarePlanTab::showFailure(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(true);
}

bool CarePlanTab::save()
{
    if (!m_stay)
        return true;
    if (const QList<FieldError> problems = m_form->dateProblems(); !problems.isEmpty()) {
        showFailure(Failure::invalid(problems).text());
        return false;
    }
    return apply(m_store.carePlans().save(m_form->plan()));
}

bool CarePlanTab::apply(const Result<CarePlan> &outcome)
{
    if (!outcome) {
        showFailure(outcome.failure().text());
        return false;
    }
    load(*outcome);
    emit saved();
    return true;
}

bool CarePlanTab::validate()
{
    if (!m_stay || (m_modified && !save()) || !m_current.id.isValid())
        return false;
    return apply(m_store.carePlans().validate(m_current.id, m_current.version));
}

void CarePlanTab::discardChanges()
{
    if (m_modified)
        load(m_current);
}

} // namespace smr::ui
