// Issue #7, the weekly meeting through the real widgets: the physician opens Unit › Weekly
// meeting (Ctrl+R), creates the meeting, names the attendees, goes through the agenda (order of
// the rules, changed with Alt+Up/Down or drag and drop), writes notes (saved when leaving the
// patient), records a decision that reaches the stay and an action, starts, closes and signs;
// a physiotherapist writes only their note; the presenter's view drives the projection and what
// is typed there reaches the slide at once. Screenshots: meeting.png, meeting-presenter.png.

#include "ui/UiTestSupport.h"

#include "support/GroupingCohort.h"
#include "ui/common/DateField.h"
#include "ui/main/MainWindow.h"
#include "ui/meeting/AgendaModel.h"
#include "ui/meeting/MeetingEntryForm.h"
#include "ui/meeting/MeetingWindow.h"
#include "ui/meeting/PresenterWindow.h"
#include "ui/meeting/ProjectionWindow.h"
#include "ui/meeting/SlidePainter.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

// What the projector's slide shows now, as text.
QStringList SlidePainterTexts(ui::PresenterWindow *presenter)
{
    return ui::SlidePainter::texts(presenter->currentSlide(), ui::SlideOptions{});
}

class MeetingUiTest : public ::testing::Test
{
protected:
    MeetingUiTest() : m_settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
    {
        m_store.signInLocal();
        m_cohort = addGroupingCohort(m_store);
        m_settings.setValue(QStringLiteral("census/unit"), QStringLiteral("locomoteur"));
    }

    ui::MeetingWindow *openAs(Role role, const QString &name = QStringLiteral("Dr Vernet"))
    {
        m_store.signInAs(m_store.addUser(QStringLiteral("user%1").arg(int(role)), {role}, name));
        m_window = std::make_unique<ui::MainWindow>(m_store.store(), m_prompter, m_settings);
        m_window->resize(1400, 860);
        m_window->show();
        QAction *open = m_window->action(QStringLiteral("meetingAction"));
        EXPECT_TRUE(open->isEnabled());
        open->trigger();
        ui::MeetingWindow *meeting = m_window->meetingWindow();
        EXPECT_NE(meeting, nullptr);
        return meeting;
    }

    static QStringList agenda(ui::MeetingWindow *w)
    {
        QStringList out;
        for (const AgendaItem &item : w->agendaModel()->items())
            out << item.patient.displayName();
        return out;
    }

    static void select(ui::MeetingWindow *w, const QString &name)
    {
        auto *list = find<QListView>(w, QStringLiteral("agendaList"));
        for (int row = 0; row < w->agendaModel()->rowCount(); ++row)
            if (w->agendaModel()->items().at(row).patient.displayName() == name) {
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                                  list->visualRect(w->agendaModel()->index(row)).center());
                return;
            }
        ADD_FAILURE() << name.toStdString() << " not on the agenda";
    }

    static void type(QPlainTextEdit *edit, const QString &text)
    {
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }

    MeetingId createToday(ui::MeetingWindow *w)
    {
        QTest::mouseClick(find<QPushButton>(w, QStringLiteral("newMeetingButton")), Qt::LeftButton);
        EXPECT_TRUE(w->meetingId().isValid());
        return w->meetingId();
    }

    TestStore m_store;
    ScriptedPrompter m_prompter;
    QSettings m_settings;
    GroupingCohort m_cohort;
    std::unique_ptr<ui::MainWindow> m_window;
};

TEST_F(MeetingUiTest, ThePhysicianRunsTheMeetingFromTheAgendaToTheSignature)
{
    ui::MeetingWindow *w = openAs(Role::Physician);
    EXPECT_EQ(m_window->action(QStringLiteral("meetingAction"))->text(), QStringLiteral("&Réunion de synthèse…"));
    EXPECT_EQ(m_window->action(QStringLiteral("meetingAction"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+R")));
    EXPECT_EQ(find<QComboBox>(w, QStringLiteral("meetingList"))->currentText(),
              QStringLiteral("Pas encore de réunion : créez-en une"));
    EXPECT_EQ(find<ui::DateField>(w, QStringLiteral("newMeetingDate"))->lineEdit()->text(),
              QStringLiteral("22/11/2026"));
    const MeetingId id = createToday(w);
    EXPECT_EQ(find<QComboBox>(w, QStringLiteral("meetingList"))->currentText(),
              QStringLiteral("22/11/2026 — En préparation"));
    EXPECT_EQ(agenda(w),
              (QStringList{QStringLiteral("CARON Marc"), QStringLiteral("EVRARD Luc"), QStringLiteral("ARNAUD Paul"),
                           QStringLiteral("BLANC Julie"), QStringLiteral("DUPONT Marie")}));
    EXPECT_EQ(w->agendaModel()->index(0).data().toString(), QStringLiteral("1. CARON Marc — J7\nNouvelle admission"));
    EXPECT_EQ(w->agendaModel()->index(1).data(ui::AgendaModel::DetailRole).toString(),
              QStringLiteral("Sortie sous 7 jours"));

    // Attendees.
    whenDialogOpens([](QDialog *d) {
        auto *fromAccounts = find<QComboBox>(d, QStringLiteral("attendeeFromAccounts"));
        fromAccounts->setCurrentIndex(fromAccounts->findText(QStringLiteral("Dr Vernet")));
        emit fromAccounts->activated(fromAccounts->currentIndex());
        EXPECT_EQ(find<QTableWidget>(d, QStringLiteral("attendeesTable"))->rowCount(), 1);
        d->accept();
    });
    QTest::mouseClick(find<QPushButton>(w, QStringLiteral("attendeesButton")), Qt::LeftButton);
    EXPECT_EQ(find<QLabel>(w, QStringLiteral("meetingAttendees"))->text(),
              QStringLiteral("Présents : Dr Vernet (Médecine)"));

    // DUPONT: a note and the medical issues, saved when the physician moves to the next patient.
    select(w, QStringLiteral("DUPONT Marie"));
    ui::MeetingEntryForm *form = w->form();
    EXPECT_EQ(find<QLabel>(form, QStringLiteral("entryTitle"))->text(), QStringLiteral("DUPONT Marie — F, 70 ans"));
    type(find<QPlainTextEdit>(form, QStringLiteral("note_medicine")), QStringLiteral("Pain 4/10, sleeps better."));
    type(find<QPlainTextEdit>(form, QStringLiteral("medicalIssues")), QStringLiteral("Corticosteroids to taper."));
    select(w, QStringLiteral("ARNAUD Paul"));
    const MeetingEntryView dupont = *m_store->meetings().entry(id, m_cohort.stays.value(QStringLiteral("Dupont")));
    EXPECT_EQ(dupont.notes.value(QStringLiteral("medicine")).text, QStringLiteral("Pain 4/10, sleeps better."));
    EXPECT_EQ(dupont.item.entry.medicalIssues, QStringLiteral("Corticosteroids to taper."));

    // ARNAUD: an extension refused (before the planned discharge), then one recorded.
    auto *kind = find<QComboBox>(form, QStringLiteral("decisionKind"));
    kind->setCurrentIndex(kind->findData(int(DecisionKind::ExtendStay)));
    typeInto(form, QStringLiteral("decisionDate"), QStringLiteral("25/11/2026"));
    QTest::mouseClick(find<QPushButton>(form, QStringLiteral("addDecisionButton")), Qt::LeftButton);
    EXPECT_TRUE(find<QLabel>(form, QStringLiteral("formBanner"))->isVisible());
    EXPECT_TRUE(find<QLabel>(form, QStringLiteral("formBanner"))->text().contains(QStringLiteral("29/11/2026")));
    EXPECT_EQ(m_store->stays().find(m_cohort.stays.value(QStringLiteral("Arnaud")))->plannedDischargeDate,
              QDate(2026, 11, 29));
    typeInto(form, QStringLiteral("decisionDate"), QStringLiteral("06/12/2026"));
    typeInto(form, QStringLiteral("decisionText"), QStringLiteral("Slow progress"));
    QTest::mouseClick(find<QPushButton>(form, QStringLiteral("addDecisionButton")), Qt::LeftButton);
    EXPECT_FALSE(find<QLabel>(form, QStringLiteral("formBanner"))->isVisible());
    EXPECT_EQ(m_store->stays().find(m_cohort.stays.value(QStringLiteral("Arnaud")))->plannedDischargeDate,
              QDate(2026, 12, 6));
    auto *decisions = find<QListWidget>(form, QStringLiteral("decisionsList"));
    ASSERT_EQ(decisions->count(), 1);
    EXPECT_EQ(decisions->item(0)->text(),
              QStringLiteral("Séjour prolongé jusqu'au 06/12/2026 — Slow progress (Dr Vernet)"));

    // An action, then ticked done.
    typeInto(form, QStringLiteral("actionWhat"), QStringLiteral("Call the employer"));
    auto *owner = find<QComboBox>(form, QStringLiteral("actionOwner"));
    owner->setCurrentIndex(owner->findData(QStringLiteral("social_work")));
    QTest::mouseClick(find<QPushButton>(form, QStringLiteral("addActionButton")), Qt::LeftButton);
    auto *actions = find<QListWidget>(form, QStringLiteral("actionsList"));
    ASSERT_EQ(actions->count(), 1);
    EXPECT_EQ(actions->item(0)->text(), QStringLiteral("Call the employer — Service social"));
    EXPECT_EQ(w->agendaModel()->index(2).data(ui::AgendaModel::DetailRole).toString(),
              QStringLiteral("1 décision · 1 action ouverte"));
    find<QScrollArea>(w, QStringLiteral("entryScroll"))->verticalScrollBar()->setValue(0);
    screenshot(w, QStringLiteral("meeting"), QSize(1500, 900));

    // Start, then close and sign: read-only afterwards.
    QTest::mouseClick(find<QPushButton>(w, QStringLiteral("startMeetingButton")), Qt::LeftButton);
    EXPECT_EQ(find<QLabel>(w, QStringLiteral("meetingStatus"))->text(), QStringLiteral("En cours"));
    m_prompter.confirmAnswer = true;
    QTest::mouseClick(find<QPushButton>(w, QStringLiteral("closeMeetingButton")), Qt::LeftButton);
    EXPECT_EQ(m_store->meetings().find(id)->status, MeetingStatus::Closed);
    EXPECT_TRUE(find<QLabel>(w, QStringLiteral("meetingStatus"))
                    ->text()
                    .startsWith(QStringLiteral("Close et signée par Dr Vernet le")));
    EXPECT_TRUE(find<QPlainTextEdit>(w->form(), QStringLiteral("note_medicine"))->isReadOnly());
    EXPECT_FALSE(find<QPushButton>(w->form(), QStringLiteral("addDecisionButton"))->isEnabled());
    EXPECT_TRUE(find<QPushButton>(w, QStringLiteral("correctMeetingButton"))->isVisible());

    // A correction asks its reason and reopens it.
    m_prompter.textAnswer = QStringLiteral("Pain score misheard");
    QTest::mouseClick(find<QPushButton>(w, QStringLiteral("correctMeetingButton")), Qt::LeftButton);
    EXPECT_EQ(m_store->meetings().find(id)->status, MeetingStatus::InProgress);
    EXPECT_EQ(find<QLabel>(w, QStringLiteral("meetingStatus"))->text(),
              QStringLiteral("Rouverte pour correction : Pain score misheard"));
}

TEST_F(MeetingUiTest, TheOrderChangesWithTheKeyboardAndByDragAndDrop)
{
    ui::MeetingWindow *w = openAs(Role::Physician);
    const MeetingId id = createToday(w);
    auto *list = find<QListView>(w, QStringLiteral("agendaList"));
    select(w, QStringLiteral("CARON Marc"));
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(agenda(w).mid(0, 2), (QStringList{QStringLiteral("EVRARD Luc"), QStringLiteral("CARON Marc")}));
    // A drop as the view makes it: DUPONT (row 4) dropped before row 0.
    std::unique_ptr<QMimeData> data(w->agendaModel()->mimeData({w->agendaModel()->index(4)}));
    ASSERT_TRUE(w->agendaModel()->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    const QStringList expected{QStringLiteral("DUPONT Marie"), QStringLiteral("EVRARD Luc"),
                               QStringLiteral("CARON Marc"), QStringLiteral("ARNAUD Paul"),
                               QStringLiteral("BLANC Julie")};
    EXPECT_EQ(agenda(w), expected);
    QStringList stored;
    const MeetingAgenda saved = *m_store->meetings().agenda(id);
    for (const AgendaItem &item : saved.items)
        stored << item.patient.displayName();
    EXPECT_EQ(stored, expected);
    EXPECT_TRUE(m_store->meetings().find(id)->orderedByHand);
}

TEST_F(MeetingUiTest, ThePhysiotherapistWritesOnlyTheirNote)
{
    m_store.signInLocal();
    ASSERT_TRUE(m_store->meetings().create(QStringLiteral("locomoteur"), TestStore::today()));
    ui::MeetingWindow *w = openAs(Role::Physiotherapist, QStringLiteral("Lea Kine"));
    select(w, QStringLiteral("DUPONT Marie"));
    ui::MeetingEntryForm *form = w->form();
    EXPECT_FALSE(find<QPlainTextEdit>(form, QStringLiteral("note_physiotherapy"))->isReadOnly());
    EXPECT_TRUE(find<QPlainTextEdit>(form, QStringLiteral("note_medicine"))->isReadOnly());
    EXPECT_TRUE(find<QPlainTextEdit>(form, QStringLiteral("medicalIssues"))->isReadOnly());
    EXPECT_FALSE(find<QPushButton>(form, QStringLiteral("addDecisionButton"))->isEnabled());
    EXPECT_FALSE(find<QPushButton>(w, QStringLiteral("newMeetingButton"))->isEnabled());
    type(find<QPlainTextEdit>(form, QStringLiteral("note_physiotherapy")), QStringLiteral("Walks 40 minutes."));
    ASSERT_TRUE(form->flush());
    EXPECT_EQ(m_store->meetings()
                  .entry(w->meetingId(), m_cohort.stays.value(QStringLiteral("Dupont")))
                  ->notes.value(QStringLiteral("physiotherapy"))
                  .author,
              QStringLiteral("Lea Kine"));
}

TEST_F(MeetingUiTest, TheSiteAddsAndHidesDisciplines)
{
    ui::MeetingWindow *w = openAs(Role::Physician);
    createToday(w);
    whenDialogOpens([](QDialog *d) {
        auto *table = find<QTableWidget>(d, QStringLiteral("disciplinesTable"));
        EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Médecine"));
        table->item(7, 0)->setCheckState(Qt::Unchecked); // Diététique hidden
        QTest::mouseClick(find<QPushButton>(d, QStringLiteral("addDisciplineButton")), Qt::LeftButton);
        table->item(table->rowCount() - 1, 0)->setText(QStringLiteral("Art therapy"));
        d->accept();
    });
    QTest::mouseClick(find<QPushButton>(w, QStringLiteral("disciplinesButton")), Qt::LeftButton);
    EXPECT_NE(w->form()->findChild<QPlainTextEdit *>(QStringLiteral("note_art_therapy")), nullptr);
    EXPECT_EQ(w->form()->findChild<QPlainTextEdit *>(QStringLiteral("note_dietetics")), nullptr);
    const QList<MeetingDiscipline> saved = *m_store->meetings().disciplines();
    EXPECT_EQ(saved.last().code, QStringLiteral("art_therapy"));
    EXPECT_EQ(saved.last().name, QStringLiteral("Art therapy"));
}

TEST_F(MeetingUiTest, ThePresenterDrivesTheSlidesAndWhatIsTypedReachesThemAtOnce)
{
    ui::MeetingWindow *w = openAs(Role::Physician);
    createToday(w);
    w->project(0);
    ui::PresenterWindow *presenter = w->presenter();
    ASSERT_NE(presenter, nullptr);
    ui::ProjectionWindow *projection = presenter->projection();
    ASSERT_NE(projection, nullptr);
    EXPECT_EQ(presenter->current(), 0);
    EXPECT_EQ(projection->current(), 0);
    EXPECT_EQ(find<QLabel>(presenter, QStringLiteral("presenterPosition"))->text(),
              QStringLiteral("Diapositive 1 / 5"));
    EXPECT_TRUE(find<QLabel>(presenter, QStringLiteral("presenterNext"))
                    ->text()
                    .startsWith(QStringLiteral("Suivant : EVRARD Luc — J23 sur 28 · Sortie sous 7 jours")));
    EXPECT_FALSE(find<QLabel>(presenter, QStringLiteral("presenterClock"))->text().isEmpty());

    // Typed in the presenter's form: the medical issues reach the slide before any save; a
    // decision as soon as it is recorded.
    type(find<QPlainTextEdit>(presenter->form(), QStringLiteral("note_medicine")),
         QStringLiteral("Back to work on 7/12"));
    type(find<QPlainTextEdit>(presenter->form(), QStringLiteral("medicalIssues")), QStringLiteral("Knee pain"));
    EXPECT_TRUE(SlidePainterTexts(presenter).join(QLatin1Char('\n')).contains(QStringLiteral("Knee pain")));
    auto *kind = find<QComboBox>(presenter->form(), QStringLiteral("decisionKind"));
    kind->setCurrentIndex(kind->findData(int(DecisionKind::Refer)));
    typeInto(presenter->form(), QStringLiteral("decisionText"), QStringLiteral("the pain centre"));
    QTest::mouseClick(find<QPushButton>(presenter->form(), QStringLiteral("addDecisionButton")), Qt::LeftButton);
    EXPECT_TRUE(SlidePainterTexts(presenter).join(QLatin1Char('\n')).contains(QStringLiteral("the pain centre")));
    find<QScrollArea>(presenter, QStringLiteral("presenterScroll"))->verticalScrollBar()->setValue(0);
    screenshot(presenter, QStringLiteral("meeting-presenter"), QSize(1600, 900));

    // Page Down on the presenter moves both; a key on the projector moves the presenter.
    QTest::keyClick(presenter, Qt::Key_PageDown);
    EXPECT_EQ(presenter->current(), 1);
    EXPECT_EQ(projection->current(), 1);
    EXPECT_EQ(find<QLabel>(presenter->form(), QStringLiteral("entryTitle"))->text(),
              QStringLiteral("EVRARD Luc — F, 70 ans"));
    QTest::keyClick(projection, Qt::Key_PageUp);
    EXPECT_EQ(presenter->current(), 0);
    // The note typed on CARON was saved when the presenter moved on.
    EXPECT_EQ(presenter->form()->liveView().notes.value(QStringLiteral("medicine")).text,
              QStringLiteral("Back to work on 7/12"));

    // Ctrl+B blanks the projector; Esc ends and the window shows the last patient.
    QTest::keyClick(presenter, Qt::Key_B, Qt::ControlModifier);
    EXPECT_TRUE(projection->isBlank());
    QTest::keyClick(presenter, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(w->presenter(), nullptr);
    EXPECT_EQ(w->form()->stay(), m_cohort.stays.value(QStringLiteral("Caron")));
}

} // namespace
} // namespace smr::test
