#include "core/patients/PatientRepository.h"

#include "core/common/Dates.h"
#include "core/patients/PatientSearch.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"

namespace smr {

namespace {

QVariant optionalNumber(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

std::optional<double> readOptionalNumber(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

} // namespace

QString PatientRepository::columns(const QString &a)
{
    static const QStringList names{QStringLiteral("id"),          QStringLiteral("ipp"),
                                   QStringLiteral("nir"),         QStringLiteral("ins_qualified"),
                                   QStringLiteral("birth_name"),  QStringLiteral("used_name"),
                                   QStringLiteral("first_names"), QStringLiteral("birth_date"),
                                   QStringLiteral("sex"),         QStringLiteral("height_cm"),
                                   QStringLiteral("weight_kg"),   QStringLiteral("general_practitioner"),
                                   QStringLiteral("notes"),       QStringLiteral("version")};
    return qualifiedColumns(a, names);
}

Patient PatientRepository::readRow(const Sql &row, int i)
{
    Patient p;
    p.id = PatientId(row.value(i + 0).toLongLong());
    p.ipp = row.value(i + 1).toString();
    p.nir = row.value(i + 2).toString();
    p.insQualified = row.value(i + 3).toInt() != 0;
    p.birthName = row.value(i + 4).toString();
    p.usedName = row.value(i + 5).toString();
    p.firstNames = row.value(i + 6).toString();
    p.birthDate = dates::parseIso(row.value(i + 7).toString()).value_or(QDate());
    p.sex = kSexes.parse(row.value(i + 8).toString()).value_or(Sex::Female);
    p.heightCm = readOptionalNumber(row.value(i + 9));
    p.weightKg = readOptionalNumber(row.value(i + 10));
    p.generalPractitioner = row.value(i + 11).toString();
    p.notes = row.value(i + 12).toString();
    p.version = row.value(i + 13).toInt();
    return p;
}

PatientId PatientRepository::insert(const Patient &p, const QString &timestamp)
{
    Sql q(m_db,
          QStringLiteral("INSERT INTO patients (ipp, nir, ins_qualified, birth_name, used_name, first_names, "
                         "birth_date, sex, height_cm, weight_kg, general_practitioner, notes, sort_key, version, "
                         "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"),
          Sql::ReturningId::Yes);
    q.bind(p.ipp)
        .bindText(p.nir)
        .bind(p.insQualified ? 1 : 0)
        .bind(p.birthName)
        .bindText(p.usedName)
        .bind(p.firstNames)
        .bind(dates::toIso(p.birthDate))
        .bind(kSexes.code(p.sex))
        .bind(optionalNumber(p.heightCm))
        .bind(optionalNumber(p.weightKg))
        .bindText(p.generalPractitioner)
        .bindText(p.notes)
        .bind(PatientSearch::sortKeyOf(p))
        .bind(timestamp)
        .bind(timestamp)
        .exec();
    const PatientId id(q.insertedId());
    writeSearchTerms(id, p);
    return id;
}

bool PatientRepository::update(const Patient &p, const QString &timestamp)
{
    Sql q(m_db,
          QStringLiteral("UPDATE patients SET ipp = ?, nir = ?, ins_qualified = ?, birth_name = ?, used_name = ?, "
                         "first_names = ?, birth_date = ?, sex = ?, height_cm = ?, weight_kg = ?, "
                         "general_practitioner = ?, notes = ?, sort_key = ?, version = version + 1, updated_at = ? "
                         "WHERE id = ? AND version = ?"));
    q.bind(p.ipp)
        .bindText(p.nir)
        .bind(p.insQualified ? 1 : 0)
        .bind(p.birthName)
        .bindText(p.usedName)
        .bind(p.firstNames)
        .bind(dates::toIso(p.birthDate))
        .bind(kSexes.code(p.sex))
        .bind(optionalNumber(p.heightCm))
        .bind(optionalNumber(p.weightKg))
        .bindText(p.generalPractitioner)
        .bindText(p.notes)
        .bind(PatientSearch::sortKeyOf(p))
        .bind(timestamp)
        .bind(p.id.value)
        .bind(p.version)
        .exec();
    if (q.rowsAffected() != 1)
        return false;
    Sql(m_db, QStringLiteral("DELETE FROM patient_search_terms WHERE patient_id = ?")).bind(p.id.value).exec();
    writeSearchTerms(p.id, p);
    return true;
}

void PatientRepository::writeSearchTerms(PatientId id, const Patient &p)
{
    const QStringList terms = PatientSearch::termsFor(p);
    const QString sortKey = PatientSearch::sortKeyOf(p);
    for (const QString &term : terms) {
        Sql(m_db, QStringLiteral("INSERT INTO patient_search_terms (term, patient_id, sort_key) VALUES (?, ?, ?)"))
            .bind(term)
            .bind(id.value)
            .bind(sortKey)
            .exec();
    }
}

std::optional<Patient> PatientRepository::find(PatientId id)
{
    Sql q(m_db,
          QStringLiteral("SELECT ") + columns(QStringLiteral("p")) + QStringLiteral(" FROM patients p WHERE p.id = ?"));
    q.bind(id.value).exec();
    if (!q.next())
        return std::nullopt;
    return readRow(q, 0);
}

std::optional<Patient> PatientRepository::findByIpp(const QString &ipp)
{
    Sql q(m_db, QStringLiteral("SELECT ") + columns(QStringLiteral("p")) +
                    QStringLiteral(" FROM patients p WHERE p.ipp = ?"));
    q.bind(ipp).exec();
    if (!q.next())
        return std::nullopt;
    return readRow(q, 0);
}

std::optional<Patient> PatientRepository::findByNir(const QString &nir)
{
    Sql q(m_db, QStringLiteral("SELECT ") + columns(QStringLiteral("p")) +
                    QStringLiteral(" FROM patients p WHERE p.nir = ?"));
    q.bind(nir).exec();
    if (!q.next())
        return std::nullopt;
    return readRow(q, 0);
}

qint64 PatientRepository::count()
{
    Sql q(m_db, QStringLiteral("SELECT COUNT(*) FROM patients"));
    q.exec();
    q.next();
    return q.integer(0);
}

bool PatientRepository::any()
{
    Sql q(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM patients)"));
    q.exec();
    q.next();
    return q.integer(0) != 0;
}

QList<Patient> PatientRepository::search(const QString &query, int limit)
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT ") + columns(QStringLiteral("p")) + QStringLiteral(" FROM patients p");
    const QStringList prefixes = PatientSearch::prefixesOf(query);
    if (!prefixes.isEmpty())
        sql += QStringLiteral(" WHERE ") + PatientSearch::condition(QStringLiteral("p.id"), prefixes, binds);
    sql += QStringLiteral(" ORDER BY p.sort_key, p.id");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    Sql q(m_db, sql);
    for (const QVariant &v : std::as_const(binds))
        q.bind(v);
    q.exec();
    QList<Patient> out;
    while (q.next())
        out << readRow(q, 0);
    return out;
}

} // namespace smr
