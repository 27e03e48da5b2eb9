// Issue #9: a document's draft is edited, then finalised; a finalised version is stored with its
// PDF and never changed, and the next finalisation stores the next version. The letterhead and
// signature blocks are validated, and a refusal names the field and writes nothing.

#include "support/Printers.h"
#include "support/TestStore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::TestStore;

class DocumentServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const Result<StayId> opened = db->stays().open(TestStore::stay(db.addPatient()));
        ASSERT_TRUE(opened);
        stay = *opened;
        db.signInAs(db.addUser(QStringLiteral("cmartin"), {Role::Physician}, QStringLiteral("Dr Claire Martin")));
    }

    static DocumentContent content(const QString &text)
    {
        DocumentContent c;
        c.title = QStringLiteral("Lettre de liaison");
        c.html = QStringLiteral("<p>%1</p>").arg(text);
        return c;
    }

    DocumentSubject letter() const { return DocumentSubject::ofStay(DocumentKind::DischargeLetter, stay); }

    TestStore db;
    StayId stay;
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n% a page\n%%EOF\n");
};

TEST_F(DocumentServiceTest, ADraftIsSavedThenReplacedAtItsVersion)
{
    const Result<DocumentDraft> first =
        db->documents().saveDraft(letter(), content(QStringLiteral("Cher confrère")), 0);
    ASSERT_TRUE(first) << first.failure().text().toStdString();
    EXPECT_EQ(first->version, 1);
    EXPECT_EQ(first->author, QStringLiteral("Dr Claire Martin"));

    const Result<DocumentDraft> second =
        db->documents().saveDraft(letter(), content(QStringLiteral("Chère consœur")), 1);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->version, 2);

    // Someone saved since version 1 was read: refused, nothing written.
    const QString before = db.dumpAll();
    const Result<DocumentDraft> stale = db->documents().saveDraft(letter(), content(QStringLiteral("Autre")), 1);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.failure().kind(), Failure::Kind::Conflict);
    EXPECT_EQ(db.dumpAll(), before);

    const Result<std::optional<DocumentDraft>> stored = db->documents().draft(letter());
    ASSERT_TRUE(stored && stored->has_value());
    EXPECT_EQ((*stored)->content.html, QStringLiteral("<p>Chère consœur</p>"));
}

TEST_F(DocumentServiceTest, AnEmptyTextOrTitleIsRefusedNamingTheField)
{
    const QString before = db.dumpAll();
    DocumentContent empty = content(QString());
    empty.html = QStringLiteral("<html><body><p>&nbsp;</p></body></html>");
    empty.title = QStringLiteral("  ");
    const Result<DocumentDraft> refused = db->documents().saveDraft(letter(), empty, 0);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().kind(), Failure::Kind::Invalid);
    EXPECT_EQ(refused.failure().fields().size(), 2);
    EXPECT_EQ(refused.failure().fields()[0].field, DocumentService::TitleField);
    EXPECT_EQ(refused.failure().fields()[0].message, QStringLiteral("The title of the document is required."));
    EXPECT_EQ(refused.failure().fields()[1].message, QStringLiteral("The text of the document is empty."));
    EXPECT_EQ(db.dumpAll(), before);
}

TEST_F(DocumentServiceTest, FinalisingStoresTheNextVersionWithItsPdfAndDeletesTheDraft)
{
    ASSERT_TRUE(db->documents().saveDraft(letter(), content(QStringLiteral("Version 1")), 0));
    const Result<FinalDocument> v1 = db->documents().finalise(letter(), content(QStringLiteral("Version 1")), pdf, 2);
    ASSERT_TRUE(v1) << v1.failure().text().toStdString();
    EXPECT_EQ(v1->documentVersion, 1);
    EXPECT_EQ(v1->finalizedBy, QStringLiteral("Dr Claire Martin"));
    const Result<std::optional<DocumentDraft>> draft = db->documents().draft(letter());
    ASSERT_TRUE(draft);
    EXPECT_FALSE(draft->has_value()) << "the draft is gone once finalised";

    const Result<FinalDocument> v2 = db->documents().finalise(letter(), content(QStringLiteral("Version 2")), pdf, 1);
    ASSERT_TRUE(v2);
    EXPECT_EQ(v2->documentVersion, 2);

    const Result<QList<FinalDocument>> versions = db->documents().versions(letter());
    ASSERT_TRUE(versions);
    ASSERT_EQ(versions->size(), 2);
    EXPECT_EQ(versions->at(0).documentVersion, 2);
    EXPECT_TRUE(versions->at(0).pdf.isEmpty()) << "lists carry no PDF";
    const Result<FinalDocument> first = db->documents().find(v1->id);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->pdf, pdf);
    EXPECT_EQ(first->pages, 2);
    EXPECT_EQ(first->content.html, QStringLiteral("<p>Version 1</p>"));

    const Result<QList<FinalDocument>> ofStay = db->documents().ofStay(stay);
    ASSERT_TRUE(ofStay);
    EXPECT_EQ(ofStay->size(), 2);
}

TEST_F(DocumentServiceTest, AnOnCallSheetIsFinalisedForItsUnitAndDayWithoutAStay)
{
    // Printed on Friday for the weekend and kept: the unit's, not a stay's (issue #9).
    const DocumentSubject friday = DocumentSubject::onCall(QStringLiteral("locomoteur"), QDate(2026, 11, 20));
    const DocumentSubject saturday = DocumentSubject::onCall(QStringLiteral("locomoteur"), QDate(2026, 11, 21));
    ASSERT_TRUE(db->documents().finalise(friday, content(QStringLiteral("Vendredi")), pdf, 1));
    const Result<FinalDocument> v2 = db->documents().finalise(friday, content(QStringLiteral("Vendredi bis")), pdf, 1);
    ASSERT_TRUE(v2) << v2.failure().text().toStdString();
    EXPECT_EQ(v2->documentVersion, 2);
    ASSERT_TRUE(db->documents().finalise(saturday, content(QStringLiteral("Samedi")), pdf, 1));
    EXPECT_EQ(db->documents().versions(friday)->size(), 2);
    EXPECT_EQ(db->documents().versions(saturday)->size(), 1);
    EXPECT_TRUE(db->documents().ofStay(stay)->isEmpty()) << "no stay's document";
}

TEST_F(DocumentServiceTest, AMeetingsMinutesAreFinalisedOnceItIsClosed)
{
    const Result<MeetingId> meeting = db->meetings().create(QStringLiteral("locomoteur"), TestStore::today());
    ASSERT_TRUE(meeting) << meeting.failure().text().toStdString();
    const DocumentSubject minutes = DocumentSubject::ofMeeting(*meeting);
    const Result<FinalDocument> open = db->documents().finalise(minutes, content(QStringLiteral("CR")), pdf, 1);
    ASSERT_FALSE(open);
    EXPECT_EQ(open.failure().messageFor(DocumentService::SubjectField),
              QStringLiteral("The minutes are written once the meeting is closed and signed; this meeting is still "
                             "open."));
    EXPECT_TRUE(db->documents().versions(minutes)->isEmpty());

    ASSERT_TRUE(db->meetings().setAttendees(
        *meeting, {Attendee{QStringLiteral("Dr Claire Martin"), QStringLiteral("medicine"), {}}},
        db->meetings().find(*meeting)->version));
    ASSERT_TRUE(db->meetings().start(*meeting, db->meetings().find(*meeting)->version));
    ASSERT_TRUE(db->meetings().close(*meeting, db->meetings().find(*meeting)->version));
    const Result<FinalDocument> v1 = db->documents().finalise(minutes, content(QStringLiteral("CR")), pdf, 1);
    ASSERT_TRUE(v1) << v1.failure().text().toStdString();
    EXPECT_EQ(v1->subject.meeting, *meeting);
}

TEST_F(DocumentServiceTest, AFinalisedDocumentIsNeverChangedByTheDatabase)
{
    const Result<FinalDocument> v1 = db->documents().finalise(letter(), content(QStringLiteral("Signé")), pdf, 1);
    ASSERT_TRUE(v1);
    QSqlQuery q(db->database().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE documents SET title = 'changed'")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM documents")));
    const Result<FinalDocument> still = db->documents().find(v1->id);
    ASSERT_TRUE(still);
    EXPECT_EQ(still->title, QStringLiteral("Lettre de liaison"));
}

TEST_F(DocumentServiceTest, SomethingThatIsNotAPdfIsRefused)
{
    const QString before = db.dumpAll();
    const Result<FinalDocument> refused =
        db->documents().finalise(letter(), content(QStringLiteral("Texte")), QByteArrayLiteral("<html>"), 1);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().fields().at(0).field, DocumentService::PdfField);
    EXPECT_EQ(db.dumpAll(), before);
}

TEST_F(DocumentServiceTest, AnUnknownStayIsNotFound)
{
    const Result<DocumentDraft> refused = db->documents().saveDraft(
        DocumentSubject::ofStay(DocumentKind::AdmissionReport, StayId(999)), content(QStringLiteral("x")), 0);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().kind(), Failure::Kind::NotFound);
    EXPECT_EQ(refused.failure().text(), QStringLiteral("No stay has the identifier 999."));
}

struct LetterheadCase {
    const char *name;
    const char *finess;
    const char *field;   // empty: accepted
    const char *message; // the refusal
};

// FINESS: 9 characters, the department (2 digits, 2A or 2B) then 7 digits.
const LetterheadCase kLetterheadCases[] = {
    {"Centre des Tilleuls", "750712184", "", ""},
    {"Centre des Tilleuls", "2A0000123", "", ""},
    {"Centre des Tilleuls", "", "", ""},
    {"Centre des Tilleuls", "75071218", "finess",
     "The FINESS number has 9 characters: the department (2 digits, or 2A, 2B) and 7 digits, for example "
     "750712184."},
    {"Centre des Tilleuls", "2C0000123", "finess",
     "The FINESS number has 9 characters: the department (2 digits, or 2A, 2B) and 7 digits, for example "
     "750712184."},
    {"", "750712184", "name", "The establishment's name is required."},
};

class LetterheadRules : public DocumentServiceTest, public ::testing::WithParamInterface<LetterheadCase>
{
};

TEST_P(LetterheadRules, AreCheckedBeforeAnythingIsWritten)
{
    db.signInAs(db.addUser(QStringLiteral("admin"), {Role::Administrator}));
    Letterhead l;
    l.name = QString::fromUtf8(GetParam().name);
    l.finess = QString::fromUtf8(GetParam().finess);
    const QString before = db.dumpAll();
    const Result<Letterhead> saved = db->documents().setLetterhead(l);
    if (QByteArray(GetParam().field).isEmpty()) {
        ASSERT_TRUE(saved) << saved.failure().text().toStdString();
        EXPECT_EQ(saved->version, 1);
        const Result<Letterhead> read = db->documents().letterhead();
        ASSERT_TRUE(read);
        EXPECT_EQ(*read, l);
        return;
    }
    ASSERT_FALSE(saved);
    ASSERT_EQ(saved.failure().fields().size(), 1);
    EXPECT_EQ(saved.failure().fields()[0].field, QString::fromUtf8(GetParam().field));
    EXPECT_EQ(saved.failure().fields()[0].message, QString::fromUtf8(GetParam().message));
    EXPECT_EQ(db.dumpAll(), before);
}

INSTANTIATE_TEST_SUITE_P(Issue9, LetterheadRules, ::testing::ValuesIn(kLetterheadCases),
                         [](const auto &test) { return std::to_string(test.index); });

TEST_F(DocumentServiceTest, ALogoThatIsNotAnImageIsRefused)
{
    db.signInAs(db.addUser(QStringLiteral("admin"), {Role::Administrator}));
    Letterhead l;
    l.name = QStringLiteral("Centre des Tilleuls");
    l.logo = QByteArrayLiteral("not an image");
    const Result<Letterhead> refused = db->documents().setLetterhead(l);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().fields()[0].field, DocumentService::LogoField);
    EXPECT_EQ(refused.failure().fields()[0].message, QStringLiteral("The logo must be a PNG or JPEG image."));
}

TEST_F(DocumentServiceTest, EachPhysicianSetsTheirOwnSignatureBlock)
{
    SignatureBlock s;
    s.name = QStringLiteral("Dr Claire Martin");
    s.qualification = QStringLiteral("Médecin MPR");
    s.rpps = QStringLiteral("10101234567");
    const Result<SignatureBlock> saved = db->documents().setSignature(s);
    ASSERT_TRUE(saved) << saved.failure().text().toStdString();
    const Result<SignatureBlock> mine = db->documents().signature(QStringLiteral("cmartin"));
    ASSERT_TRUE(mine);
    EXPECT_EQ(*mine, s);
    EXPECT_EQ(mine->version, 1);
    const Result<SignatureBlock> theirs = db->documents().signature(QStringLiteral("someone_else"));
    ASSERT_TRUE(theirs);
    EXPECT_TRUE(theirs->isEmpty());

    SignatureBlock bad = s;
    bad.version = 1;
    bad.rpps = QStringLiteral("1234");
    const Result<SignatureBlock> refused = db->documents().setSignature(bad);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().fields()[0].field, DocumentService::RppsField);
    EXPECT_EQ(refused.failure().fields()[0].message, QStringLiteral("The RPPS number has 11 digits."));
}

} // namespace
} // namespace smr
