#pragma once

#include "core/access/Role.h"
#include "core/common/CodeTable.h"

#include <QList>

namespace smr {

// What a write needs. Services ask the Writer for one right per operation; the Writer refuses,
// naming the missing right, before anything is read or written. Rights of features still to
// come (notes, assessments, meetings) are here so that those features start with them.
enum class Right {
    ManageIdentities, // create and edit patients' identities
    ManageStays,      // open, edit, admit, close and cancel stays
    RecordTests,      // enter, correct and discard functional test results
    WriteNotes,       // write the notes of one's own discipline
    WriteAssessments, // write admission assessments, orientations and care plans (drafts)
    SignAssessments,  // sign admission assessments and care plans
    ManageMeetings,   // prepare the weekly meeting
    CloseMeetings,    // close a meeting and its decisions
    ManageUnits,      // configure the establishment's units
    ManageUsers,      // create accounts, reset passwords, deactivate accounts
    ViewAudit,        // read the audit trail
    LoadDemo,         // fill an empty database with demonstration data
    RestoreBackups,   // replace the whole database (audit trail included) by a backup
    WriteDocuments,   // write letters and reports as drafts
    SignDocuments,    // finalise letters and reports (a finalised version is never changed)
    ManageLetterhead, // set the establishment's letterhead of every document
    ExportResults,    // export results in bulk (CSV, FHIR): traced in the audit trail
};

inline constexpr CodeTable<Right, 17> kRights{
    "Right",
    {{
        {Right::ManageIdentities, "manage_identities", QT_TRANSLATE_NOOP("Right", "manage patients' identities"),
         QT_TRANSLATE_NOOP("Right", "identities")},
        {Right::ManageStays, "manage_stays", QT_TRANSLATE_NOOP("Right", "manage stays"),
         QT_TRANSLATE_NOOP("Right", "stays")},
        {Right::RecordTests, "record_tests", QT_TRANSLATE_NOOP("Right", "record test results"),
         QT_TRANSLATE_NOOP("Right", "tests")},
        {Right::WriteNotes, "write_notes", QT_TRANSLATE_NOOP("Right", "write discipline notes"),
         QT_TRANSLATE_NOOP("Right", "notes")},
        {Right::WriteAssessments, "write_assessments",
         QT_TRANSLATE_NOOP("Right", "write admission assessments and care plans"),
         QT_TRANSLATE_NOOP("Right", "assessments")},
        {Right::SignAssessments, "sign_assessments", QT_TRANSLATE_NOOP("Right", "sign assessments"),
         QT_TRANSLATE_NOOP("Right", "signature")},
        {Right::ManageMeetings, "manage_meetings", QT_TRANSLATE_NOOP("Right", "manage meetings"),
         QT_TRANSLATE_NOOP("Right", "meetings")},
        {Right::CloseMeetings, "close_meetings", QT_TRANSLATE_NOOP("Right", "close meetings"),
         QT_TRANSLATE_NOOP("Right", "closing meetings")},
        {Right::ManageUnits, "manage_units", QT_TRANSLATE_NOOP("Right", "manage units"),
         QT_TRANSLATE_NOOP("Right", "units")},
        {Right::ManageUsers, "manage_users", QT_TRANSLATE_NOOP("Right", "manage users"),
         QT_TRANSLATE_NOOP("Right", "users")},
        {Right::ViewAudit, "view_audit", QT_TRANSLATE_NOOP("Right", "view the audit trail"),
         QT_TRANSLATE_NOOP("Right", "audit")},
        {Right::LoadDemo, "load_demo", QT_TRANSLATE_NOOP("Right", "load demonstration data"),
         QT_TRANSLATE_NOOP("Right", "demonstration")},
        {Right::RestoreBackups, "restore_backups", QT_TRANSLATE_NOOP("Right", "restore a backup"),
         QT_TRANSLATE_NOOP("Right", "restore")},
        {Right::WriteDocuments, "write_documents", QT_TRANSLATE_NOOP("Right", "write letters and reports"),
         QT_TRANSLATE_NOOP("Right", "documents")},
        {Right::SignDocuments, "sign_documents", QT_TRANSLATE_NOOP("Right", "finalise letters and reports"),
         QT_TRANSLATE_NOOP("Right", "finalising documents")},
        {Right::ManageLetterhead, "manage_letterhead", QT_TRANSLATE_NOOP("Right", "set the establishment's letterhead"),
         QT_TRANSLATE_NOOP("Right", "letterhead")},
        {Right::ExportResults, "export_results", QT_TRANSLATE_NOOP("Right", "export results (CSV, FHIR)"),
         QT_TRANSLATE_NOOP("Right", "export")},
    }}};

// The rights a role gives.
QList<Right> rightsOf(Role role);

} // namespace smr
