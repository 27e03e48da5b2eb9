#pragma once

// A stay ready for its letters (issue #9): DUPONT Marie, 70, in the locomoteur unit from
// 02/11/2026, discharge planned on 29/11/2026 — signed admission assessment (sick leave, precautions), Berg
// 30 → 41, TUG 16,2 → 12,1 s, Oswestry 48 → 30 %, a validated care plan — and the establishment's
// letterhead and the physician's signature block set.

#include "core/careplan/CarePlanSupport.h"
#include "support/TestStore.h"
#include "ui/UiTestSupport.h"

#include <QBuffer>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace smr::test {

class DocumentFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_physician = m_store.addUser(QStringLiteral("cmartin"), {Role::Physician}, QStringLiteral("Dr Claire Martin"));
        m_store.signInAs(m_physician);
        Patient p = TestStore::patient();
        p.generalPractitioner = QStringLiteral("Dr Jean Lefèvre");
        const Result<PatientId> patient = m_store->patients().create(p);
        ASSERT_TRUE(patient);
        Stay s = TestStore::stay(*patient);
        s.referrerType = ReferrerType::Rheumatologist;
        s.referrerName = QStringLiteral("Dr Rousseau");
        const Result<StayId> stay = m_store->stays().open(s);
        ASSERT_TRUE(stay);
        m_stay = *stay;

        AdmissionAssessment a = *m_store->assessments().newDraft(m_stay);
        a.reason = QStringLiteral("Lombalgie chronique, échec du traitement ambulatoire");
        a.history = QStringLiteral("Lombalgie depuis 2019, deux épisodes de sciatique gauche.");
        a.treatments = QStringLiteral("Paracétamol 1 g × 3/j");
        a.analgesicLevel = AnalgesicLevel::Step1;
        a.painRest = 4;
        a.painActivity = 7;
        a.occupation = QStringLiteral("Aide-soignante");
        a.sickLeaveSince = QDate(2026, 6, 15);
        a.distanceMinutes = 60;
        a.chosenMode = StayMode::FullHospitalisation;
        a.orientation = Orientation::SpineRestoration;
        a.precautions.maxHeartRate = 120;
        a.precautions.liftingLimitKg = 5;
        const Result<AdmissionAssessment> signedOne = m_store->assessments().sign(a);
        ASSERT_TRUE(signedOne) << signedOne.failure().text().toStdString();

        record(QStringLiteral("berg"), QDate(2026, 11, 3), TestStore::bergItems(30));
        record(QStringLiteral("berg"), QDate(2026, 11, 20), TestStore::bergItems(41));
        record(QStringLiteral("odi"), QDate(2026, 11, 3), {3, 2, 3, 2, 3, 2, 2, -1, 3, 2});
        record(QStringLiteral("odi"), QDate(2026, 11, 20), {2, 1, 2, 1, 2, 1, 1, -1, 2, 1});
        recordTug(QDate(2026, 11, 3), 16.2);
        recordTug(QDate(2026, 11, 20), 12.1);
        const Result<CarePlan> plan = m_store->carePlans().save(validPlan(m_stay));
        ASSERT_TRUE(plan) << plan.failure().text().toStdString();

        Letterhead l;
        l.name = QStringLiteral("Centre de rééducation des Tilleuls");
        l.address = QStringLiteral("12 avenue des Tilleuls\n69003 Lyon");
        l.finess = QStringLiteral("690000123");
        l.phone = QStringLiteral("04 72 00 00 00");
        l.footer = QStringLiteral("Document confidentiel — secret médical");
        l.logo = logo();
        m_store.signInAs(m_store.addUser(QStringLiteral("secretariat"), {Role::Secretary}));
        ASSERT_TRUE(m_store->documents().setLetterhead(l));
        m_store.signInAs(m_physician);
        SignatureBlock sig;
        sig.name = QStringLiteral("Dr Claire Martin");
        sig.qualification = QStringLiteral("Médecin MPR");
        sig.rpps = QStringLiteral("10101234567");
        ASSERT_TRUE(m_store->documents().setSignature(sig));
    }

    static QByteArray logo()
    {
        QImage image(120, 60, QImage::Format_RGB32);
        image.fill(QColor(30, 90, 160));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return buffer.data();
    }

    void record(const QString &instrument, const QDate &day, const QList<int> &items)
    {
        TestResult r = TestStore::questionnaire(m_stay, instrument, day, items);
        if (instrument == QLatin1String("odi")) {
            QJsonArray a;
            for (int v : items)
                a.append(v < 0 ? QJsonValue() : QJsonValue(v));
            r.answers = {{QStringLiteral("items"), a}};
        }
        const Result<TestResult> saved = m_store->results().record(r);
        ASSERT_TRUE(saved) << saved.failure().text().toStdString();
    }

    void recordTug(const QDate &day, double seconds)
    {
        TestResult r;
        r.stayId = m_stay;
        r.instrument = QStringLiteral("tug");
        r.performedAt = QDateTime(day, QTime(11, 0));
        r.answers = QJsonObject{{QStringLiteral("seconds"), seconds}};
        r.enteredBy = QStringLiteral("Paul Kiné");
        const Result<TestResult> saved = m_store->results().record(r);
        ASSERT_TRUE(saved) << saved.failure().text().toStdString();
    }

    // The text of a PDF as `pdftotext -layout` reads it, and its number of pages (pdfinfo).
    struct PdfText {
        QString text;
        int pages = 0;
    };
    PdfText read(const QByteArray &pdf, const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        // Kept beside the screenshots, to look at.
        QFile::remove(screenshotPath(name).replace(QStringLiteral(".png"), QStringLiteral(".pdf")));
        QFile::copy(path, screenshotPath(name).replace(QStringLiteral(".png"), QStringLiteral(".pdf")));
        PdfText out;
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        EXPECT_TRUE(text.waitForFinished(30000)) << "pdftotext (poppler-utils) must be installed";
        // NFKC: the "fi" ligature the PDF draws reads "fi".
        out.text = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        EXPECT_TRUE(info.waitForFinished(30000));
        const QString lines = QString::fromUtf8(info.readAllStandardOutput());
        for (const QString &line : lines.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("Pages:")))
                out.pages = line.mid(6).trimmed().toInt();
        return out;
    }

    // What `pdfimages -list` finds: the raster images of the PDF (the charts must not be any).
    int rasterImages(const QByteArray &pdf)
    {
        const QString path = m_dir.filePath(QStringLiteral("images.pdf"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        QProcess list;
        list.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
        EXPECT_TRUE(list.waitForFinished(30000));
        // Two header lines, then one line per image.
        return int(QString::fromUtf8(list.readAllStandardOutput())
                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                       .size()) -
               2;
    }

    TestStore m_store;
    User m_physician;
    StayId m_stay;
    QTemporaryDir m_dir;
};

} // namespace smr::test
