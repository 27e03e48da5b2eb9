#include "ui/tablet/PatientPage.h"
#include "ui/common/Labels.h"

#include "core/Store.h"
#include "core/assessment/AssessmentText.h"
#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "core/instruments/InstrumentCatalog.h"
#include "core/meetings/MeetingService.h"
#include "core/meetings/MeetingText.h"
#include "core/overview/OverviewService.h"
#include "core/patients/PatientService.h"
#include "core/progress/ChartBuilder.h"
#include "core/progress/ProgressService.h"
#include "core/results/ResultService.h"
#include "core/stays/StayCalendar.h"
#include "core/stays/StayService.h"
#include "ui/careplan/GoalRow.h"
#include "ui/meeting/SlideText.h"
#include "ui/tablet/LabelButton.h"
#include "ui/tablet/ResultTile.h"
#include "ui/tablet/TouchStyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace smr::ui {

PatientPage::PatientPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_facts(new QLabel(this))
    , m_error(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_precautions(new QLabel)
    , m_alerts(new QLabel)
    , m_testGrid(new QGridLayout)
    , m_columns(new QGridLayout)
{
    setObjectName(QStringLiteral("patientPage"));
    m_facts->setObjectName(QStringLiteral("tabletPatientFacts"));
    m_facts->setProperty("touchRole", QStringLiteral("subtitle"));
    m_facts->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("tabletPatientError"));
    m_error->setProperty("touchRole", QStringLiteral("banner"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("patientPageBody"));
    m_precautions->setObjectName(QStringLiteral("tabletPrecautions"));
    m_precautions->setWordWrap(true);
    m_alerts->setObjectName(QStringLiteral("tabletAlerts"));
    m_alerts->setProperty("touchRole", QStringLiteral("banner"));
    m_alerts->setWordWrap(true);
    m_testGrid->setSpacing(TouchStyle::SpacingPx);
    m_columns->setHorizontalSpacing(2 * TouchStyle::SpacingPx);
    m_columns->setVerticalSpacing(TouchStyle::SpacingPx);
    m_goalsSection = section(tr("Goals"), QStringLiteral("tabletGoals"), &m_goals);
    m_resultsSection = section(tr("Latest results"), QStringLiteral("tabletResults"), &m_results);
    m_meetingSection = section(tr("Last weekly meeting"), QStringLiteral("tabletMeeting"), &m_meeting);

    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 8, 16);
    bodyLayout->setSpacing(TouchStyle::SpacingPx);
    bodyLayout->addWidget(m_precautions);
    bodyLayout->addWidget(m_alerts);
    auto *testsTitle = new QLabel(tr("Tests"), body);
    testsTitle->setProperty("touchRole", QStringLiteral("section"));
    bodyLayout->addWidget(testsTitle);
    bodyLayout->addLayout(m_testGrid);
    bodyLayout->addLayout(m_columns);
    bodyLayout->addStretch(1);
    m_scroll->setWidget(body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    TouchStyle::kineticScroll(m_scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 0);
    layout->setSpacing(6);
    layout->addWidget(m_facts);
    layout->addWidget(m_error);
    layout->addWidget(m_scroll, 1);
    relayout();
}

QWidget *PatientPage::section(const QString &title, const QString &name, QVBoxLayout **body)
{
    auto *box = new QWidget;
    box->setObjectName(name);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    auto *heading = new QLabel(title, box);
    heading->setProperty("touchRole", QStringLiteral("section"));
    layout->addWidget(heading);
    *body = new QVBoxLayout;
    (*body)->setSpacing(8);
    layout->addLayout(*body);
    return box;
}

QLabel *PatientPage::line(const QString &text, QVBoxLayout *into, const QString &name, const QString &role)
{
    auto *label = new QLabel(text);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (!role.isEmpty())
        label->setProperty("touchRole", role);
    into->addWidget(label);
    return label;
}

void PatientPage::clear(QVBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

bool PatientPage::show(PatientId patientId, StayId stayId)
{
    const Result<Patient> patient = m_store.patients().find(patientId);
    const Result<Stay> stay = m_store.stays().find(stayId);
    const Result<StayOverview> overview = m_store.overview().overview(stayId);
    const Result<std::optional<StayMeetingNews>> news = m_store.meetings().latestFor(stayId);
    const Result<QList<TestResult>> drafts = m_store.results().drafts(stayId);
    for (const Failure *failure : {patient ? nullptr : &patient.failure(), stay ? nullptr : &stay.failure(),
                                   overview ? nullptr : &overview.failure(), news ? nullptr : &news.failure(),
                                   drafts ? nullptr : &drafts.failure()}) {
        if (failure) {
            m_error->setText(tr("This patient's file cannot be read: %1").arg(failure->text()));
            m_error->setVisible(true);
            return false;
        }
    }
    m_error->setVisible(false);
    m_patient = *patient;
    m_stay = *stay;
    m_drafts = *drafts;
    const QDate today = m_store.clock().today();
    m_facts->setText(QStringList{SlideText::ageAndSex(m_patient.ageOn(today), m_patient.sex),
                                 StayCalendar::progressText(m_stay, today), SlideText::programmeAndMode(m_stay)}
                         .join(QStringLiteral(" · ")));

    const StayAlerts &alerts = overview->assessment;
    const QString precautions = AssessmentText::precautions(alerts.precautions);
    if (!precautions.isEmpty())
        m_precautions->setText(tr("⚠ Precautions: %1").arg(precautions));
    else if (!alerts.hasAssessment)
        m_precautions->setText(tr("No admission assessment yet: the precautions are not known. Ask the physician."));
    else
        m_precautions->setText(tr("No particular precaution in the admission assessment."));
    setStyleProperty(m_precautions, "touchRole",
                     precautions.isEmpty() && alerts.hasAssessment ? QStringLiteral("subtitle")
                                                                   : QStringLiteral("precautions"));
    const QString warnings = AssessmentText::alerts(alerts);
    m_alerts->setText(warnings);
    m_alerts->setVisible(!warnings.isEmpty());

    const std::optional<Actor> &actor = m_store.session().actor();
    fillTests(*overview, actor && actor->can(Right::RecordTests));
    fillGoals(*overview);
    fillResults(*overview);
    fillMeeting(*news);
    return true;
}

void PatientPage::refresh()
{
    if (m_stay.id.isValid())
        show(m_patient.id, m_stay.id);
}

std::optional<TestResult> PatientPage::draftOf(const QString &instrument) const
{
    // The latest draft: the one the tester was on.
    for (auto it = m_drafts.crbegin(); it != m_drafts.crend(); ++it)
        if (it->instrument == instrument)
            return *it;
    return std::nullopt;
}

void PatientPage::fillTests(const StayOverview &overview, bool canRecord)
{
    qDeleteAll(m_testOrder);
    m_testOrder.clear();
    m_testTiles.clear();
    for (const InstrumentCard &card : overview.cards) {
        QString detail;
        const std::optional<TestResult> draft = draftOf(card.instrument);
        if (draft)
            detail =
                tr("In progress since %1: tap to resume").arg(draft->performedAt.toString(QStringLiteral("HH:mm")));
        else if (card.latest)
            detail = tr("Last: %1 on %2").arg(card.assessment.value, dates::display(card.latest->performedAt.date()));
        else
            detail = tr("Not measured in this stay");
        // A button of labels: the title and a detail that wraps, its height following them.
        auto *tile = new LabelButton(nullptr, QStringLiteral("tile"));
        tile->setObjectName(QStringLiteral("test_") + card.instrument);
        tile->setAccessibleName(card.title + QLatin1Char('\n') + detail);
        tile->addLabel(card.title, QStringLiteral("section"));
        tile->addLabel(detail);
        tile->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // equal columns, whatever the text
        tile->setProperty("draft", draft.has_value());
        tile->setEnabled(canRecord);
        connect(tile, &QPushButton::clicked, this, [this, id = card.instrument] { emit testChosen(id); });
        m_testTiles.insert(card.instrument, tile);
        m_testOrder << tile;
    }
    relayout();
}

void PatientPage::fillGoals(const StayOverview &overview)
{
    clear(m_goals);
    if (!overview.hasCarePlan) {
        line(tr("No care plan yet."), m_goals, QStringLiteral("tabletGoal"), QStringLiteral("muted"));
        return;
    }
    // Goals still to reach first, the nearest review first; those met in one line at the end.
    QList<GoalStatus> open;
    int met = 0;
    for (const GoalStatus &g : overview.goals) {
        if (g.progress.status == GoalProgress::Status::Met)
            ++met;
        else
            open << g;
    }
    std::stable_sort(open.begin(), open.end(),
                     [](const GoalStatus &a, const GoalStatus &b) { return a.deadline < b.deadline; });
    const QDate today = m_store.clock().today();
    for (const GoalStatus &g : open) {
        QString text =
            tr("%1 — %2: %3")
                .arg(goalStatusText(g.progress.status), kObjectives.label(g.goal.objective), g.progress.explanation);
        if (g.deadline.isValid() && g.deadline >= today && g.deadline <= today.addDays(7))
            text += QLatin1Char(' ') + tr("(review this week, on %1)").arg(dates::display(g.deadline));
        line(text, m_goals, QStringLiteral("tabletGoal"));
    }
    if (met > 0)
        line(tr("%n goal(s) met", nullptr, met), m_goals, QStringLiteral("tabletGoal"), QStringLiteral("muted"));
    if (overview.goals.isEmpty())
        line(tr("The care plan has no goal yet."), m_goals, QStringLiteral("tabletGoal"), QStringLiteral("muted"));
}

void PatientPage::fillResults(const StayOverview &overview)
{
    clear(m_results);
    m_resultTiles.clear();
    for (const InstrumentCard &card : overview.cards) {
        if (!card.latest)
            continue;
        std::optional<ProgressChart> chart;
        const Instrument *instrument = m_store.instruments().find(card.instrument);
        if (instrument && !instrument->measures().isEmpty()) {
            const Result<ProgressChart> read =
                m_store.progress().chart(m_stay.id, card.instrument, instrument->measures().first().key);
            if (read)
                chart = ChartBuilder::currentStayOnly(*read);
        }
        auto *tile = new ResultTile;
        tile->show(card, chart);
        m_results->addWidget(tile);
        m_resultTiles << tile;
    }
    if (m_resultTiles.isEmpty())
        line(tr("No result in this stay yet."), m_results, QStringLiteral("tabletNoResult"), QStringLiteral("muted"));
}

void PatientPage::fillMeeting(const std::optional<StayMeetingNews> &news)
{
    clear(m_meeting);
    if (!news) {
        line(tr("Not discussed at a weekly meeting yet."), m_meeting, QStringLiteral("tabletMeetingLine"),
             QStringLiteral("muted"));
        return;
    }
    line(tr("Meeting of %1").arg(dates::display(news->meeting.date)), m_meeting, QStringLiteral("tabletMeetingLine"),
         QStringLiteral("subtitle"));
    for (const MeetingDecision &d : news->decisions)
        line(QStringLiteral("• ") + MeetingText::decision(d), m_meeting, QStringLiteral("tabletMeetingLine"));
    if (news->decisions.isEmpty())
        line(tr("No decision recorded."), m_meeting, QStringLiteral("tabletMeetingLine"), QStringLiteral("muted"));
    if (!news->medicalIssues.trimmed().isEmpty())
        line(tr("Medical issues: %1").arg(news->medicalIssues.trimmed()), m_meeting,
             QStringLiteral("tabletMeetingLine"));
    if (!news->openActions.isEmpty()) {
        const Result<QList<MeetingDiscipline>> disciplines = m_store.meetings().disciplines(true);
        const QList<MeetingDiscipline> known = disciplines ? *disciplines : QList<MeetingDiscipline>();
        for (const MeetingAction &a : news->openActions)
            line(tr("To do: %1").arg(MeetingText::action(a, known, m_store.clock().today())), m_meeting,
                 QStringLiteral("tabletMeetingLine"));
    }
}

void PatientPage::setPortrait(bool portrait)
{
    if (portrait == m_portrait)
        return;
    m_portrait = portrait;
    relayout();
}

void PatientPage::relayout()
{
    // Tests: three tiles a row in landscape, two in portrait, in the catalog's order.
    const int columns = m_portrait ? 2 : 3;
    for (int c = 0; c < 3; ++c)
        m_testGrid->setColumnStretch(c, c < columns ? 1 : 0);
    for (int i = 0; i < m_testOrder.size(); ++i) {
        m_testGrid->removeWidget(m_testOrder.at(i));
        m_testGrid->addWidget(m_testOrder.at(i), i / columns, i % columns);
    }
    // Landscape: goals and the meeting on the left, the results on the right. Portrait: one column.
    for (QWidget *w : {m_goalsSection, m_resultsSection, m_meetingSection})
        m_columns->removeWidget(w);
    if (m_portrait) {
        m_columns->addWidget(m_goalsSection, 0, 0);
        m_columns->addWidget(m_resultsSection, 1, 0);
        m_columns->addWidget(m_meetingSection, 2, 0);
        m_columns->setColumnStretch(1, 0);
    } else {
        m_columns->addWidget(m_goalsSection, 0, 0);
        m_columns->addWidget(m_meetingSection, 1, 0);
        m_columns->addWidget(m_resultsSection, 0, 1, 2, 1);
        m_columns->setColumnStretch(0, 1);
        m_columns->setColumnStretch(1, 1);
    }
    m_columns->setRowStretch(1, 1);
}

QString PatientPage::precautionsText() const
{
    return m_precautions->text();
}

QStringList PatientPage::goalTexts() const
{
    QStringList out;
    for (const QLabel *l : m_goalsSection->findChildren<QLabel *>(QStringLiteral("tabletGoal")))
        out << l->text();
    return out;
}

QStringList PatientPage::meetingTexts() const
{
    QStringList out;
    for (const QLabel *l : m_meetingSection->findChildren<QLabel *>(QStringLiteral("tabletMeetingLine")))
        out << l->text();
    return out;
}

} // namespace smr::ui
