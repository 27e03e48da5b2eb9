#pragma once

// The gym of the locomoteur unit on Sunday 22/11/2026 (the grouping cohort), with what a
// therapist looks for on the tablet (issue #8) for DUPONT Marie: the admission assessment's
// precautions, Berg 30 → 41 and TUG 16,2 s → 12,1 s, a care plan with a Berg goal, and the weekly
// meeting of 16/11 with a decision, an action and a medical issue.

#include "core/careplan/CarePlanSupport.h"
#include "support/GroupingCohort.h"
#include "ui/UiTestSupport.h"

#include "core/meetings/MeetingService.h"
#include "core/results/ResultService.h"
#include "ui/results/Ticker.h"
#include "ui/tablet/TabletWindow.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTest>

namespace smr::test {

class TabletFixture : public ::testing::Test
{
protected:
    TabletFixture() : m_settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat) {}

    void SetUp() override
    {
        m_store.signInLocal();
        m_cohort = addGroupingCohort(m_store);
        m_dupont = m_cohort.stays.value(QStringLiteral("Dupont"));
        const Result<std::optional<AdmissionAssessment>> current = m_store->assessments().current(m_dupont);
        ASSERT_TRUE(current && current->has_value());
        AdmissionAssessment a = **current;
        a.precautions.maxHeartRate = 120;
        a.precautions.weightBearing = WeightBearing::Partial;
        a.precautions.weightBearingDetail = QStringLiteral("jambe gauche");
        a.precautions.liftingLimitKg = 5;
        a.precautions.fallRisk = true;
        ASSERT_TRUE(m_store->assessments().save(a));
        record(QStringLiteral("berg"), QDate(2026, 11, 7), TestStore::bergItems(30));
        record(QStringLiteral("berg"), QDate(2026, 11, 18), TestStore::bergItems(41));
        recordTug(QDate(2026, 11, 7), 16.2);
        recordTug(QDate(2026, 11, 18), 12.1);
        CarePlan plan = validPlan(m_dupont);
        plan.goals = {plan.goals.at(2), plan.goals.at(4)}; // Berg ≥ 45; spine-sparing, review 27/11
        ASSERT_TRUE(m_store->carePlans().save(plan));

        m_physio = m_store.addUser(QStringLiteral("pkine"), {Role::Physiotherapist}, QStringLiteral("Paul Kiné"));
        const Result<MeetingId> meeting = m_store->meetings().create(QStringLiteral("locomoteur"), QDate(2026, 11, 16));
        ASSERT_TRUE(meeting) << meeting.failure().text().toStdString();
        MeetingDecision d;
        d.meeting = *meeting;
        d.stay = m_dupont;
        d.kind = DecisionKind::Other;
        d.text = QStringLiteral("Travail de l'équilibre unipodal");
        ASSERT_TRUE(m_store->meetings().decide(d));
        ASSERT_TRUE(m_store->meetings().addAction(*meeting, m_dupont, QStringLiteral("Essayer une canne anglaise"),
                                                  QStringLiteral("physiotherapy"), QDate(2026, 11, 20)));
        m_store.signInAs(m_physio);
    }

    void record(const QString &instrument, const QDate &day, const QList<int> &items)
    {
        const Result<TestResult> r =
            m_store->results().record(TestStore::questionnaire(m_dupont, instrument, day, items));
        ASSERT_TRUE(r) << r.failure().text().toStdString();
    }

    void recordTug(const QDate &day, double seconds)
    {
        const Result<TestResult> saved = m_store->results().record(TestStore::tug(m_dupont, day, seconds));
        ASSERT_TRUE(saved) << saved.failure().text().toStdString();
    }

    std::unique_ptr<ui::TabletWindow> openTablet(const QSize &size = QSize(1280, 800))
    {
        auto window = std::make_unique<ui::TabletWindow>(m_store.store(), m_settings, nullptr, &m_ticker);
        window->resize(size);
        window->show();
        return window;
    }

    static void tap(QWidget *root, const QString &name)
    {
        auto *button = root->findChild<QPushButton *>(name);
        ASSERT_NE(button, nullptr) << name.toStdString();
        ASSERT_TRUE(button->isVisible() && button->isEnabled()) << name.toStdString();
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static QString textOf(QWidget *root, const QString &name)
    {
        auto *label = root->findChild<QLabel *>(name);
        return label ? label->text() : QStringLiteral("<no %1>").arg(name);
    }

    TestStore m_store;
    QSettings m_settings;
    ui::ManualTicker m_ticker;
    GroupingCohort m_cohort;
    StayId m_dupont;
    User m_physio;
};

} // namespace smr::test
