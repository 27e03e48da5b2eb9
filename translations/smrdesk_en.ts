<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgendaSection</name>
    <message>
        <source>New admission</source>
        <translation>New admission</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Discharge within 7 days</source>
        <translation>Discharge within 7 days</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <source>Ongoing stay</source>
        <translation>Ongoing stay</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Ongoing</translation>
    </message>
</context>
<context>
    <name>AnalgesicLevel</name>
    <message>
        <source>No analgesic</source>
        <translation>No analgesic</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Step 1 (non-opioid)</source>
        <translation>Step 1 (non-opioid)</translation>
    </message>
    <message>
        <source>step 1</source>
        <translation>step 1</translation>
    </message>
    <message>
        <source>Step 2 (weak opioid)</source>
        <translation>Step 2 (weak opioid)</translation>
    </message>
    <message>
        <source>step 2</source>
        <translation>step 2</translation>
    </message>
    <message>
        <source>Step 3 (strong opioid)</source>
        <translation>Step 3 (strong opioid)</translation>
    </message>
    <message>
        <source>step 3</source>
        <translation>step 3</translation>
    </message>
</context>
<context>
    <name>AssessmentRules</name>
    <message>
        <source>%1 must be between %2 and %3%4.</source>
        <translation>%1 must be between %2 and %3%4.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1 is too long: at most %2 characters.</translation>
    </message>
    <message>
        <source>home is %1 minutes from the centre (more than %2)</source>
        <translation>home is %1 minutes from the centre (more than %2)</translation>
    </message>
    <message>
        <source>cannot drive (major functional impact)</source>
        <translation>cannot drive (major functional impact)</translation>
    </message>
    <message>
        <source>comorbidities needing supervision</source>
        <translation>comorbidities needing supervision</translation>
    </message>
    <message>
        <source>severe pain resistant to treatment</source>
        <translation>severe pain resistant to treatment</translation>
    </message>
    <message>
        <source>Pain at rest</source>
        <translation>Pain at rest</translation>
    </message>
    <message>
        <source>Pain on activity</source>
        <translation>Pain on activity</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Distance from home</source>
        <translation>Distance from home</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Maximum heart rate</source>
        <translation>Maximum heart rate</translation>
    </message>
    <message>
        <source>beats/min</source>
        <translation>beats/min</translation>
    </message>
    <message>
        <source>Maximum systolic pressure</source>
        <translation>Maximum systolic pressure</translation>
    </message>
    <message>
        <source>Maximum diastolic pressure</source>
        <translation>Maximum diastolic pressure</translation>
    </message>
    <message>
        <source>Lifting limit</source>
        <translation>Lifting limit</translation>
    </message>
    <message>
        <source>The sick leave cannot start after today (%1).</source>
        <translation>The sick leave cannot start after today (%1).</translation>
    </message>
    <message>
        <source>Spine surgery %1: say which operation.</source>
        <translation>Spine surgery %1: say which operation.</translation>
    </message>
    <message>
        <source>Spine surgery %1: the date cannot be after today (%2).</source>
        <translation>Spine surgery %1: the date cannot be after today (%2).</translation>
    </message>
    <message>
        <source>The reason for admission</source>
        <translation>The reason for admission</translation>
    </message>
    <message>
        <source>The history</source>
        <translation>The history</translation>
    </message>
    <message>
        <source>The treatments</source>
        <translation>The treatments</translation>
    </message>
    <message>
        <source>The justification</source>
        <translation>The justification</translation>
    </message>
    <message>
        <source>Give the reason for admission before signing.</source>
        <translation>Give the reason for admission before signing.</translation>
    </message>
    <message>
        <source>An exclusion criterion is present (%1): justify continuing the stay before signing.</source>
        <translation>An exclusion criterion is present (%1): justify continuing the stay before signing.</translation>
    </message>
    <message>
        <source>Choose full hospitalisation (HC) or day hospital (HTP) before signing.</source>
        <translation>Choose full hospitalisation (HC) or day hospital (HTP) before signing.</translation>
    </message>
    <message>
        <source>Choose the orientation before signing: %1.</source>
        <translation>Choose the orientation before signing: %1.</translation>
    </message>
    <message>
        <source>The orientation chosen (%1) is not the one suggested (%2): give the reason in the orientation note before signing.</source>
        <translation>The orientation chosen (%1) is not the one suggested (%2): give the reason in the orientation note before signing.</translation>
    </message>
</context>
<context>
    <name>AssessmentText</name>
    <message>
        <source>max heart rate %1/min</source>
        <translation>max heart rate %1/min</translation>
    </message>
    <message>
        <source>max blood pressure %1/%2 mmHg</source>
        <translation>max blood pressure %1/%2 mmHg</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>brace</source>
        <translation>brace</translation>
    </message>
    <message>
        <source>brace (%1)</source>
        <translation>brace (%1)</translation>
    </message>
    <message>
        <source>lifting ≤ %1 kg</source>
        <translation>lifting ≤ %1 kg</translation>
    </message>
    <message>
        <source>fall risk</source>
        <translation>fall risk</translation>
    </message>
    <message>
        <source>osteoporosis</source>
        <translation>osteoporosis</translation>
    </message>
    <message>
        <source>Red flag: %1</source>
        <translation>Red flag: %1</translation>
    </message>
    <message>
        <source>Exclusion criterion not justified: %1</source>
        <translation>Exclusion criterion not justified: %1</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Test result</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Demonstration data</translation>
    </message>
    <message>
        <source>creation</source>
        <translation>creation</translation>
    </message>
    <message>
        <source>change</source>
        <translation>change</translation>
    </message>
    <message>
        <source>admission confirmed</source>
        <translation>admission confirmed</translation>
    </message>
    <message>
        <source>discharge</source>
        <translation>discharge</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>cancellation</translation>
    </message>
    <message>
        <source>draft saved</source>
        <translation>draft saved</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>recorded</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>draft discarded</source>
        <translation>draft discarded</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>new password</translation>
    </message>
    <message>
        <source>new PIN</source>
        <translation>new PIN</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>reactivated</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <source>sign-in refused</source>
        <translation>sign-in refused</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>loaded</translation>
    </message>
    <message>
        <source>IPP</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <source>Qualified identity</source>
        <translation>Qualified identity</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Used name</source>
        <translation>Used name</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Height (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Weight (kg)</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>General practitioner</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Planned discharge</source>
        <translation>Planned discharge</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Programme detail</source>
        <translation>Programme detail</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Referrer's name</source>
        <translation>Referrer's name</translation>
    </message>
    <message>
        <source>Coordinating physician</source>
        <translation>Coordinating physician</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Performed on</source>
        <translation>Performed on</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>Replaced by a correction</source>
        <translation>Replaced by a correction</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Stays</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Admission assessment</source>
        <translation>Admission assessment</translation>
    </message>
    <message>
        <source>Red flag action</source>
        <translation>Red flag action</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Weekly meeting</source>
        <translation>Weekly meeting</translation>
    </message>
    <message>
        <source>Meeting agenda</source>
        <translation>Meeting agenda</translation>
    </message>
    <message>
        <source>Meeting note</source>
        <translation>Meeting note</translation>
    </message>
    <message>
        <source>Meeting decision</source>
        <translation>Meeting decision</translation>
    </message>
    <message>
        <source>Meeting action</source>
        <translation>Meeting action</translation>
    </message>
    <message>
        <source>Meeting disciplines</source>
        <translation>Meeting disciplines</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>new version</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>moved</translation>
    </message>
    <message>
        <source>choice withdrawn</source>
        <translation>choice withdrawn</translation>
    </message>
    <message>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <source>order changed</source>
        <translation>order changed</translation>
    </message>
    <message>
        <source>reopened for a correction</source>
        <translation>reopened for a correction</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>open again</source>
        <translation>open again</translation>
    </message>
    <message>
        <source>changed by a meeting decision</source>
        <translation>changed by a meeting decision</translation>
    </message>
    <message>
        <source>put back: meeting decision withdrawn</source>
        <translation>put back: meeting decision withdrawn</translation>
    </message>
    <message>
        <source>closed and signed</source>
        <translation>closed and signed</translation>
    </message>
    <message>
        <source>Meeting no.</source>
        <translation>Meeting no.</translation>
    </message>
    <message>
        <source>Meeting of</source>
        <translation>Meeting of</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Document draft</source>
        <translation>Document draft</translation>
    </message>
    <message>
        <source>Letterhead and signature</source>
        <translation>Letterhead and signature</translation>
    </message>
    <message>
        <source>On-call notes</source>
        <translation>On-call notes</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>finalised</translation>
    </message>
    <message>
        <source>Results export</source>
        <translation>Results export</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exported</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The folder %1 could not be created: check its permissions.</source>
        <translation>The folder %1 could not be created: check its permissions.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation><numerusform>%n patient</numerusform><numerusform>%n patients</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n stay(s)</source>
        <translation><numerusform>%n stay</numerusform><numerusform>%n stays</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation><numerusform>%n result</numerusform><numerusform>%n results</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation><numerusform>%n account</numerusform><numerusform>%n accounts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(ies)</source>
        <translation><numerusform>%n audit entry</numerusform><numerusform>%n audit entries</numerusform></translation>
    </message>
    <message>
        <source>%1 is the database itself: choose a backup file.</source>
        <translation>%1 is the database itself: choose a backup file.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nothing was restored: %1</translation>
    </message>
    <message>
        <source>The database %1 already holds data (%2): restoring would replace it. It was left untouched; the replacement must be confirmed (smrdesk-cli: --force).</source>
        <translation>The database %1 already holds data (%2): restoring would replace it. It was left untouched; the replacement must be confirmed (smrdesk-cli: --force).</translation>
    </message>
    <message>
        <source>%1 It was left untouched; replacing it must be confirmed (smrdesk-cli: --force).</source>
        <translation>%1 It was left untouched; replacing it must be confirmed (smrdesk-cli: --force).</translation>
    </message>
    <message>
        <source>The backup was restored into %1, but it cannot be opened: %2</source>
        <translation>The backup was restored into %1, but it cannot be opened: %2</translation>
    </message>
    <message>
        <source>The backup was restored into %1, but the restore could not be written in the audit trail: %2</source>
        <translation>The backup was restored into %1, but the restore could not be written in the audit trail: %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be written to the disk.</source>
        <translation>The backup %1 could not be written to the disk.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never replaces a file: choose another name, or move the old file away first.</source>
        <translation>%1 already exists; a backup never replaces a file: choose another name, or move the old file away first.</translation>
    </message>
    <message>
        <source>The backup could not be named %1.</source>
        <translation>The backup could not be named %1.</translation>
    </message>
</context>
<context>
    <name>BergInstrument</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>High fall risk (0–20: wheelchair)</source>
        <translation>High fall risk (0–20: wheelchair)</translation>
    </message>
    <message>
        <source>Medium fall risk (21–40: walks with assistance)</source>
        <translation>Medium fall risk (21–40: walks with assistance)</translation>
    </message>
    <message>
        <source>Low fall risk (41–56: independent)</source>
        <translation>Low fall risk (41–56: independent)</translation>
    </message>
    <message>
        <source>Below 45: increased fall risk.</source>
        <translation>Below 45: increased fall risk.</translation>
    </message>
    <message>
        <source>Item 3 counted 4: item 2 was scored 4.</source>
        <translation>Item 3 counted 4: item 2 was scored 4.</translation>
    </message>
    <message>
        <source>MDC %1 points from a baseline of %2 (Donoghue 2009, older adults; 6 after stroke)</source>
        <translation>MDC %1 points from a baseline of %2 (Donoghue 2009, older adults; 6 after stroke)</translation>
    </message>
    <message>
        <source>Berg %1</source>
        <translation>Berg %1</translation>
    </message>
    <message>
        <source>Increased fall risk &lt; %1</source>
        <translation>Increased fall risk &lt; %1</translation>
    </message>
    <message>
        <source>High fall risk %1–%2</source>
        <translation>High fall risk %1–%2</translation>
    </message>
    <message>
        <source>Medium fall risk %1–%2</source>
        <translation>Medium fall risk %1–%2</translation>
    </message>
    <message>
        <source>Low fall risk %1–%2</source>
        <translation>Low fall risk %1–%2</translation>
    </message>
</context>
<context>
    <name>BmiClass</name>
    <message>
        <source>Underweight</source>
        <translation>Underweight</translation>
    </message>
    <message>
        <source>underweight</source>
        <translation>underweight</translation>
    </message>
    <message>
        <source>Normal weight</source>
        <translation>Normal weight</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>Overweight</source>
        <translation>Overweight</translation>
    </message>
    <message>
        <source>overweight</source>
        <translation>overweight</translation>
    </message>
    <message>
        <source>Obesity class I</source>
        <translation>Obesity class I</translation>
    </message>
    <message>
        <source>obesity I</source>
        <translation>obesity I</translation>
    </message>
    <message>
        <source>Obesity class II</source>
        <translation>Obesity class II</translation>
    </message>
    <message>
        <source>obesity II</source>
        <translation>obesity II</translation>
    </message>
    <message>
        <source>Obesity class III</source>
        <translation>Obesity class III</translation>
    </message>
    <message>
        <source>obesity III</source>
        <translation>obesity III</translation>
    </message>
</context>
<context>
    <name>CarePlanRules</name>
    <message>
        <source>Goal %1: the instrument is required for a measured goal; the instruments are %2.</source>
        <translation>Goal %1: the instrument is required for a measured goal; the instruments are %2.</translation>
    </message>
    <message>
        <source>Goal %1: unknown instrument "%2"; the instruments are %3.</source>
        <translation>Goal %1: unknown instrument "%2"; the instruments are %3.</translation>
    </message>
    <message>
        <source>Goal %1: "%2" is not a measure of %3; its measures are %4.</source>
        <translation>Goal %1: "%2" is not a measure of %3; its measures are %4.</translation>
    </message>
    <message>
        <source>Goal %1: the change of %2 is a decrease in %, as lower is better: from %3 to less than 0 (for example %4).</source>
        <translation>Goal %1: the change of %2 is a decrease in %, as lower is better: from %3 to less than 0 (for example %4).</translation>
    </message>
    <message>
        <source>Goal %1: the change of %2 is an increase in %, as higher is better: more than 0, up to %3 (for example %4).</source>
        <translation>Goal %1: the change of %2 is an increase in %, as higher is better: more than 0, up to %3 (for example %4).</translation>
    </message>
    <message>
        <source>Goal %1: the change of %2 is a decrease in %3, as lower is better: from %4 to less than 0.</source>
        <translation>Goal %1: the change of %2 is a decrease in %3, as lower is better: from %4 to less than 0.</translation>
    </message>
    <message>
        <source>Goal %1: the change of %2 is an increase in %3, as higher is better: more than 0, up to %4.</source>
        <translation>Goal %1: the change of %2 is an increase in %3, as higher is better: more than 0, up to %4.</translation>
    </message>
    <message>
        <source>Goal %1: the value of %2 to reach must be from %3 to %4 %5.</source>
        <translation>Goal %1: the value of %2 to reach must be from %3 to %4 %5.</translation>
    </message>
    <message>
        <source>Goal %1: unknown objective; the objectives are %2.</source>
        <translation>Goal %1: unknown objective; the objectives are %2.</translation>
    </message>
    <message>
        <source>Goal %1: unknown kind of target; the kinds are %2.</source>
        <translation>Goal %1: unknown kind of target; the kinds are %2.</translation>
    </message>
    <message>
        <source>Goal %1: the target date is required for a goal done by a date.</source>
        <translation>Goal %1: the target date is required for a goal done by a date.</translation>
    </message>
    <message>
        <source>Goal %1: the target date must be from the admission (%2) to %3.</source>
        <translation>Goal %1: the target date must be from the admission (%2) to %3.</translation>
    </message>
    <message>
        <source>Goal %1: the text is required for a goal without a measure: it says what is judged.</source>
        <translation>Goal %1: the text is required for a goal without a measure: it says what is judged.</translation>
    </message>
    <message>
        <source>Goal %1: the text is too long (at most %2 characters).</source>
        <translation>Goal %1: the text is too long (at most %2 characters).</translation>
    </message>
    <message>
        <source>Goal %1: the review date must fall within the stay, from %2 to %3.</source>
        <translation>Goal %1: the review date must fall within the stay, from %2 to %3.</translation>
    </message>
    <message>
        <source>Goal %1: the date it was achieved must be from the admission (%2) to today (%3).</source>
        <translation>Goal %1: the date it was achieved must be from the admission (%2) to today (%3).</translation>
    </message>
    <message>
        <source>The planned duration must be from %1 to %2 weeks.</source>
        <translation>The planned duration must be from %1 to %2 weeks.</translation>
    </message>
    <message>
        <source>The plan needs at least one goal; the objectives are %1.</source>
        <translation>The plan needs at least one goal; the objectives are %1.</translation>
    </message>
    <message>
        <source>Line %1 of the disciplines: unknown discipline; the disciplines are %2.</source>
        <translation>Line %1 of the disciplines: unknown discipline; the disciplines are %2.</translation>
    </message>
    <message>
        <source>Each discipline is listed once: %1 appears more than once.</source>
        <translation>Each discipline is listed once: %1 appears more than once.</translation>
    </message>
    <message>
        <source>%1: the individual sessions a week must be from 0 to %2.</source>
        <translation>%1: the individual sessions a week must be from 0 to %2.</translation>
    </message>
    <message>
        <source>%1: the collective sessions a week must be from 0 to %2.</source>
        <translation>%1: the collective sessions a week must be from 0 to %2.</translation>
    </message>
    <message>
        <source>The date the patient agreed to the plan must be from the admission (%1) to today (%2).</source>
        <translation>The date the patient agreed to the plan must be from the admission (%1) to today (%2).</translation>
    </message>
    <message>
        <source>The next review must fall within the stay, from %1 to %2.</source>
        <translation>The next review must fall within the stay, from %1 to %2.</translation>
    </message>
    <message>
        <source>The reason for the shortfall is too long (at most %1 characters).</source>
        <translation>The reason for the shortfall is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Therapies: %1 planned (%2), at least %3 needed among %4.</source>
        <translation>Therapies: %1 planned (%2), at least %3 needed among %4.</translation>
    </message>
    <message>
        <source>Sessions a week in full hospitalisation: %1 planned, at least %2 needed (two treatment sequences each working day).</source>
        <translation>Sessions a week in full hospitalisation: %1 planned, at least %2 needed (two treatment sequences each working day).</translation>
    </message>
    <message>
        <source>Individual sessions a week in full hospitalisation: %1 planned, at least %2 needed (one individual sequence each working day).</source>
        <translation>Individual sessions a week in full hospitalisation: %1 planned, at least %2 needed (one individual sequence each working day).</translation>
    </message>
    <message>
        <source>The plan falls short of the minimum of décret n° 2022-25. %1 Give the reason for the shortfall, or complete the plan.</source>
        <translation>The plan falls short of the minimum of décret n° 2022-25. %1 Give the reason for the shortfall, or complete the plan.</translation>
    </message>
</context>
<context>
    <name>ChangeAnalysis</name>
    <message>
        <source>▲ better</source>
        <translation>▲ better</translation>
    </message>
    <message>
        <source>▼ worse</source>
        <translation>▼ worse</translation>
    </message>
    <message>
        <source>= unchanged</source>
        <translation>= unchanged</translation>
    </message>
    <message>
        <source>MCID</source>
        <translation>MCID</translation>
    </message>
    <message>
        <source>MDC</source>
        <translation>MDC</translation>
    </message>
    <message>
        <source>(%1 reached)</source>
        <translation>(%1 reached)</translation>
    </message>
    <message>
        <source>(below the %1)</source>
        <translation>(below the %1)</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Dallas square</source>
        <translation>Dallas square</translation>
    </message>
    <message>
        <source>%1 (↑ better)</source>
        <translation>%1 (↑ better)</translation>
    </message>
    <message>
        <source>%1 (↓ better)</source>
        <translation>%1 (↓ better)</translation>
    </message>
    <message>
        <source>Earlier stay</source>
        <translation>Earlier stay</translation>
    </message>
    <message>
        <source>Physical impact (%)</source>
        <translation>Physical impact (%)</translation>
    </message>
    <message>
        <source>Psychological impact (%)</source>
        <translation>Psychological impact (%)</translation>
    </message>
    <message>
        <source>50 % border</source>
        <translation>50 % border</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Current stay</source>
        <translation>Current stay</translation>
    </message>
    <message>
        <source>Earlier stays</source>
        <translation>Earlier stays</translation>
    </message>
    <message>
        <source>Other stays</source>
        <translation>Other stays</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>No %1 result for this patient yet.</source>
        <translation>No %1 result for this patient yet.</translation>
    </message>
    <message>
        <source>%1 — dimensions</source>
        <translation>%1 — dimensions</translation>
    </message>
    <message>
        <source>No %1 result in this stay yet.</source>
        <translation>No %1 result in this stay yet.</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Goal %1: %2</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Goal: %1</translation>
    </message>
    <message>
        <source>Stay from %1 to %2</source>
        <translation>Stay from %1 to %2</translation>
    </message>
    <message>
        <source>No Dallas questionnaire in this stay yet.</source>
        <translation>No Dallas questionnaire in this stay yet.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>The chart could not be saved to %1: %2</source>
        <translation>The chart could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>the drawing could not start</source>
        <translation>the drawing could not start</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Assessor: %1</source>
        <translation>Assessor: %1</translation>
    </message>
    <message>
        <source>Remarks: %1</source>
        <translation>Remarks: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Physical impact: %1</source>
        <translation>Physical impact: %1</translation>
    </message>
    <message>
        <source>Psychological impact: %1</source>
        <translation>Psychological impact: %1</translation>
    </message>
    <message>
        <source>Quadrant: %1</source>
        <translation>Quadrant: %1</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>chart</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>A path is expected after --db.</source>
        <translation>A path is expected after --db.</translation>
    </message>
    <message>
        <source>"%1" is not allowed; the values are fr, en.</source>
        <translation>"%1" is not allowed; the values are fr, en.</translation>
    </message>
    <message>
        <source>A command is required; the commands are %1.</source>
        <translation>A command is required; the commands are %1.</translation>
    </message>
    <message>
        <source>Unknown command "%1"; the commands are %2.</source>
        <translation>Unknown command "%1"; the commands are %2.</translation>
    </message>
    <message>
        <source>Unknown instrument "%1"; the instruments are %2.</source>
        <translation>Unknown instrument "%1"; the instruments are %2.</translation>
    </message>
    <message>
        <source>The answers are not valid JSON (%1, at character %2).</source>
        <translation>The answers are not valid JSON (%1, at character %2).</translation>
    </message>
    <message>
        <source>The answers must be a JSON object, for example %1.</source>
        <translation>The answers must be a JSON object, for example %1.</translation>
    </message>
    <message>
        <source>An address is expected after --db-url.</source>
        <translation>An address is expected after --db-url.</translation>
    </message>
    <message>
        <source>Give either --db (a file) or --db-url (a server), not both.</source>
        <translation>Give either --db (a file) or --db-url (a server), not both.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>No terminal to type the password on: set SMRDESK_NEW_PASSWORD.</source>
        <translation>No terminal to type the password on: set SMRDESK_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>The two passwords differ; nothing was changed.</translation>
    </message>
    <message>
        <source>"%1" is not allowed; the values are %2.</source>
        <translation>"%1" is not allowed; the values are %2.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>There is no account %1.</translation>
    </message>
    <message>
        <source>One scope is required: --stay ID, --patient ID, or --unit CODE with --from YYYY-MM-DD and --to YYYY-MM-DD.</source>
        <translation>One scope is required: --stay ID, --patient ID, or --unit CODE with --from YYYY-MM-DD and --to YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Give one scope only: --stay, --patient or --unit (with --from and --to), not %1 and %2.</source>
        <translation>Give one scope only: --stay, --patient or --unit (with --from and --to), not %1 and %2.</translation>
    </message>
    <message>
        <source>%1 YYYY-MM-DD is required with --unit (the period, both days included).</source>
        <translation>%1 YYYY-MM-DD is required with --unit (the period, both days included).</translation>
    </message>
    <message>
        <source>%1 goes with --unit only: a stay or a patient is exported whole.</source>
        <translation>%1 goes with --unit only: a stay or a patient is exported whole.</translation>
    </message>
    <message>
        <source>A byte order mark is for CSV only (--format csv); a FHIR bundle is JSON without one.</source>
        <translation>A byte order mark is for CSV only (--format csv); a FHIR bundle is JSON without one.</translation>
    </message>
    <message>
        <source>Usage: smrdesk-cli [--db PATH | --db-url postgresql://user@host:port/dbname] [--lang fr|en] COMMAND [OPTIONS]

Commands:
  init
  patient add --ipp TEXT --last-name TEXT --first-name TEXT --birth-date YYYY-MM-DD --sex F|M
              [--nir 15CHARS] [--height-cm N] [--weight-kg N]
  patient list [--search TEXT]
  stay open --patient ID --mode HC|HTP --admitted YYYY-MM-DD [--unit TEXT]
            [--programme rfr|individual|education|other] [--planned-discharge YYYY-MM-DD]
  stay close --stay ID --discharged YYYY-MM-DD
  demo --patients N [--seed S] [--history]
  score INSTRUMENT JSON
  record --stay ID [--performed-at YYYY-MM-DDTHH:MM] [--by NAME] [--remarks TEXT] INSTRUMENT JSON
  results --stay ID
  audit [--patient ID] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--user NAME]
  user add --username LOGIN --name TEXT --roles ROLE[,ROLE...]
  user list
  user password --username LOGIN
  backup FILE
  check
  restore FILE [--force]
  export --format csv|fhir (--stay ID | --patient ID | --unit CODE --from YYYY-MM-DD --to YYYY-MM-DD)
         [--bom]

Instruments: tug, 6mwt, berg, dallas, odi, startback. JSON holds the answers, for example
  '{"seconds": 12.4}' (tug) or '{"items": [4, 4, 3, 4, 4, 4, 3, 3, 3, 4, 4, 3, 2, 2]}' (berg).

Roles: physician, physiotherapist, occupational_therapist, adapted_physical_activity,
  psychomotricist, nurse, psychologist, social_worker, secretary, administrator.
A new account's password comes from SMRDESK_NEW_PASSWORD or is typed twice.
Writes are recorded in the audit trail as cli:&lt;operating-system user&gt;.

demo fills an empty database with made-up patients, stays and results (the stays of the last
  year; --history: every stay of ten years, about 20 results a stay, to measure speed at scale).
backup copies the database into FILE while others keep working (SQLite: a database file;
  PostgreSQL: pg_dump's custom format) and never replaces an existing FILE.
check reads the database without changing it: {"ok": true, ...} exits 0; a damaged,
  foreign or newer database prints {"ok": false, "problem": ...} and exits 1.
restore replaces the database by the backup FILE, once FILE is checked; a database that
  holds data is replaced only with --force. PostgreSQL needs the package postgresql-client.
export prints the final results of a stay, of a patient (every stay) or of a unit over a period
  (both days included) on stdout: CSV (one row per result; --bom starts it with a UTF-8 byte
  order mark for spreadsheets) or one FHIR R4 JSON bundle. The columns and codes are in
  docs/EXPORT.md.

--db defaults to %1; the password of --db-url comes from PGPASSWORD, ~/.pgpass or a prompt.
Success prints one JSON document on stdout (export: the CSV or the bundle; exit 0); refused
input exits 2 with a message on stderr and writes nothing; other failures exit 1.
</source>
        <translation>Usage: smrdesk-cli [--db PATH | --db-url postgresql://user@host:port/dbname] [--lang fr|en] COMMAND [OPTIONS]

Commands:
  init
  patient add --ipp TEXT --last-name TEXT --first-name TEXT --birth-date YYYY-MM-DD --sex F|M
              [--nir 15CHARS] [--height-cm N] [--weight-kg N]
  patient list [--search TEXT]
  stay open --patient ID --mode HC|HTP --admitted YYYY-MM-DD [--unit TEXT]
            [--programme rfr|individual|education|other] [--planned-discharge YYYY-MM-DD]
  stay close --stay ID --discharged YYYY-MM-DD
  demo --patients N [--seed S] [--history]
  score INSTRUMENT JSON
  record --stay ID [--performed-at YYYY-MM-DDTHH:MM] [--by NAME] [--remarks TEXT] INSTRUMENT JSON
  results --stay ID
  audit [--patient ID] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--user NAME]
  user add --username LOGIN --name TEXT --roles ROLE[,ROLE...]
  user list
  user password --username LOGIN
  backup FILE
  check
  restore FILE [--force]
  export --format csv|fhir (--stay ID | --patient ID | --unit CODE --from YYYY-MM-DD --to YYYY-MM-DD)
         [--bom]

Instruments: tug, 6mwt, berg, dallas, odi, startback. JSON holds the answers, for example
  '{"seconds": 12.4}' (tug) or '{"items": [4, 4, 3, 4, 4, 4, 3, 3, 3, 4, 4, 3, 2, 2]}' (berg).

Roles: physician, physiotherapist, occupational_therapist, adapted_physical_activity,
  psychomotricist, nurse, psychologist, social_worker, secretary, administrator.
A new account's password comes from SMRDESK_NEW_PASSWORD or is typed twice.
Writes are recorded in the audit trail as cli:&lt;operating-system user&gt;.

demo fills an empty database with made-up patients, stays and results (the stays of the last
  year; --history: every stay of ten years, about 20 results a stay, to measure speed at scale).
backup copies the database into FILE while others keep working (SQLite: a database file;
  PostgreSQL: pg_dump's custom format) and never replaces an existing FILE.
check reads the database without changing it: {"ok": true, ...} exits 0; a damaged,
  foreign or newer database prints {"ok": false, "problem": ...} and exits 1.
restore replaces the database by the backup FILE, once FILE is checked; a database that
  holds data is replaced only with --force. PostgreSQL needs the package postgresql-client.
export prints the final results of a stay, of a patient (every stay) or of a unit over a period
  (both days included) on stdout: CSV (one row per result; --bom starts it with a UTF-8 byte
  order mark for spreadsheets) or one FHIR R4 JSON bundle. The columns and codes are in
  docs/EXPORT.md.

--db defaults to %1; the password of --db-url comes from PGPASSWORD, ~/.pgpass or a prompt.
Success prints one JSON document on stdout (export: the CSV or the bundle; exit 0); refused
input exits 2 with a message on stderr and writes nothing; other failures exit 1.
</translation>
    </message>
</context>
<context>
    <name>CommandOptions</name>
    <message>
        <source>Unexpected argument "%1" for "%2"; its options are %3.</source>
        <translation>Unexpected argument "%1" for "%2"; its options are %3.</translation>
    </message>
    <message>
        <source>Unknown option for "%1"; its options are %2.</source>
        <translation>Unknown option for "%1"; its options are %2.</translation>
    </message>
    <message>
        <source>A value is expected after %1.</source>
        <translation>A value is expected after %1.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 is given twice.</translation>
    </message>
    <message>
        <source>%1 is required for "%2".</source>
        <translation>%1 is required for "%2".</translation>
    </message>
    <message>
        <source>"%1" is not a valid date; use YYYY-MM-DD, for example 1956-03-12.</source>
        <translation>"%1" is not a valid date; use YYYY-MM-DD, for example 1956-03-12.</translation>
    </message>
    <message>
        <source>"%1" is not allowed; give a whole number from %2 to %3.</source>
        <translation>"%1" is not allowed; give a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>"%1" is not allowed; give a whole number from 0 to 18446744073709551615.</source>
        <translation>"%1" is not allowed; give a whole number from 0 to 18446744073709551615.</translation>
    </message>
    <message>
        <source>"%1" is not a number.</source>
        <translation>"%1" is not a number.</translation>
    </message>
    <message>
        <source>"%1" is not allowed; the values are %2.</source>
        <translation>"%1" is not allowed; the values are %2.</translation>
    </message>
    <message>
        <source>%1 is required: %2 %3.</source>
        <translation>%1 is required: %2 %3.</translation>
    </message>
    <message>
        <source>"%1" is not a valid date and time; use YYYY-MM-DDTHH:MM, for example 2026-11-22T14:30.</source>
        <translation>"%1" is not a valid date and time; use YYYY-MM-DDTHH:MM, for example 2026-11-22T14:30.</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 takes no value.</translation>
    </message>
</context>
<context>
    <name>DallasInstrument</name>
    <message>
        <source>Daily activities</source>
        <translation>Daily activities</translation>
    </message>
    <message>
        <source>Work and leisure</source>
        <translation>Work and leisure</translation>
    </message>
    <message>
        <source>Anxiety and depression</source>
        <translation>Anxiety and depression</translation>
    </message>
    <message>
        <source>Social interest</source>
        <translation>Social interest</translation>
    </message>
    <message>
        <source>Medical profile: physical impact predominant, physical treatment orientation</source>
        <translation>Medical profile: physical impact predominant, physical treatment orientation</translation>
    </message>
    <message>
        <source>Behavioural profile: psychological impact predominant</source>
        <translation>Behavioural profile: psychological impact predominant</translation>
    </message>
    <message>
        <source>Mixed profile: physical and psychological impact above 50 %</source>
        <translation>Mixed profile: physical and psychological impact above 50 %</translation>
    </message>
    <message>
        <source>Undetermined profile</source>
        <translation>Undetermined profile</translation>
    </message>
    <message>
        <source>Social interest is not sensitive to change (Marty 1998).</source>
        <translation>Social interest is not sensitive to change (Marty 1998).</translation>
    </message>
    <message>
        <source>DA %1 % · WL %2 % · AD %3 % · SI %4 %</source>
        <translation>DA %1 % · WL %2 % · AD %3 % · SI %4 %</translation>
    </message>
    <message>
        <source>Dallas %1</source>
        <translation>Dallas %1</translation>
    </message>
    <message>
        <source>Profile border %1 %</source>
        <translation>Profile border %1 %</translation>
    </message>
    <message>
        <source>Above %1 %, the dimension's impact counts as high in the cross-profile and on the Dallas square</source>
        <translation>Above %1 %, the dimension's impact counts as high in the cross-profile and on the Dallas square</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>The database %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>its folder cannot be created.</source>
        <translation>its folder cannot be created.</translation>
    </message>
    <message>
        <source>it is not a file.</source>
        <translation>it is not a file.</translation>
    </message>
    <message>
        <source>it is not an SMR Desk database.</source>
        <translation>it is not an SMR Desk database.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of SMR Desk (schema %2; this version knows schemas up to %3). It has been left untouched: install the newer version of SMR Desk to open it.</source>
        <translation>The database %1 was written by a newer version of SMR Desk (schema %2; this version knows schemas up to %3). It has been left untouched: install the newer version of SMR Desk to open it.</translation>
    </message>
    <message>
        <source>The schema version of %1 cannot be read.</source>
        <translation>The schema version of %1 cannot be read.</translation>
    </message>
    <message>
        <source>A database statement could not be prepared</source>
        <translation>A database statement could not be prepared</translation>
    </message>
    <message>
        <source>A database statement failed</source>
        <translation>A database statement failed</translation>
    </message>
    <message>
        <source>A nested write failed; nothing was saved.</source>
        <translation>A nested write failed; nothing was saved.</translation>
    </message>
    <message>
        <source>The changes could not be saved</source>
        <translation>The changes could not be saved</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL) is missing: install libqt6sql6-psql.</source>
        <translation>the PostgreSQL driver of Qt (QPSQL) is missing: install libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password: %2</source>
        <translation>The server %1 asks for a password: %2</translation>
    </message>
    <message>
        <source>it is not an SQLite database file (another kind of file, or its first page is damaged).</source>
        <translation>it is not an SQLite database file (another kind of file, or its first page is damaged).</translation>
    </message>
    <message>
        <source>The connection to %1 cannot be renewed while a read or a write is in progress. Please report this fault.</source>
        <translation>The connection to %1 cannot be renewed while a read or a write is in progress. Please report this fault.</translation>
    </message>
    <message>
        <source>Reconnecting failed: %1</source>
        <translation>Reconnecting failed: %1</translation>
    </message>
    <message>
        <source>Check the network or whether the server is running, then retry.</source>
        <translation>Check the network or whether the server is running, then retry.</translation>
    </message>
    <message>
        <source>The connection to the database %1 is lost.</source>
        <translation>The connection to the database %1 is lost.</translation>
    </message>
    <message>
        <source>The connection to the server %1 is lost.</source>
        <translation>The connection to the server %1 is lost.</translation>
    </message>
    <message>
        <source>The server said: %1.</source>
        <translation>The server said: %1.</translation>
    </message>
    <message>
        <source>the file is no longer there.</source>
        <translation>the file is no longer there.</translation>
    </message>
</context>
<context>
    <name>DatabaseAddress</name>
    <message>
        <source>"%1" is not a database address; use postgresql://user@host:port/dbname.</source>
        <translation>"%1" is not a database address; use postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>The password must not be written in the database address (it would stay in the shell history): give it in PGPASSWORD, in ~/.pgpass, or when asked.</source>
        <translation>The password must not be written in the database address (it would stay in the shell history): give it in PGPASSWORD, in ~/.pgpass, or when asked.</translation>
    </message>
    <message>
        <source>"%1" lacks the server or the database name; use postgresql://user@host:port/dbname.</source>
        <translation>"%1" lacks the server or the database name; use postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>The schema "%1" must be letters, digits and underscores.</source>
        <translation>The schema "%1" must be letters, digits and underscores.</translation>
    </message>
</context>
<context>
    <name>DecisionKind</name>
    <message>
        <source>Continue unchanged</source>
        <translation>Continue unchanged</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Adjust the programme</source>
        <translation>Adjust the programme</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Extend the stay to a date</source>
        <translation>Extend the stay to a date</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Set the discharge date</source>
        <translation>Set the discharge date</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <source>Refer to…</source>
        <translation>Refer to…</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Other decision</source>
        <translation>Other decision</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Discipline</name>
    <message>
        <source>Physiotherapy</source>
        <translation>Physiotherapy</translation>
    </message>
    <message>
        <source>Physio</source>
        <translation>Physio</translation>
    </message>
    <message>
        <source>Occupational therapy</source>
        <translation>Occupational therapy</translation>
    </message>
    <message>
        <source>OT</source>
        <translation>OT</translation>
    </message>
    <message>
        <source>Adapted physical activity</source>
        <translation>Adapted physical activity</translation>
    </message>
    <message>
        <source>APA</source>
        <translation>APA</translation>
    </message>
    <message>
        <source>Psychology</source>
        <translation>Psychology</translation>
    </message>
    <message>
        <source>Nursing</source>
        <translation>Nursing</translation>
    </message>
    <message>
        <source>Social work</source>
        <translation>Social work</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Dietetics</source>
        <translation>Dietetics</translation>
    </message>
    <message>
        <source>Psychomotricity</source>
        <translation>Psychomotricity</translation>
    </message>
    <message>
        <source>Orthoprosthetics</source>
        <translation>Orthoprosthetics</translation>
    </message>
</context>
<context>
    <name>DocumentComposer</name>
    <message>
        <source>Unknown kind of document.</source>
        <translation>Unknown kind of document.</translation>
    </message>
</context>
<context>
    <name>DocumentHtml</name>
    <message>
        <source>%1:</source>
        <extracomment>A label and its value in a document: "Motif : lombalgie chronique"</extracomment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Admission report</source>
        <translation>Admission report</translation>
    </message>
    <message>
        <source>admission report</source>
        <translation>admission report</translation>
    </message>
    <message>
        <source>Discharge letter</source>
        <translation>Discharge letter</translation>
    </message>
    <message>
        <source>discharge letter</source>
        <translation>discharge letter</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <source>meeting minutes</source>
        <translation>meeting minutes</translation>
    </message>
    <message>
        <source>On-call handover sheet</source>
        <translation>On-call handover sheet</translation>
    </message>
    <message>
        <source>on-call sheet</source>
        <translation>on-call sheet</translation>
    </message>
    <message>
        <source>Result sheet</source>
        <translation>Result sheet</translation>
    </message>
    <message>
        <source>result sheet</source>
        <translation>result sheet</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>RPPS %1</source>
        <translation>RPPS %1</translation>
    </message>
    <message>
        <source>FINESS %1</source>
        <translation>FINESS %1</translation>
    </message>
    <message>
        <source>Tel. %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
</context>
<context>
    <name>Exclusion</name>
    <message>
        <source>Intercurrent disease preventing intensive rehabilitation (cardiac, respiratory, neurological)</source>
        <translation>Intercurrent disease preventing intensive rehabilitation (cardiac, respiratory, neurological)</translation>
    </message>
    <message>
        <source>intercurrent disease</source>
        <translation>intercurrent disease</translation>
    </message>
    <message>
        <source>Secondary cause (tumour, infection, unstable fracture)</source>
        <translation>Secondary cause (tumour, infection, unstable fracture)</translation>
    </message>
    <message>
        <source>secondary cause</source>
        <translation>secondary cause</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Pregnancy</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>pregnancy</translation>
    </message>
    <message>
        <source>Disabling psychiatric or cognitive disorder</source>
        <translation>Disabling psychiatric or cognitive disorder</translation>
    </message>
    <message>
        <source>psychiatric or cognitive disorder</source>
        <translation>psychiatric or cognitive disorder</translation>
    </message>
    <message>
        <source>Obesity class III (BMI ≥ 40)</source>
        <translation>Obesity class III (BMI ≥ 40)</translation>
    </message>
    <message>
        <source>obesity class III</source>
        <translation>obesity class III</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>CSV (spreadsheet, one row per result)</source>
        <translation>CSV (spreadsheet, one row per result)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>FHIR R4 (JSON bundle for a FHIR server)</source>
        <translation>FHIR R4 (JSON bundle for a FHIR server)</translation>
    </message>
    <message>
        <source>FHIR</source>
        <translation>FHIR</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>No stay has the identifier %1.</source>
        <translation>No stay has the identifier %1.</translation>
    </message>
    <message>
        <source>No patient has the identifier %1.</source>
        <translation>No patient has the identifier %1.</translation>
    </message>
    <message>
        <source>The first day of the period is required (a date).</source>
        <translation>The first day of the period is required (a date).</translation>
    </message>
    <message>
        <source>The last day of the period is required (a date).</source>
        <translation>The last day of the period is required (a date).</translation>
    </message>
    <message>
        <source>The last day of the period (%1) is before its first day (%2).</source>
        <translation>The last day of the period (%1) is before its first day (%2).</translation>
    </message>
    <message>
        <source>The export stopped before its end: %1</source>
        <translation>The export stopped before its end: %1</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>The export could not be written: %1</translation>
    </message>
    <message>
        <source>The results were exported but the export could not be recorded in the audit trail, so it is reported as failed: %1</source>
        <translation>The results were exported but the export could not be recorded in the audit trail, so it is reported as failed: %1</translation>
    </message>
</context>
<context>
    <name>FlagAnswer</name>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>GoalProgress</name>
    <message>
        <source>Achieved on %1.</source>
        <translation>Achieved on %1.</translation>
    </message>
    <message>
        <source>Judged by the team: not marked achieved yet.</source>
        <translation>Judged by the team: not marked achieved yet.</translation>
    </message>
    <message>
        <source>No target date.</source>
        <translation>No target date.</translation>
    </message>
    <message>
        <source>Not achieved, and the target date %1 has passed.</source>
        <translation>Not achieved, and the target date %1 has passed.</translation>
    </message>
    <message>
        <source>Due by %1, not achieved yet.</source>
        <translation>Due by %1, not achieved yet.</translation>
    </message>
    <message>
        <source>Unknown measure "%1" of "%2": its progress cannot be followed.</source>
        <translation>Unknown measure "%1" of "%2": its progress cannot be followed.</translation>
    </message>
    <message>
        <source>No %1 result in this stay yet: the baseline is missing.</source>
        <translation>No %1 result in this stay yet: the baseline is missing.</translation>
    </message>
    <message>
        <source> (%1 % of %2)</source>
        <translation> (%1 % of %2)</translation>
    </message>
    <message>
        <source> (%1 %2 from %3)</source>
        <translation> (%1 %2 from %3)</translation>
    </message>
    <message>
        <source>%1 %2 reached the target %3%4</source>
        <translation>%1 %2 reached the target %3%4</translation>
    </message>
    <message>
        <source>Only the baseline so far: %1 %2 on %3, target %4 by %5.</source>
        <translation>Only the baseline so far: %1 %2 on %3, target %4 by %5.</translation>
    </message>
    <message>
        <source>Only the baseline: %1 %2 on %3; the target %4 was due by %5.</source>
        <translation>Only the baseline: %1 %2 on %3; the target %4 was due by %5.</translation>
    </message>
    <message>
        <source>%1 %2 on %3: the target %4 was due by %5.</source>
        <translation>%1 %2 on %3: the target %4 was due by %5.</translation>
    </message>
    <message>
        <source>%1 %2 on %3, target %4 by %5: %6 % of the change made with %7 % of the time gone.</source>
        <translation>%1 %2 on %3, target %4 by %5: %6 % of the change made with %7 % of the time gone.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Off track</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Not measured</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>Medical (physical impact)</source>
        <translation>Medical (physical impact)</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medical</translation>
    </message>
    <message>
        <source>Behavioural (psychological impact)</source>
        <translation>Behavioural (psychological impact)</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>Behavioural</translation>
    </message>
    <message>
        <source>Mixed (physical and psychological impact)</source>
        <translation>Mixed (physical and psychological impact)</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <source>Low impact</source>
        <translation>Low impact</translation>
    </message>
    <message>
        <source>Not assessed (no Dallas questionnaire)</source>
        <translation>Not assessed (no Dallas questionnaire)</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
</context>
<context>
    <name>Grouping</name>
    <message>
        <source>heavy medication</source>
        <translation>heavy medication</translation>
    </message>
    <message>
        <source>brace</source>
        <translation>brace</translation>
    </message>
    <message>
        <source>fatigability</source>
        <translation>fatigability</translation>
    </message>
    <message>
        <source>severe psychosocial factors</source>
        <translation>severe psychosocial factors</translation>
    </message>
</context>
<context>
    <name>GroupingText</name>
    <message>
        <source>No Dallas</source>
        <translation>No Dallas</translation>
    </message>
    <message>
        <source>P %1 % · Ψ %2 %</source>
        <translation>P %1 % · Ψ %2 %</translation>
    </message>
    <message>
        <source>(incoming %1)</source>
        <translation>(incoming %1)</translation>
    </message>
    <message>
        <source>✎ Moved by the team (suggested: %1)</source>
        <translation>✎ Moved by the team (suggested: %1)</translation>
    </message>
    <message>
        <source>Moved by the team from %1: %2</source>
        <translation>Moved by the team from %1: %2</translation>
    </message>
    <message>
        <source>Physical impact above 50 %, psychological 50 % or less</source>
        <translation>Physical impact above 50 %, psychological 50 % or less</translation>
    </message>
    <message>
        <source>Psychological impact above 50 %, physical 50 % or less</source>
        <translation>Psychological impact above 50 %, physical 50 % or less</translation>
    </message>
    <message>
        <source>Physical and psychological impact above 50 %</source>
        <translation>Physical and psychological impact above 50 %</translation>
    </message>
    <message>
        <source>Physical and psychological impact 50 % or less</source>
        <translation>Physical and psychological impact 50 % or less</translation>
    </message>
    <message>
        <source>No Dallas questionnaire yet</source>
        <translation>No Dallas questionnaire yet</translation>
    </message>
    <message>
        <source>No patient</source>
        <translation>No patient</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 patient</translation>
    </message>
    <message>
        <source>%1 patients</source>
        <translation>%1 patients</translation>
    </message>
</context>
<context>
    <name>Instrument</name>
    <message>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>item %1 (%2)</source>
        <translation>item %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>"items" is required: a list of %n answer(s), one per item.</source>
        <translation><numerusform>"items" is required: a list of %n answer, one per item.</numerusform><numerusform>"items" is required: a list of %n answers, one per item.</numerusform></translation>
    </message>
    <message>
        <source>The answer to %1 is missing; the answers are %2.</source>
        <translation>The answer to %1 is missing; the answers are %2.</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed; the answers are %3, or null when it is left out.</source>
        <translation>%1: %2 is not allowed; the answers are %3, or null when it is left out.</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed; the answers are %3.</source>
        <translation>%1: %2 is not allowed; the answers are %3.</translation>
    </message>
    <message>
        <source>%1 items are unanswered; at most %2 may be left out.</source>
        <translation>%1 items are unanswered; at most %2 may be left out.</translation>
    </message>
    <message>
        <source>%1 ("%2")</source>
        <translation>%1 ("%2")</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>a number greater than %1 and at most %2%3</source>
        <translation>a number greater than %1 and at most %2%3</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2%3</source>
        <translation>a whole number from %1 to %2%3</translation>
    </message>
    <message>
        <source>a number from %1 to %2%3</source>
        <translation>a number from %1 to %2%3</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed; give %3.</source>
        <translation>%1: %2 is not allowed; give %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed; the values are %3.</source>
        <translation>%1: %2 is not allowed; the values are %3.</translation>
    </message>
    <message>
        <source>%1 must be a text of at most 500 characters.</source>
        <translation>%1 must be a text of at most 500 characters.</translation>
    </message>
    <message>
        <source>%1: "%2" is not expected; the answers are "items", a list of %3 values.</source>
        <translation>%1: "%2" is not expected; the answers are "items", a list of %3 values.</translation>
    </message>
    <message>
        <source>%1: "items" must hold %2 answers, one per item; %3 given.</source>
        <translation>%1: "items" must hold %2 answers, one per item; %3 given.</translation>
    </message>
    <message>
        <source>%1: "%2" is not expected; the answers are %3.</source>
        <translation>%1: "%2" is not expected; the answers are %3.</translation>
    </message>
</context>
<context>
    <name>LegRadiation</name>
    <message>
        <source>No radiation to the leg</source>
        <translation>No radiation to the leg</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Down to the knee</source>
        <translation>Down to the knee</translation>
    </message>
    <message>
        <source>above the knee</source>
        <translation>above the knee</translation>
    </message>
    <message>
        <source>Below the knee</source>
        <translation>Below the knee</translation>
    </message>
    <message>
        <source>below the knee</source>
        <translation>below the knee</translation>
    </message>
</context>
<context>
    <name>LiveScore</name>
    <message>
        <source>Score: incomplete — %1 of %2 items answered</source>
        <translation>Score: incomplete — %1 of %2 items answered</translation>
    </message>
    <message>
        <source>Score: incomplete</source>
        <translation>Score: incomplete</translation>
    </message>
</context>
<context>
    <name>MeetingMinutesComposer</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>No meeting has the identifier %1.</source>
        <translation>No meeting has the identifier %1.</translation>
    </message>
    <message>
        <source>Minutes are written for a closed meeting: the meeting of %1 is %2. Close and sign it first.</source>
        <translation>Minutes are written for a closed meeting: the meeting of %1 is %2. Close and sign it first.</translation>
    </message>
    <message>
        <source>The meeting of %1 is closed but its signed version cannot be found.</source>
        <translation>The meeting of %1 is closed but its signed version cannot be found.</translation>
    </message>
    <message>
        <source>Minutes of the weekly meeting — %1 — %2</source>
        <translation>Minutes of the weekly meeting — %1 — %2</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>No patient was on the agenda.</source>
        <translation>No patient was on the agenda.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Medical issues</source>
        <translation>Medical issues</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Actions raised</source>
        <translation>Actions raised</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Actions done</translation>
    </message>
    <message>
        <source>Closed and signed by %1 on %2 at %3.</source>
        <translation>Closed and signed by %1 on %2 at %3.</translation>
    </message>
    <message>
        <source>Corrected version %1.</source>
        <translation>Corrected version %1.</translation>
    </message>
    <message>
        <source>Corrected version %1 — reason for the correction: %2</source>
        <translation>Corrected version %1 — reason for the correction: %2</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <source>In preparation</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Closed and signed</source>
        <translation>Closed and signed</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>MeetingText</name>
    <message>
        <source>Continue unchanged</source>
        <translation>Continue unchanged</translation>
    </message>
    <message>
        <source>Programme changed to %1</source>
        <translation>Programme changed to %1</translation>
    </message>
    <message>
        <source>Stay extended to %1</source>
        <translation>Stay extended to %1</translation>
    </message>
    <message>
        <source>Discharge on %1</source>
        <translation>Discharge on %1</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation>Referred to %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, by %2</translation>
    </message>
    <message>
        <source>%1 (done on %2)</source>
        <translation>%1 (done on %2)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (first measure)</source>
        <translation>%1 (first measure)</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s)</source>
        <translation><numerusform>%n test</numerusform><numerusform>%n tests</numerusform></translation>
    </message>
    <message>
        <source>Goals: none</source>
        <translation>Goals: none</translation>
    </message>
    <message numerus="yes">
        <source>%n met</source>
        <translation><numerusform>%n met</numerusform><numerusform>%n met</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n on track</source>
        <translation><numerusform>%n on track</numerusform><numerusform>%n on track</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n off track</source>
        <translation><numerusform>%n off track</numerusform><numerusform>%n off track</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not measured</source>
        <translation><numerusform>%n not measured</numerusform><numerusform>%n not measured</numerusform></translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Goals: %1</translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation>Day %1 of %2</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Day %1</translation>
    </message>
    <message>
        <source>%1, %2 y</source>
        <translation>%1, %2 y</translation>
    </message>
    <message>
        <source>(version %1)</source>
        <translation>(version %1)</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The migration %1 cannot be read.</source>
        <translation>The migration %1 cannot be read.</translation>
    </message>
    <message>
        <source>The database could not be brought to schema %1 (%2); it was left at schema %3 and nothing was lost. Detail: %4</source>
        <translation>The database could not be brought to schema %1 (%2); it was left at schema %3 and nothing was lost. Detail: %4</translation>
    </message>
</context>
<context>
    <name>Nir</name>
    <message numerus="yes">
        <source>The NIR must have 15 characters, the 13 of the number followed by the 2-digit key (%n character(s) typed).</source>
        <translation><numerusform>The NIR must have 15 characters, the 13 of the number followed by the 2-digit key (%n character typed).</numerusform><numerusform>The NIR must have 15 characters, the 13 of the number followed by the 2-digit key (%n characters typed).</numerusform></translation>
    </message>
    <message>
        <source>The NIR may contain only digits (the first one 1, 2, 3, 4, 7 or 8), with 2A or 2B as the department for Corsica.</source>
        <translation>The NIR may contain only digits (the first one 1, 2, 3, 4, 7 or 8), with 2A or 2B as the department for Corsica.</translation>
    </message>
    <message>
        <source>The NIR key %1 does not match the 13 first characters: check the number on the health insurance card.</source>
        <translation>The NIR key %1 does not match the 13 first characters: check the number on the health insurance card.</translation>
    </message>
</context>
<context>
    <name>Objective</name>
    <message>
        <source>Return to work</source>
        <translation>Return to work</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Analytic and functional spine parameters</source>
        <translation>Analytic and functional spine parameters</translation>
    </message>
    <message>
        <source>Spine parameters</source>
        <translation>Spine parameters</translation>
    </message>
    <message>
        <source>Exercise reconditioning</source>
        <translation>Exercise reconditioning</translation>
    </message>
    <message>
        <source>Reconditioning</source>
        <translation>Reconditioning</translation>
    </message>
    <message>
        <source>Pain management</source>
        <translation>Pain management</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Pain</translation>
    </message>
    <message>
        <source>Treatment adjustment</source>
        <translation>Treatment adjustment</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <source>Gesture assessment</source>
        <translation>Gesture assessment</translation>
    </message>
    <message>
        <source>Gestures</source>
        <translation>Gestures</translation>
    </message>
    <message>
        <source>Spine-sparing postures</source>
        <translation>Spine-sparing postures</translation>
    </message>
    <message>
        <source>Postures</source>
        <translation>Postures</translation>
    </message>
</context>
<context>
    <name>OccupationalCase</name>
    <message>
        <source>Neither</source>
        <translation>Neither</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>neither</translation>
    </message>
    <message>
        <source>Work accident</source>
        <translation>Work accident</translation>
    </message>
    <message>
        <source>work accident</source>
        <translation>work accident</translation>
    </message>
    <message>
        <source>Occupational disease</source>
        <translation>Occupational disease</translation>
    </message>
    <message>
        <source>occupational disease</source>
        <translation>occupational disease</translation>
    </message>
</context>
<context>
    <name>OnCallSheetComposer</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no action recorded</source>
        <translation>no action recorded</translation>
    </message>
    <message>
        <source>Planned discharge on %1</source>
        <translation>Planned discharge on %1</translation>
    </message>
    <message>
        <source>Day hospital: at home nights and weekends</source>
        <translation>Day hospital: at home nights and weekends</translation>
    </message>
    <message>
        <source>Medical issues</source>
        <translation>Medical issues</translation>
    </message>
    <message>
        <source>Treatments to watch</source>
        <translation>Treatments to watch</translation>
    </message>
    <message>
        <source>No on-call notes</source>
        <translation>No on-call notes</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Red flags</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Precautions</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>The day of the on-call sheet is required (a date).</source>
        <translation>The day of the on-call sheet is required (a date).</translation>
    </message>
    <message>
        <source>On-call handover sheet — %1 — %2</source>
        <translation>On-call handover sheet — %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n in full hospitalisation</source>
        <translation><numerusform>%n in full hospitalisation</numerusform><numerusform>%n in full hospitalisation</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in day hospital</source>
        <translation><numerusform>%n in day hospital</numerusform><numerusform>%n in day hospital</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>On-call of %1 · unit %2 · %n patient(s) in progress</source>
        <translation><numerusform>On-call of %1 · unit %2 · %n patient in progress</numerusform><numerusform>On-call of %1 · unit %2 · %n patients in progress</numerusform></translation>
    </message>
    <message>
        <source>No patient is in progress in the unit on %1.</source>
        <translation>No patient is in progress in the unit on %1.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>For the physician on call</source>
        <translation>For the physician on call</translation>
    </message>
</context>
<context>
    <name>Orientation</name>
    <message>
        <source>Functional spine restoration (4 weeks)</source>
        <translation>Functional spine restoration (4 weeks)</translation>
    </message>
    <message>
        <source>Spine restoration</source>
        <translation>Spine restoration</translation>
    </message>
    <message>
        <source>Individual sessions (4 weeks)</source>
        <translation>Individual sessions (4 weeks)</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Education and prevention (1 week)</source>
        <translation>Education and prevention (1 week)</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Referral to a level-2 unit</source>
        <translation>Referral to a level-2 unit</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Level 2</translation>
    </message>
</context>
<context>
    <name>OrientationRules</name>
    <message>
        <source>Dallas</source>
        <translation>Dallas</translation>
    </message>
    <message>
        <source>Oswestry</source>
        <translation>Oswestry</translation>
    </message>
    <message>
        <source>STarT Back</source>
        <translation>STarT Back</translation>
    </message>
    <message>
        <source>aged %1 (%2 or more)</source>
        <translation>aged %1 (%2 or more)</translation>
    </message>
    <message>
        <source>complex medical profile</source>
        <translation>complex medical profile</translation>
    </message>
    <message>
        <source>cognitive or psychiatric disorder</source>
        <translation>cognitive or psychiatric disorder</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>disability</translation>
    </message>
    <message>
        <source>Oswestry %1 % (more than %2 %: severe disability)</source>
        <translation>Oswestry %1 % (more than %2 %: severe disability)</translation>
    </message>
    <message>
        <source>STarT Back high risk (psychologically informed care)</source>
        <translation>STarT Back high risk (psychologically informed care)</translation>
    </message>
    <message>
        <source>Dallas behavioural profile</source>
        <translation>Dallas behavioural profile</translation>
    </message>
    <message>
        <source>Dallas mixed profile</source>
        <translation>Dallas mixed profile</translation>
    </message>
    <message>
        <source>STarT Back low risk (advice and self-management)</source>
        <translation>STarT Back low risk (advice and self-management)</translation>
    </message>
    <message>
        <source>Oswestry %1 % (%2 % or less: minimal disability)</source>
        <translation>Oswestry %1 % (%2 % or less: minimal disability)</translation>
    </message>
    <message>
        <source>STarT Back medium risk (physiotherapy on physical symptoms and function)</source>
        <translation>STarT Back medium risk (physiotherapy on physical symptoms and function)</translation>
    </message>
    <message>
        <source>STarT Back low risk</source>
        <translation>STarT Back low risk</translation>
    </message>
    <message>
        <source>Oswestry %1 % (minimal disability)</source>
        <translation>Oswestry %1 % (minimal disability)</translation>
    </message>
    <message>
        <source>Oswestry %1 % (moderate disability)</source>
        <translation>Oswestry %1 % (moderate disability)</translation>
    </message>
    <message>
        <source>Dallas medical profile (physical impact predominant)</source>
        <translation>Dallas medical profile (physical impact predominant)</translation>
    </message>
    <message>
        <source>exclusion criterion not justified: %1</source>
        <translation>exclusion criterion not justified: %1</translation>
    </message>
    <message>
        <source>yellow flags (psychosocial risk of chronicity)</source>
        <translation>yellow flags (psychosocial risk of chronicity)</translation>
    </message>
    <message>
        <source>exclusion criterion justified: %1</source>
        <translation>exclusion criterion justified: %1</translation>
    </message>
    <message>
        <source>blue flags to address (perception of work)</source>
        <translation>blue flags to address (perception of work)</translation>
    </message>
    <message>
        <source>black flags to address (employer, insurance, litigation)</source>
        <translation>black flags to address (employer, insurance, litigation)</translation>
    </message>
    <message>
        <source>fatigability: individual sessions first, the intensive programme once tolerated</source>
        <translation>fatigability: individual sessions first, the intensive programme once tolerated</translation>
    </message>
</context>
<context>
    <name>OswestryInstrument</name>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Minimal disability (0–20 %)</source>
        <translation>Minimal disability (0–20 %)</translation>
    </message>
    <message>
        <source>Moderate disability (21–40 %)</source>
        <translation>Moderate disability (21–40 %)</translation>
    </message>
    <message>
        <source>Severe disability (41–60 %)</source>
        <translation>Severe disability (41–60 %)</translation>
    </message>
    <message>
        <source>Crippling back pain (61–80 %)</source>
        <translation>Crippling back pain (61–80 %)</translation>
    </message>
    <message>
        <source>Bed-bound, or exaggerating (81–100 %)</source>
        <translation>Bed-bound, or exaggerating (81–100 %)</translation>
    </message>
    <message>
        <source>%1 of 10 sections answered.</source>
        <translation>%1 of 10 sections answered.</translation>
    </message>
    <message>
        <source>MCID 10 points or 30 % of the baseline (Ostelo 2008)</source>
        <translation>MCID 10 points or 30 % of the baseline (Ostelo 2008)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>ODI %1</source>
        <translation>ODI %1</translation>
    </message>
    <message>
        <source>Minimal disability ≤ %1 %</source>
        <translation>Minimal disability ≤ %1 %</translation>
    </message>
    <message>
        <source>Moderate disability ≤ %1 %</source>
        <translation>Moderate disability ≤ %1 %</translation>
    </message>
    <message>
        <source>Severe disability ≤ %1 %</source>
        <translation>Severe disability ≤ %1 %</translation>
    </message>
    <message>
        <source>Crippling back pain ≤ %1 %</source>
        <translation>Crippling back pain ≤ %1 %</translation>
    </message>
    <message>
        <source>Bed-bound &gt; %1 %</source>
        <translation>Bed-bound &gt; %1 %</translation>
    </message>
</context>
<context>
    <name>OverviewService</name>
    <message>
        <source>%1: no result for %2 days (last on %3).</source>
        <translation>%1: no result for %2 days (last on %3).</translation>
    </message>
    <message>
        <source>Baseline tests with no result in this stay: %1.</source>
        <translation>Baseline tests with no result in this stay: %1.</translation>
    </message>
    <message>
        <source>The planned discharge (%1) has passed and the stay is still in progress.</source>
        <translation>The planned discharge (%1) has passed and the stay is still in progress.</translation>
    </message>
    <message>
        <source>Discharge planned today (%1).</source>
        <translation>Discharge planned today (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Discharge planned on %1, in %n day(s).</source>
        <translation><numerusform>Discharge planned on %1, in %n day.</numerusform><numerusform>Discharge planned on %1, in %n days.</numerusform></translation>
    </message>
    <message>
        <source>No stay has the identifier %1.</source>
        <translation>No stay has the identifier %1.</translation>
    </message>
    <message>
        <source>Red flag with no action recorded: %1.</source>
        <translation>Red flag with no action recorded: %1.</translation>
    </message>
    <message>
        <source>Exclusion criterion, justified: %1.</source>
        <translation>Exclusion criterion, justified: %1.</translation>
    </message>
    <message>
        <source>Exclusion criterion without justification: %1.</source>
        <translation>Exclusion criterion without justification: %1.</translation>
    </message>
    <message>
        <source>Goal off track: %1 — %2</source>
        <translation>Goal off track: %1 — %2</translation>
    </message>
</context>
<context>
    <name>PatientLine</name>
    <message>
        <source>%1, %2 y, born on %3, IPP %4</source>
        <comment>female</comment>
        <translation>%1, %2 y, born on %3, IPP %4</translation>
    </message>
    <message>
        <source>%1, %2 y, born on %3, IPP %4</source>
        <comment>male</comment>
        <translation>%1, %2 y, born on %3, IPP %4</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>PatientRules</name>
    <message>
        <source>The birth date is required.</source>
        <translation>The birth date is required.</translation>
    </message>
    <message>
        <source>The IPP (local patient identifier) is required.</source>
        <translation>The IPP (local patient identifier) is required.</translation>
    </message>
    <message>
        <source>The IPP may contain only letters, digits and hyphens, at most %1 characters.</source>
        <translation>The IPP may contain only letters, digits and hyphens, at most %1 characters.</translation>
    </message>
    <message>
        <source>An identity can be marked as qualified only with its NIR.</source>
        <translation>An identity can be marked as qualified only with its NIR.</translation>
    </message>
    <message>
        <source>The birth name is required.</source>
        <translation>The birth name is required.</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>The first name is required.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future (today is %1).</source>
        <translation>The birth date cannot be in the future (today is %1).</translation>
    </message>
    <message>
        <source>The birth date must be on or after %1.</source>
        <translation>The birth date must be on or after %1.</translation>
    </message>
    <message>
        <source>The height must be between %1 and %2 cm.</source>
        <translation>The height must be between %1 and %2 cm.</translation>
    </message>
    <message>
        <source>The weight must be between %1 and %2 kg.</source>
        <translation>The weight must be between %1 and %2 kg.</translation>
    </message>
    <message>
        <source>The birth name is too long (at most %1 characters).</source>
        <translation>The birth name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The birth name may contain only letters, spaces, hyphens and apostrophes.</source>
        <translation>The birth name may contain only letters, spaces, hyphens and apostrophes.</translation>
    </message>
    <message>
        <source>The used name is too long (at most %1 characters).</source>
        <translation>The used name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The used name may contain only letters, spaces, hyphens and apostrophes.</source>
        <translation>The used name may contain only letters, spaces, hyphens and apostrophes.</translation>
    </message>
    <message>
        <source>The first name is too long (at most %1 characters).</source>
        <translation>The first name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The first name may contain only letters, spaces, hyphens and apostrophes.</source>
        <translation>The first name may contain only letters, spaces, hyphens and apostrophes.</translation>
    </message>
</context>
<context>
    <name>PgTools</name>
    <message>
        <source>%1 was not found in %2 (SMRDESK_PG_BINDIR): install the package postgresql-client, or point SMRDESK_PG_BINDIR to its programs.</source>
        <translation>%1 was not found in %2 (SMRDESK_PG_BINDIR): install the package postgresql-client, or point SMRDESK_PG_BINDIR to its programs.</translation>
    </message>
    <message>
        <source>%1 was not found (on PATH or in /usr/lib/postgresql/*/bin): install the package postgresql-client.</source>
        <translation>%1 was not found (on PATH or in /usr/lib/postgresql/*/bin): install the package postgresql-client.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password: %2</source>
        <translation>The server %1 asks for a password: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>no message</translation>
    </message>
</context>
<context>
    <name>PostgresBackup</name>
    <message>
        <source>The server %1 asks for a password: %2</source>
        <translation>The server %1 asks for a password: %2</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: %2</source>
        <translation>The server %1 cannot be reached: %2</translation>
    </message>
    <message>
        <source>There is no SMR Desk database at %1 yet: no schema of the search path exists.</source>
        <translation>There is no SMR Desk database at %1 yet: no schema of the search path exists.</translation>
    </message>
    <message>
        <source>The schema "%1" of %2 must be letters, digits and underscores.</source>
        <translation>The schema "%1" of %2 must be letters, digits and underscores.</translation>
    </message>
    <message>
        <source>There is no SMR Desk database at %1 yet: the schema %2 does not exist.</source>
        <translation>There is no SMR Desk database at %1 yet: the schema %2 does not exist.</translation>
    </message>
    <message>
        <source>The tables of %1 cannot be read: %2</source>
        <translation>The tables of %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SMR Desk (schema %2; this version knows schemas up to %3).</source>
        <translation>%1 was written by a newer version of SMR Desk (schema %2; this version knows schemas up to %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n constraint(s) not validated</source>
        <translation><numerusform>%n constraint not validated</numerusform><numerusform>%n constraints not validated</numerusform></translation>
    </message>
    <message>
        <source>%1 is damaged: %2.</source>
        <translation>%1 is damaged: %2.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never replaces a file: choose another name, or move the old file away first.</source>
        <translation>%1 already exists; a backup never replaces a file: choose another name, or move the old file away first.</translation>
    </message>
    <message>
        <source>Nothing was backed up: %1</source>
        <translation>Nothing was backed up: %1</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>The folder of %1 cannot be created.</translation>
    </message>
    <message>
        <source>The backup did not pass its check and was removed: %1</source>
        <translation>The backup did not pass its check and was removed: %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database file, not a PostgreSQL backup: it belongs to a database file on a workstation.</source>
        <translation>%1 is an SQLite database file, not a PostgreSQL backup: it belongs to a database file on a workstation.</translation>
    </message>
    <message>
        <source>%1 is not an SMR Desk backup made on PostgreSQL (pg_dump's custom format).</source>
        <translation>%1 is not an SMR Desk backup made on PostgreSQL (pg_dump's custom format).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not an SMR Desk backup: it has no schema_version table.</source>
        <translation>%1 is not an SMR Desk backup: it has no schema_version table.</translation>
    </message>
    <message>
        <source>%1 holds the schema "%2", whose name is not letters, digits and underscores.</source>
        <translation>%1 holds the schema "%2", whose name is not letters, digits and underscores.</translation>
    </message>
    <message>
        <source>No temporary folder for the restore: %1</source>
        <translation>No temporary folder for the restore: %1</translation>
    </message>
    <message>
        <source>The restore into %1 failed and was undone: the database is as it was. psql: %2</source>
        <translation>The restore into %1 failed and was undone: the database is as it was. psql: %2</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL) is missing: install libqt6sql6-psql.</source>
        <translation>the PostgreSQL driver of Qt (QPSQL) is missing: install libqt6sql6-psql.</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>Functional spine restoration (4 weeks)</source>
        <translation>Functional spine restoration (4 weeks)</translation>
    </message>
    <message>
        <source>Spine restoration</source>
        <translation>Spine restoration</translation>
    </message>
    <message>
        <source>Individual sessions (4 weeks)</source>
        <translation>Individual sessions (4 weeks)</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Education and prevention (1 week)</source>
        <translation>Education and prevention (1 week)</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Other programme</source>
        <translation>Other programme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation>%1 has unsaved changes.</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>Save them before leaving?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>&amp;Stay here</source>
        <translation>&amp;Stay here</translation>
    </message>
</context>
<context>
    <name>PsychosocialFlag</name>
    <message>
        <source>Yellow flags: emotional distress, catastrophising, fear-avoidance, belief that pain is harmful, passive expectations, withdrawal</source>
        <translation>Yellow flags: emotional distress, catastrophising, fear-avoidance, belief that pain is harmful, passive expectations, withdrawal</translation>
    </message>
    <message>
        <source>yellow flags</source>
        <translation>yellow flags</translation>
    </message>
    <message>
        <source>Blue flags: heavy physical demand, low job satisfaction, stress at work, lack of support</source>
        <translation>Blue flags: heavy physical demand, low job satisfaction, stress at work, lack of support</translation>
    </message>
    <message>
        <source>blue flags</source>
        <translation>blue flags</translation>
    </message>
    <message>
        <source>Black flags: employer policy, insurance and compensation, litigation, sick-leave conflicts</source>
        <translation>Black flags: employer policy, insurance and compensation, litigation, sick-leave conflicts</translation>
    </message>
    <message>
        <source>black flags</source>
        <translation>black flags</translation>
    </message>
</context>
<context>
    <name>RedFlag</name>
    <message>
        <source>Non-mechanical pain (progressive, at rest, at night)</source>
        <translation>Non-mechanical pain (progressive, at rest, at night)</translation>
    </message>
    <message>
        <source>non-mechanical pain</source>
        <translation>non-mechanical pain</translation>
    </message>
    <message>
        <source>Extended neurological symptoms (sphincter disorder, motor deficit of the legs, cauda equina syndrome)</source>
        <translation>Extended neurological symptoms (sphincter disorder, motor deficit of the legs, cauda equina syndrome)</translation>
    </message>
    <message>
        <source>neurological symptoms</source>
        <translation>neurological symptoms</translation>
    </message>
    <message>
        <source>Pubic or perineal paraesthesia</source>
        <translation>Pubic or perineal paraesthesia</translation>
    </message>
    <message>
        <source>perineal paraesthesia</source>
        <translation>perineal paraesthesia</translation>
    </message>
    <message>
        <source>Major trauma</source>
        <translation>Major trauma</translation>
    </message>
    <message>
        <source>major trauma</source>
        <translation>major trauma</translation>
    </message>
    <message>
        <source>Unexplained weight loss</source>
        <translation>Unexplained weight loss</translation>
    </message>
    <message>
        <source>weight loss</source>
        <translation>weight loss</translation>
    </message>
    <message>
        <source>History of cancer</source>
        <translation>History of cancer</translation>
    </message>
    <message>
        <source>history of cancer</source>
        <translation>history of cancer</translation>
    </message>
    <message>
        <source>Intravenous drug use or long-term corticosteroids</source>
        <translation>Intravenous drug use or long-term corticosteroids</translation>
    </message>
    <message>
        <source>IV drugs or corticosteroids</source>
        <translation>IV drugs or corticosteroids</translation>
    </message>
    <message>
        <source>Major structural deformity of the spine</source>
        <translation>Major structural deformity of the spine</translation>
    </message>
    <message>
        <source>spinal deformity</source>
        <translation>spinal deformity</translation>
    </message>
    <message>
        <source>Thoracic pain</source>
        <translation>Thoracic pain</translation>
    </message>
    <message>
        <source>thoracic pain</source>
        <translation>thoracic pain</translation>
    </message>
    <message>
        <source>Onset before 20 or after 55 years</source>
        <translation>Onset before 20 or after 55 years</translation>
    </message>
    <message>
        <source>age of onset</source>
        <translation>age of onset</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fever</translation>
    </message>
    <message>
        <source>fever</source>
        <translation>fever</translation>
    </message>
    <message>
        <source>Deterioration of general condition</source>
        <translation>Deterioration of general condition</translation>
    </message>
    <message>
        <source>general deterioration</source>
        <translation>general deterioration</translation>
    </message>
</context>
<context>
    <name>ReferrerType</name>
    <message>
        <source>General practitioner</source>
        <translation>General practitioner</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>Rheumatologist</source>
        <translation>Rheumatologist</translation>
    </message>
    <message>
        <source>Surgeon</source>
        <translation>Surgeon</translation>
    </message>
    <message>
        <source>Pain centre</source>
        <translation>Pain centre</translation>
    </message>
    <message>
        <source>Occupational physician</source>
        <translation>Occupational physician</translation>
    </message>
    <message>
        <source>Other referrer</source>
        <translation>Other referrer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ResultSheet</name>
    <message>
        <source>A result sheet is written for a final result; this one is a draft.</source>
        <translation>A result sheet is written for a final result; this one is a draft.</translation>
    </message>
    <message>
        <source>The instrument "%1" of this result is unknown.</source>
        <translation>The instrument "%1" of this result is unknown.</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <source>Test performed on</source>
        <translation>Test performed on</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>revision %1: %2</source>
        <translation>revision %1: %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Since %1</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>%1, version %2. Source: %3.</source>
        <translation>%1, version %2. Source: %3.</translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>no answer or not applicable</source>
        <translation>no answer or not applicable</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Right</name>
    <message>
        <source>manage patients' identities</source>
        <translation>manage patients' identities</translation>
    </message>
    <message>
        <source>identities</source>
        <translation>identities</translation>
    </message>
    <message>
        <source>manage stays</source>
        <translation>manage stays</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>stays</translation>
    </message>
    <message>
        <source>record test results</source>
        <translation>record test results</translation>
    </message>
    <message>
        <source>tests</source>
        <translation>tests</translation>
    </message>
    <message>
        <source>write discipline notes</source>
        <translation>write discipline notes</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>sign assessments</source>
        <translation>sign assessments</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>manage meetings</source>
        <translation>manage meetings</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>meetings</translation>
    </message>
    <message>
        <source>close meetings</source>
        <translation>close meetings</translation>
    </message>
    <message>
        <source>closing meetings</source>
        <translation>closing meetings</translation>
    </message>
    <message>
        <source>manage units</source>
        <translation>manage units</translation>
    </message>
    <message>
        <source>units</source>
        <translation>units</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>users</source>
        <translation>users</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>view the audit trail</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>audit</translation>
    </message>
    <message>
        <source>load demonstration data</source>
        <translation>load demonstration data</translation>
    </message>
    <message>
        <source>demonstration</source>
        <translation>demonstration</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restore</translation>
    </message>
    <message>
        <source>write admission assessments and care plans</source>
        <translation>write admission assessments and care plans</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>assessments</translation>
    </message>
    <message>
        <source>write letters and reports</source>
        <translation>write letters and reports</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>finalise letters and reports</source>
        <translation>finalise letters and reports</translation>
    </message>
    <message>
        <source>finalising documents</source>
        <translation>finalising documents</translation>
    </message>
    <message>
        <source>set the establishment's letterhead</source>
        <translation>set the establishment's letterhead</translation>
    </message>
    <message>
        <source>letterhead</source>
        <translation>letterhead</translation>
    </message>
    <message>
        <source>export results (CSV, FHIR)</source>
        <translation>export results (CSV, FHIR)</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Physician</source>
        <translation>Physician</translation>
    </message>
    <message>
        <source>physician</source>
        <translation>physician</translation>
    </message>
    <message>
        <source>Physiotherapist</source>
        <translation>Physiotherapist</translation>
    </message>
    <message>
        <source>physiotherapist</source>
        <translation>physiotherapist</translation>
    </message>
    <message>
        <source>Occupational therapist</source>
        <translation>Occupational therapist</translation>
    </message>
    <message>
        <source>occupational therapist</source>
        <translation>occupational therapist</translation>
    </message>
    <message>
        <source>Adapted physical activity instructor</source>
        <translation>Adapted physical activity instructor</translation>
    </message>
    <message>
        <source>adapted physical activity instructor</source>
        <translation>adapted physical activity instructor</translation>
    </message>
    <message>
        <source>Psychomotricist</source>
        <translation>Psychomotricist</translation>
    </message>
    <message>
        <source>psychomotricist</source>
        <translation>psychomotricist</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>nurse</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>psychologist</source>
        <translation>psychologist</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>social worker</source>
        <translation>social worker</translation>
    </message>
    <message>
        <source>Medical secretary</source>
        <translation>Medical secretary</translation>
    </message>
    <message>
        <source>medical secretary</source>
        <translation>medical secretary</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>%1 is empty: it holds no SMR Desk database yet.</source>
        <translation>%1 is empty: it holds no SMR Desk database yet.</translation>
    </message>
    <message>
        <source>%1 is not an SMR Desk database: it has tables (%2) but no schema_version table. It belongs to another program.</source>
        <translation>%1 is not an SMR Desk database: it has tables (%2) but no schema_version table. It belongs to another program.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SMR Desk (schema %2; this version knows schemas up to %3).</source>
        <translation>%1 was written by a newer version of SMR Desk (schema %2; this version knows schemas up to %3).</translation>
    </message>
    <message>
        <source>missing tables: %1</source>
        <translation>missing tables: %1</translation>
    </message>
    <message>
        <source>%1 is damaged: tables of schema %2 are missing (%3).</source>
        <translation>%1 is damaged: tables of schema %2 are missing (%3).</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
</context>
<context>
    <name>SixMinuteWalkInstrument</name>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>% of predicted</source>
        <translation>% of predicted</translation>
    </message>
    <message>
        <source>predicted %1 m, lower limit of normal %2 m</source>
        <translation>predicted %1 m, lower limit of normal %2 m</translation>
    </message>
    <message>
        <source>Below the lower limit of normal (%1)</source>
        <translation>Below the lower limit of normal (%1)</translation>
    </message>
    <message>
        <source>Within normal limits (%1)</source>
        <translation>Within normal limits (%1)</translation>
    </message>
    <message>
        <source> · %1 % of predicted</source>
        <translation> · %1 % of predicted</translation>
    </message>
    <message>
        <source>MCID 30 m, clinically important in cardiorespiratory disease only</source>
        <translation>MCID 30 m, clinically important in cardiorespiratory disease only</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>6MWT %1</source>
        <translation>6MWT %1</translation>
    </message>
    <message>
        <source>cardiorespiratory MCID</source>
        <translation>cardiorespiratory MCID</translation>
    </message>
    <message>
        <source>Age outside %1–%2 years, the range of the reference equations: interpret the prediction with caution.</source>
        <translation>Age outside %1–%2 years, the range of the reference equations: interpret the prediction with caution.</translation>
    </message>
    <message>
        <source>(age outside %1–%2: caution)</source>
        <translation>(age outside %1–%2: caution)</translation>
    </message>
    <message>
        <source>Enright &amp; Sherrill 1998, from the sex, age, height and weight of the latest test</source>
        <translation>Enright &amp; Sherrill 1998, from the sex, age, height and weight of the latest test</translation>
    </message>
    <message>
        <source>100 % of predicted</source>
        <translation>100 % of predicted</translation>
    </message>
    <message>
        <source>Predicted %1 m</source>
        <translation>Predicted %1 m</translation>
    </message>
    <message>
        <source>Lower limit of normal %1 m</source>
        <translation>Lower limit of normal %1 m</translation>
    </message>
</context>
<context>
    <name>SlideLayout</name>
    <message>
        <source>Meeting of %1</source>
        <translation>Meeting of %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>first result</source>
        <translation>first result</translation>
    </message>
    <message>
        <source>Tests (trend since admission)</source>
        <translation>Tests (trend since admission)</translation>
    </message>
    <message>
        <source>No test result in this stay yet.</source>
        <translation>No test result in this stay yet.</translation>
    </message>
    <message numerus="yes">
        <source>+ %n other test(s) without a new result</source>
        <translation><numerusform>+ %n other test without a new result</numerusform><numerusform>+ %n other tests without a new result</numerusform></translation>
    </message>
    <message>
        <source>tested since admission</source>
        <translation>tested since admission</translation>
    </message>
    <message>
        <source>tested since the meeting of %1</source>
        <translation>tested since the meeting of %1</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Decisions of this meeting</source>
        <translation>Decisions of this meeting</translation>
    </message>
    <message>
        <source>Decisions of %1</source>
        <translation>Decisions of %1</translation>
    </message>
    <message>
        <source>Decisions of the previous meeting</source>
        <translation>Decisions of the previous meeting</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation><numerusform>+ %n more</numerusform><numerusform>+ %n more</numerusform></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>Medical issues</source>
        <translation>Medical issues</translation>
    </message>
</context>
<context>
    <name>SlideText</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message>
        <source>Day %1 / %2</source>
        <translation>Day %1 / %2</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Day %1</translation>
    </message>
    <message>
        <source>Planned discharge %1</source>
        <translation>Planned discharge %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, due %2</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, due %3</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no SMR Desk database yet.</source>
        <translation>%1 is empty: it holds no SMR Desk database yet.</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL backup, not an SQLite database file: it belongs to a database on a server.</source>
        <translation>%1 is a PostgreSQL backup, not an SQLite database file: it belongs to a database on a server.</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database file (another kind of file, or its first page is damaged).</source>
        <translation>%1 is not an SQLite database file (another kind of file, or its first page is damaged).</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite's integrity check found: %2</source>
        <translation>%1 is damaged: SQLite's integrity check found: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: %n row(s) point to records that do not exist (%2).</source>
        <translation><numerusform>%1 is damaged: %n row points to records that do not exist (%2).</numerusform><numerusform>%1 is damaged: %n rows point to records that do not exist (%2).</numerusform></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never replaces a file: choose another name, or move the old file away first.</source>
        <translation>%1 already exists; a backup never replaces a file: choose another name, or move the old file away first.</translation>
    </message>
    <message>
        <source>Nothing was backed up: %1</source>
        <translation>Nothing was backed up: %1</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>The folder of %1 cannot be created.</translation>
    </message>
    <message>
        <source>The backup of %1 into %2 failed: %3</source>
        <translation>The backup of %1 into %2 failed: %3</translation>
    </message>
    <message>
        <source>The backup did not pass its check and was removed: %1</source>
        <translation>The backup did not pass its check and was removed: %1</translation>
    </message>
    <message>
        <source>%1 could not be restored into %2: %3</source>
        <translation>%1 could not be restored into %2: %3</translation>
    </message>
    <message>
        <source>The restored database could not be written to the disk beside %1.</source>
        <translation>The restored database could not be written to the disk beside %1.</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>%1 could not be replaced.</translation>
    </message>
</context>
<context>
    <name>StartBackInstrument</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Psychosocial subscale</source>
        <translation>Psychosocial subscale</translation>
    </message>
    <message>
        <source>High risk: psychologically informed physiotherapy</source>
        <translation>High risk: psychologically informed physiotherapy</translation>
    </message>
    <message>
        <source>Medium risk: physiotherapy on physical symptoms and function</source>
        <translation>Medium risk: physiotherapy on physical symptoms and function</translation>
    </message>
    <message>
        <source>Low risk: advice, reassurance and self-management</source>
        <translation>Low risk: advice, reassurance and self-management</translation>
    </message>
    <message>
        <source>STarT Back %1</source>
        <translation>STarT Back %1</translation>
    </message>
    <message>
        <source>%1/%2, psychosocial %3/%4</source>
        <translation>%1/%2, psychosocial %3/%4</translation>
    </message>
    <message>
        <source>Low risk ≤ %1</source>
        <translation>Low risk ≤ %1</translation>
    </message>
    <message>
        <source>Above it, medium risk, or high risk when the psychosocial subscale is %1 or more</source>
        <translation>Above it, medium risk, or high risk when the psychosocial subscale is %1 or more</translation>
    </message>
    <message>
        <source>Not high risk 0–%1</source>
        <translation>Not high risk 0–%1</translation>
    </message>
    <message>
        <source>High risk %1–%2</source>
        <translation>High risk %1–%2</translation>
    </message>
</context>
<context>
    <name>StayCalendar</name>
    <message>
        <source>Admission on %1</source>
        <translation>Admission on %1</translation>
    </message>
    <message>
        <source>Discharged on %1</source>
        <translation>Discharged on %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation>Day %1 of %2</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Day %1</translation>
    </message>
    <message>
        <source>Arrival %1</source>
        <translation>Arrival %1</translation>
    </message>
</context>
<context>
    <name>StayFacts</name>
    <message numerus="yes">
        <source>%1, %2, from %3 to %4, %n day(s)</source>
        <translation><numerusform>%1, %2, from %3 to %4, %n day</numerusform><numerusform>%1, %2, from %3 to %4, %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, from %3 to %4 (planned), %n day(s)</source>
        <translation><numerusform>%1, %2, from %3 to %4 (planned), %n day</numerusform><numerusform>%1, %2, from %3 to %4 (planned), %n days</numerusform></translation>
    </message>
    <message>
        <source>%1, %2, since %3</source>
        <translation>%1, %2, since %3</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>StayLetters</name>
    <message>
        <source>The admission report is written from the signed admission assessment: sign it first.</source>
        <translation>The admission report is written from the signed admission assessment: sign it first.</translation>
    </message>
    <message>
        <source>Admission report — %1</source>
        <translation>Admission report — %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>General practitioner</translation>
    </message>
    <message>
        <source>Reason for admission</source>
        <translation>Reason for admission</translation>
    </message>
    <message>
        <source>Question of the referrer</source>
        <translation>Question of the referrer</translation>
    </message>
    <message>
        <source>History and treatments</source>
        <translation>History and treatments</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Spine surgery</source>
        <translation>Spine surgery</translation>
    </message>
    <message>
        <source>Comorbidities</source>
        <translation>Comorbidities</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Treatments</translation>
    </message>
    <message>
        <source>Analgesics</source>
        <translation>Analgesics</translation>
    </message>
    <message>
        <source>, long-term corticosteroids</source>
        <translation>, long-term corticosteroids</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Pain</translation>
    </message>
    <message>
        <source>Intensity (0–10)</source>
        <translation>Intensity (0–10)</translation>
    </message>
    <message>
        <source>%1 at rest, %2 on activity</source>
        <translation>%1 at rest, %2 on activity</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Radiation</source>
        <translation>Radiation</translation>
    </message>
    <message>
        <source>Work and social situation</source>
        <translation>Work and social situation</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Sick leave since</source>
        <translation>Sick leave since</translation>
    </message>
    <message>
        <source>Occupational case</source>
        <translation>Occupational case</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>Lives alone</translation>
    </message>
    <message>
        <source>Home to centre</source>
        <translation>Home to centre</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message>
        <source>Able to drive</source>
        <translation>Able to drive</translation>
    </message>
    <message>
        <source>Height, weight, BMI</source>
        <translation>Height, weight, BMI</translation>
    </message>
    <message>
        <source>%1 cm, %2 kg, BMI %3</source>
        <translation>%1 cm, %2 kg, BMI %3</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>No red flag.</source>
        <translation>No red flag.</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Red flags</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>Exclusion criteria</source>
        <translation>Exclusion criteria</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Precautions</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Tests at admission</source>
        <translation>Tests at admission</translation>
    </message>
    <message>
        <source>No test recorded yet.</source>
        <translation>No test recorded yet.</translation>
    </message>
    <message>
        <source>Care plan goals</source>
        <translation>Care plan goals</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (by %1)</source>
        <translation> (by %1)</translation>
    </message>
    <message>
        <source>Assessment signed by %1 on %2.</source>
        <translation>Assessment signed by %1 on %2.</translation>
    </message>
    <message>
        <source>Discharge letter — %1</source>
        <translation>Discharge letter — %1</translation>
    </message>
    <message>
        <source>%1, referring physician</source>
        <translation>%1, referring physician</translation>
    </message>
    <message>
        <source>%1, general practitioner</source>
        <translation>%1, general practitioner</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Dear colleague,</source>
        <translation>Dear colleague,</translation>
    </message>
    <message>
        <source>individual rehabilitation</source>
        <translation>individual rehabilitation</translation>
    </message>
    <message>
        <source>Your patient Ms %1 stayed in our unit %2, in the %3 programme.</source>
        <translation>Your patient Ms %1 stayed in our unit %2, in the %3 programme.</translation>
    </message>
    <message>
        <source>Your patient Mr %1 stayed in our unit %2, in the %3 programme.</source>
        <translation>Your patient Mr %1 stayed in our unit %2, in the %3 programme.</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>single measure</source>
        <translation>single measure</translation>
    </message>
    <message>
        <source>Progress of the scores</source>
        <translation>Progress of the scores</translation>
    </message>
    <message>
        <source>No test was recorded during the stay.</source>
        <translation>No test was recorded during the stay.</translation>
    </message>
    <message>
        <source>MCID: minimal clinically important difference; MDC: minimal detectable change.</source>
        <translation>MCID: minimal clinically important difference; MDC: minimal detectable change.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Where it stands</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Continue every day the self-exercise programme taught during the stay.</source>
        <translation>Continue every day the self-exercise programme taught during the stay.</translation>
    </message>
    <message>
        <source>Return to work: on sick leave since %1; a pre-return visit with the occupational physician is advised to prepare it.</source>
        <translation>Return to work: on sick leave since %1; a pre-return visit with the occupational physician is advised to prepare it.</translation>
    </message>
    <message>
        <source>Return to work: no sick leave in progress at admission.</source>
        <translation>Return to work: no sick leave in progress at admission.</translation>
    </message>
    <message>
        <source>Follow-up consultation in our unit between %1 and %2 (3 to 6 months after discharge).</source>
        <translation>Follow-up consultation in our unit between %1 and %2 (3 to 6 months after discharge).</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>Yours sincerely,</translation>
    </message>
</context>
<context>
    <name>StayMode</name>
    <message>
        <source>Full hospitalisation (HC)</source>
        <translation>Full hospitalisation (HC)</translation>
    </message>
    <message>
        <source>HC</source>
        <translation>HC</translation>
    </message>
    <message>
        <source>Day hospital (HTP)</source>
        <translation>Day hospital (HTP)</translation>
    </message>
    <message>
        <source>HTP</source>
        <translation>HTP</translation>
    </message>
</context>
<context>
    <name>StayRules</name>
    <message>
        <source>The admission date is required.</source>
        <translation>The admission date is required.</translation>
    </message>
    <message>
        <source>The admission date cannot be before the birth date (%1).</source>
        <translation>The admission date cannot be before the birth date (%1).</translation>
    </message>
    <message>
        <source>The admission date cannot be more than a year ahead (after %1).</source>
        <translation>The admission date cannot be more than a year ahead (after %1).</translation>
    </message>
    <message>
        <source>A stay in progress cannot have its admission date in the future (today is %1).</source>
        <translation>A stay in progress cannot have its admission date in the future (today is %1).</translation>
    </message>
    <message>
        <source>The planned discharge date (%1) cannot be before the admission date (%2).</source>
        <translation>The planned discharge date (%1) cannot be before the admission date (%2).</translation>
    </message>
    <message>
        <source>The discharge date is required.</source>
        <translation>The discharge date is required.</translation>
    </message>
    <message>
        <source>The discharge date (%1) cannot be before the admission date (%2).</source>
        <translation>The discharge date (%1) cannot be before the admission date (%2).</translation>
    </message>
    <message>
        <source>The discharge date cannot be in the future (today is %1); the expected date goes in the planned discharge date.</source>
        <translation>The discharge date cannot be in the future (today is %1); the expected date goes in the planned discharge date.</translation>
    </message>
    <message>
        <source>The programme's description is too long (at most %1 characters).</source>
        <translation>The programme's description is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The referrer's name is too long (at most %1 characters).</source>
        <translation>The referrer's name is too long (at most %1 characters).</translation>
    </message>
</context>
<context>
    <name>StayStatus</name>
    <message>
        <source>Pre-admission</source>
        <translation>Pre-admission</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Discharged</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>StayText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TargetKind</name>
    <message>
        <source>Change of a measure, in % of the baseline</source>
        <translation>Change of a measure, in % of the baseline</translation>
    </message>
    <message>
        <source>Change in %</source>
        <translation>Change in %</translation>
    </message>
    <message>
        <source>Change of a measure, in its unit</source>
        <translation>Change of a measure, in its unit</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>A measure reaches a value</source>
        <translation>A measure reaches a value</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Done by a date</source>
        <translation>Done by a date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Not measured (described in words)</source>
        <translation>Not measured (described in words)</translation>
    </message>
    <message>
        <source>Unmeasured</source>
        <translation>Unmeasured</translation>
    </message>
</context>
<context>
    <name>TugInstrument</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Increased fall risk (13.5 s or more)</source>
        <translation>Increased fall risk (13.5 s or more)</translation>
    </message>
    <message>
        <source>Below 13.5 s, but at or above the 12 s of CDC STEADI</source>
        <translation>Below 13.5 s, but at or above the 12 s of CDC STEADI</translation>
    </message>
    <message>
        <source>No increased fall risk (under 12 s)</source>
        <translation>No increased fall risk (under 12 s)</translation>
    </message>
    <message>
        <source>Age norm %1 s (95 % CI %2–%3 s, Bohannon 2006)</source>
        <translation>Age norm %1 s (95 % CI %2–%3 s, Bohannon 2006)</translation>
    </message>
    <message>
        <source>Not to be used alone to predict falls (Barry 2014).</source>
        <translation>Not to be used alone to predict falls (Barry 2014).</translation>
    </message>
    <message>
        <source>MDC 3.2 s (chronic stroke; knee osteoarthritis 1.1 s)</source>
        <translation>MDC 3.2 s (chronic stroke; knee osteoarthritis 1.1 s)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>TUG %1</source>
        <translation>TUG %1</translation>
    </message>
    <message>
        <source>Increased fall risk ≥ %1 s</source>
        <translation>Increased fall risk ≥ %1 s</translation>
    </message>
    <message>
        <source>Shumway-Cook 2000, older adults living at home; not to be used alone (Barry 2014)</source>
        <translation>Shumway-Cook 2000, older adults living at home; not to be used alone (Barry 2014)</translation>
    </message>
    <message>
        <source>CDC STEADI ≥ %1 s</source>
        <translation>CDC STEADI ≥ %1 s</translation>
    </message>
    <message>
        <source>The fall-risk screening of the CDC (STEADI), as secondary information</source>
        <translation>The fall-risk screening of the CDC (STEADI), as secondary information</translation>
    </message>
    <message>
        <source>Norm %1–%2 years: %3 s</source>
        <translation>Norm %1–%2 years: %3 s</translation>
    </message>
    <message>
        <source>Bohannon 2006, mean of healthy adults of this age</source>
        <translation>Bohannon 2006, mean of healthy adults of this age</translation>
    </message>
    <message>
        <source>Norm %1–%2 years, 95 % CI %3–%4 s</source>
        <translation>Norm %1–%2 years, 95 % CI %3–%4 s</translation>
    </message>
    <message>
        <source>Bohannon 2006, 95 % confidence interval of the mean of healthy adults of this age</source>
        <translation>Bohannon 2006, 95 % confidence interval of the mean of healthy adults of this age</translation>
    </message>
</context>
<context>
    <name>UserRules</name>
    <message>
        <source>The login must have 2 to 32 characters among lower-case letters without accents, digits, dot, dash and underscore (for example cmartin).</source>
        <translation>The login must have 2 to 32 characters among lower-case letters without accents, digits, dot, dash and underscore (for example cmartin).</translation>
    </message>
    <message>
        <source>The name shown to colleagues is required (for example Dr Claire Martin).</source>
        <translation>The name shown to colleagues is required (for example Dr Claire Martin).</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>The name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Choose at least one role; the roles are %1.</source>
        <translation>Choose at least one role; the roles are %1.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters; a sentence that is easy to remember is a good password.</source>
        <translation>The password must have at least %1 characters; a sentence that is easy to remember is a good password.</translation>
    </message>
    <message>
        <source>The password must not be the login.</source>
        <translation>The password must not be the login.</translation>
    </message>
    <message>
        <source>The PIN must have 4 to 6 digits.</source>
        <translation>The PIN must have 4 to 6 digits.</translation>
    </message>
</context>
<context>
    <name>WeightBearing</name>
    <message>
        <source>Full weight-bearing</source>
        <translation>Full weight-bearing</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>Partial weight-bearing</source>
        <translation>Partial weight-bearing</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partial</translation>
    </message>
    <message>
        <source>No weight-bearing</source>
        <translation>No weight-bearing</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Nothing was saved: the change did not say what it changed, and every change must appear in the audit trail. Please report this fault.</source>
        <translation>Nothing was saved: the change did not say what it changed, and every change must appear in the audit trail. Please report this fault.</translation>
    </message>
    <message>
        <source>Nothing was saved: the change is not attributed to anybody, and every change must appear in the audit trail under a name. Please report this fault.</source>
        <translation>Nothing was saved: the change is not attributed to anybody, and every change must appear in the audit trail under a name. Please report this fault.</translation>
    </message>
    <message>
        <source>It broke while the changes were being saved: they may or may not have been recorded. Once the connection is back, look at the record before saving again.</source>
        <translation>It broke while the changes were being saved: they may or may not have been recorded. Once the connection is back, look at the record before saving again.</translation>
    </message>
    <message>
        <source>Nothing was saved. Retry once the connection is back.</source>
        <translation>Nothing was saved. Retry once the connection is back.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Give either --db (a file) or --db-url (a server), not both.</source>
        <translation>Give either --db (a file) or --db-url (a server), not both.</translation>
    </message>
</context>
<context>
    <name>smr::AssessmentService</name>
    <message>
        <source>This admission assessment was changed elsewhere since you opened it. Your changes were not saved: reopen it to see the latest version.</source>
        <translation>This admission assessment was changed elsewhere since you opened it. Your changes were not saved: reopen it to see the latest version.</translation>
    </message>
    <message>
        <source>No stay has the identifier %1.</source>
        <translation>No stay has the identifier %1.</translation>
    </message>
    <message>
        <source>The stay no. %1 was cancelled: its admission assessment cannot be written.</source>
        <translation>The stay no. %1 was cancelled: its admission assessment cannot be written.</translation>
    </message>
    <message>
        <source>This stay already has an admission assessment (saved elsewhere since you opened the form). Your changes were not saved: reopen it.</source>
        <translation>This stay already has an admission assessment (saved elsewhere since you opened the form). Your changes were not saved: reopen it.</translation>
    </message>
    <message>
        <source>No admission assessment has the identifier %1.</source>
        <translation>No admission assessment has the identifier %1.</translation>
    </message>
    <message>
        <source>This admission assessment is signed and can no longer be changed: amend it, giving the reason, to write a new version.</source>
        <translation>This admission assessment is signed and can no longer be changed: amend it, giving the reason, to write a new version.</translation>
    </message>
    <message>
        <source>The stay was changed elsewhere while the assessment was being signed. Nothing was saved: reopen the stay and sign again.</source>
        <translation>The stay was changed elsewhere while the assessment was being signed. Nothing was saved: reopen the stay and sign again.</translation>
    </message>
    <message>
        <source>This admission assessment is not signed yet: change it directly.</source>
        <translation>This admission assessment is not signed yet: change it directly.</translation>
    </message>
    <message>
        <source>A newer version of this admission assessment exists (version %1): reopen it to see it.</source>
        <translation>A newer version of this admission assessment exists (version %1): reopen it to see it.</translation>
    </message>
    <message>
        <source>Give the reason for changing the signed admission assessment.</source>
        <translation>Give the reason for changing the signed admission assessment.</translation>
    </message>
    <message>
        <source>The red flag "%1" is not answered yes in this stay's admission assessment.</source>
        <translation>The red flag "%1" is not answered yes in this stay's admission assessment.</translation>
    </message>
    <message>
        <source>Say what was done about the red flag "%1".</source>
        <translation>Say what was done about the red flag "%1".</translation>
    </message>
    <message>
        <source>The action is too long: at most %1 characters.</source>
        <translation>The action is too long: at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>smr::CarePlanService</name>
    <message>
        <source>No stay has the identifier %1.</source>
        <translation>No stay has the identifier %1.</translation>
    </message>
    <message>
        <source>This care plan was changed elsewhere since you opened it. Your changes were not saved: reopen it to see the latest version.</source>
        <translation>This care plan was changed elsewhere since you opened it. Your changes were not saved: reopen it to see the latest version.</translation>
    </message>
    <message>
        <source>Stay no. %1 has no care plan yet.</source>
        <translation>Stay no. %1 has no care plan yet.</translation>
    </message>
    <message>
        <source>Stay no. %1 was cancelled: a cancelled stay has no care plan.</source>
        <translation>Stay no. %1 was cancelled: a cancelled stay has no care plan.</translation>
    </message>
    <message>
        <source>No care plan has the identifier %1.</source>
        <translation>No care plan has the identifier %1.</translation>
    </message>
    <message>
        <source>Care plan no. %1 belongs to stay no. %2; it cannot move to stay no. %3.</source>
        <translation>Care plan no. %1 belongs to stay no. %2; it cannot move to stay no. %3.</translation>
    </message>
    <message>
        <source>Stay no. %1 already has a care plan (no. %2): open it to change it.</source>
        <translation>Stay no. %1 already has a care plan (no. %2): open it to change it.</translation>
    </message>
    <message>
        <source>Stay no. %1 was cancelled: its care plan cannot be validated.</source>
        <translation>Stay no. %1 was cancelled: its care plan cannot be validated.</translation>
    </message>
    <message>
        <source>This care plan was already validated by %1 on %2.</source>
        <translation>This care plan was already validated by %1 on %2.</translation>
    </message>
</context>
<context>
    <name>smr::DemoService</name>
    <message>
        <source>The number of demonstration patients must be between 1 and %1.</source>
        <translation>The number of demonstration patients must be between 1 and %1.</translation>
    </message>
    <message numerus="yes">
        <source>The database already holds %n patient(s): demonstration data is loaded only into an empty database.</source>
        <translation><numerusform>The database already holds %n patient: demonstration data is loaded only into an empty database.</numerusform><numerusform>The database already holds %n patients: demonstration data is loaded only into an empty database.</numerusform></translation>
    </message>
</context>
<context>
    <name>smr::DocumentService</name>
    <message>
        <source>No stay has the identifier %1.</source>
        <translation>No stay has the identifier %1.</translation>
    </message>
    <message>
        <source>No meeting has the identifier %1.</source>
        <translation>No meeting has the identifier %1.</translation>
    </message>
    <message>
        <source>The minutes are written once the meeting is closed and signed; this meeting is still open.</source>
        <translation>The minutes are written once the meeting is closed and signed; this meeting is still open.</translation>
    </message>
    <message>
        <source>No result has the identifier %1.</source>
        <translation>No result has the identifier %1.</translation>
    </message>
    <message>
        <source>A result sheet is written for a final result; this one is a draft.</source>
        <translation>A result sheet is written for a final result; this one is a draft.</translation>
    </message>
    <message>
        <source>The on-call sheet needs its day.</source>
        <translation>The on-call sheet needs its day.</translation>
    </message>
    <message>
        <source>Unknown kind of document.</source>
        <translation>Unknown kind of document.</translation>
    </message>
    <message>
        <source>The title of the document is required.</source>
        <translation>The title of the document is required.</translation>
    </message>
    <message>
        <source>The title of the document is too long (at most %1 characters).</source>
        <translation>The title of the document is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The text of the document is empty.</source>
        <translation>The text of the document is empty.</translation>
    </message>
    <message>
        <source>The text of the document is too long (at most 2 MB).</source>
        <translation>The text of the document is too long (at most 2 MB).</translation>
    </message>
    <message>
        <source>This draft was saved elsewhere since you opened it. Nothing was saved: close it and open it again.</source>
        <translation>This draft was saved elsewhere since you opened it. Nothing was saved: close it and open it again.</translation>
    </message>
    <message>
        <source>This draft was saved elsewhere since you opened it.</source>
        <translation>This draft was saved elsewhere since you opened it.</translation>
    </message>
    <message>
        <source>This document has no draft.</source>
        <translation>This document has no draft.</translation>
    </message>
    <message>
        <source>This draft was saved elsewhere since you opened it. Nothing was discarded.</source>
        <translation>This draft was saved elsewhere since you opened it. Nothing was discarded.</translation>
    </message>
    <message>
        <source>The document's PDF is missing or is not a PDF.</source>
        <translation>The document's PDF is missing or is not a PDF.</translation>
    </message>
    <message>
        <source>No document has the identifier %1.</source>
        <translation>No document has the identifier %1.</translation>
    </message>
    <message>
        <source>The establishment's name is required.</source>
        <translation>The establishment's name is required.</translation>
    </message>
    <message>
        <source>A line of the letterhead is too long (at most %1 characters).</source>
        <translation>A line of the letterhead is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The FINESS number has 9 characters: the department (2 digits, or 2A, 2B) and 7 digits, for example 750712184.</source>
        <translation>The FINESS number has 9 characters: the department (2 digits, or 2A, 2B) and 7 digits, for example 750712184.</translation>
    </message>
    <message>
        <source>The logo is too large (at most 512 KB).</source>
        <translation>The logo is too large (at most 512 KB).</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>The logo must be a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>The name of the signature block is required.</source>
        <translation>The name of the signature block is required.</translation>
    </message>
    <message>
        <source>The RPPS number has 11 digits.</source>
        <translation>The RPPS number has 11 digits.</translation>
    </message>
    <message>
        <source>A line of the signature block is too long (at most %1 characters).</source>
        <translation>A line of the signature block is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The letterhead was changed elsewhere since you opened it. Nothing was saved: open it again.</source>
        <translation>The letterhead was changed elsewhere since you opened it. Nothing was saved: open it again.</translation>
    </message>
    <message>
        <source>Your signature block was changed elsewhere since you opened it. Nothing was saved: open it again.</source>
        <translation>Your signature block was changed elsewhere since you opened it. Nothing was saved: open it again.</translation>
    </message>
</context>
<context>
    <name>smr::GroupingService</name>
    <message>
        <source>No stay has the identifier %1.</source>
        <translation>No stay has the identifier %1.</translation>
    </message>
    <message>
        <source>Only a stay in progress or a pre-admission changes group; stay no. %1 is %2.</source>
        <translation>Only a stay in progress or a pre-admission changes group; stay no. %1 is %2.</translation>
    </message>
    <message>
        <source>The group of this patient was changed elsewhere since you looked. Nothing was saved: look at the groups again.</source>
        <translation>The group of this patient was changed elsewhere since you looked. Nothing was saved: look at the groups again.</translation>
    </message>
    <message>
        <source>The group must be one of %1 (%2 only says the Dallas questionnaire is missing).</source>
        <translation>The group must be one of %1 (%2 only says the Dallas questionnaire is missing).</translation>
    </message>
    <message>
        <source>The reason for the group is required: say why the team chose it.</source>
        <translation>The reason for the group is required: say why the team chose it.</translation>
    </message>
    <message>
        <source>The reason for the group is too long (at most %1 characters).</source>
        <translation>The reason for the group is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Stay no. %1 has no group chosen by the team: it is already in the group its Dallas questionnaire suggests.</source>
        <translation>Stay no. %1 has no group chosen by the team: it is already in the group its Dallas questionnaire suggests.</translation>
    </message>
    <message>
        <source>The first day of the week is required (a date).</source>
        <translation>The first day of the week is required (a date).</translation>
    </message>
</context>
<context>
    <name>smr::MeetingService</name>
    <message>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation>The note is too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <source>This note was changed by someone else since you opened it. Nothing was saved: copy your text, look at theirs, then write it again.</source>
        <translation>This note was changed by someone else since you opened it. Nothing was saved: copy your text, look at theirs, then write it again.</translation>
    </message>
    <message>
        <source>The medical issues are too long (%1 characters; at most %2).</source>
        <translation>The medical issues are too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <source>Stay no. %1 is %2: a decision on its discharge date or programme needs a stay in progress.</source>
        <translation>Stay no. %1 is %2: a decision on its discharge date or programme needs a stay in progress.</translation>
    </message>
    <message>
        <source>The date the stay is extended to is required.</source>
        <translation>The date the stay is extended to is required.</translation>
    </message>
    <message>
        <source>An extension goes beyond the planned discharge (%1): choose a later date, or "Set the discharge date" to bring it forward.</source>
        <translation>An extension goes beyond the planned discharge (%1): choose a later date, or "Set the discharge date" to bring it forward.</translation>
    </message>
    <message>
        <source>The new discharge date must be on or after the meeting (%1).</source>
        <translation>The new discharge date must be on or after the meeting (%1).</translation>
    </message>
    <message>
        <source>The discharge date is required.</source>
        <translation>The discharge date is required.</translation>
    </message>
    <message>
        <source>The discharge date must be on or after the meeting (%1).</source>
        <translation>The discharge date must be on or after the meeting (%1).</translation>
    </message>
    <message>
        <source>The programme is required: one of %1.</source>
        <translation>The programme is required: one of %1.</translation>
    </message>
    <message>
        <source>Say to whom the patient is referred.</source>
        <translation>Say to whom the patient is referred.</translation>
    </message>
    <message>
        <source>Describe the decision.</source>
        <translation>Describe the decision.</translation>
    </message>
    <message>
        <source>The discharge date must be within a year of the meeting (by %1).</source>
        <translation>The discharge date must be within a year of the meeting (by %1).</translation>
    </message>
    <message>
        <source>The decision's text is too long (at most %1 characters).</source>
        <translation>The decision's text is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>No decision in force has the identifier %1.</source>
        <translation>No decision in force has the identifier %1.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Say what is to be done.</translation>
    </message>
    <message>
        <source>The action is too long (at most %1 characters).</source>
        <translation>The action is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The due date must be on or after the meeting (%1).</source>
        <translation>The due date must be on or after the meeting (%1).</translation>
    </message>
    <message>
        <source>No action has the identifier %1.</source>
        <translation>No action has the identifier %1.</translation>
    </message>
    <message>
        <source>Stay no. %1 is not on the agenda of this meeting.</source>
        <translation>Stay no. %1 is not on the agenda of this meeting.</translation>
    </message>
    <message>
        <source>This meeting was changed elsewhere since you looked. Nothing was saved: look at it again, then redo your change.</source>
        <translation>This meeting was changed elsewhere since you looked. Nothing was saved: look at it again, then redo your change.</translation>
    </message>
    <message>
        <source>No meeting has the identifier %1.</source>
        <translation>No meeting has the identifier %1.</translation>
    </message>
    <message>
        <source>The meeting of %1 is closed and signed: it can no longer be changed. To correct it, reopen it for a correction, with its reason.</source>
        <translation>The meeting of %1 is closed and signed: it can no longer be changed. To correct it, reopen it for a correction, with its reason.</translation>
    </message>
    <message>
        <source>Stay no. %1 is not on the agenda of the meeting of %2.</source>
        <translation>Stay no. %1 is not on the agenda of the meeting of %2.</translation>
    </message>
    <message>
        <source>Unknown or inactive discipline "%1": the discipline must be one of %2.</source>
        <translation>Unknown or inactive discipline "%1": the discipline must be one of %2.</translation>
    </message>
    <message>
        <source>Refused: %1 writes the notes of %2 only; the note of %3 is written by its discipline or by whoever runs the meeting.</source>
        <translation>Refused: %1 writes the notes of %2 only; the note of %3 is written by its discipline or by whoever runs the meeting.</translation>
    </message>
    <message>
        <source>The date of the meeting is required (a date, for example %1).</source>
        <translation>The date of the meeting is required (a date, for example %1).</translation>
    </message>
    <message>
        <source>The date of the meeting must be within a year of today (%1).</source>
        <translation>The date of the meeting must be within a year of today (%1).</translation>
    </message>
    <message>
        <source>The unit already has a meeting on %1: open it rather than creating another.</source>
        <translation>The unit already has a meeting on %1: open it rather than creating another.</translation>
    </message>
    <message>
        <source>Attendee %1: the name is required.</source>
        <translation>Attendee %1: the name is required.</translation>
    </message>
    <message>
        <source>Attendee %1: the name is too long (at most 100 characters).</source>
        <translation>Attendee %1: the name is too long (at most 100 characters).</translation>
    </message>
    <message>
        <source>%1 is already in the list of attendees.</source>
        <translation>%1 is already in the list of attendees.</translation>
    </message>
    <message>
        <source>Attendee %1: %2</source>
        <translation>Attendee %1: %2</translation>
    </message>
    <message>
        <source>The meeting of %1 has already started.</source>
        <translation>The meeting of %1 has already started.</translation>
    </message>
    <message>
        <source>The new order must list every patient of the agenda once (%1 patients); the agenda changed: look at it again.</source>
        <translation>The new order must list every patient of the agenda once (%1 patients); the agenda changed: look at it again.</translation>
    </message>
    <message>
        <source>A meeting is closed once it has taken place: start the meeting of %1 first.</source>
        <translation>A meeting is closed once it has taken place: start the meeting of %1 first.</translation>
    </message>
    <message>
        <source>Name the attendees before closing the meeting: at least one, with their discipline.</source>
        <translation>Name the attendees before closing the meeting: at least one, with their discipline.</translation>
    </message>
    <message>
        <source>Only a closed meeting is reopened for a correction; the meeting of %1 is %2.</source>
        <translation>Only a closed meeting is reopened for a correction; the meeting of %1 is %2.</translation>
    </message>
    <message>
        <source>The reason for the correction is required: say what is corrected and why.</source>
        <translation>The reason for the correction is required: say what is corrected and why.</translation>
    </message>
    <message>
        <source>The reason for the correction is too long (at most %1 characters).</source>
        <translation>The reason for the correction is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Discipline %1: the code "%2" must be 2 to 40 lower-case letters, digits or _, starting with a letter.</source>
        <translation>Discipline %1: the code "%2" must be 2 to 40 lower-case letters, digits or _, starting with a letter.</translation>
    </message>
    <message>
        <source>Discipline %1: the code "%2" is listed twice.</source>
        <translation>Discipline %1: the code "%2" is listed twice.</translation>
    </message>
    <message>
        <source>Discipline %1: the name is required.</source>
        <translation>Discipline %1: the name is required.</translation>
    </message>
    <message>
        <source>Discipline %1: the name is too long (at most 60 characters).</source>
        <translation>Discipline %1: the name is too long (at most 60 characters).</translation>
    </message>
    <message>
        <source>At least one discipline must stay active.</source>
        <translation>At least one discipline must stay active.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
</context>
<context>
    <name>smr::OnCallService</name>
    <message>
        <source>No stay has the identifier %1.</source>
        <translation>No stay has the identifier %1.</translation>
    </message>
    <message>
        <source>The medical issues are too long (%1 characters; at most %2).</source>
        <translation>The medical issues are too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <source>The treatments to watch are too long (%1 characters; at most %2).</source>
        <translation>The treatments to watch are too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <source>The "if … then …" instructions are too long (%1 characters; at most %2).</source>
        <translation>The "if … then …" instructions are too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <source>On-call notes are written for a pre-admission or a stay in progress; stay no. %1 is %2.</source>
        <translation>On-call notes are written for a pre-admission or a stay in progress; stay no. %1 is %2.</translation>
    </message>
    <message>
        <source>The on-call notes of this patient were changed elsewhere since you opened them. Nothing was saved: look at them again.</source>
        <translation>The on-call notes of this patient were changed elsewhere since you opened them. Nothing was saved: look at them again.</translation>
    </message>
    <message>
        <source>Analgesics: %1</source>
        <translation>Analgesics: %1</translation>
    </message>
    <message>
        <source>Corticosteroids</source>
        <translation>Corticosteroids</translation>
    </message>
</context>
<context>
    <name>smr::PatientService</name>
    <message>
        <source>The NIR %1 is already recorded for %2 (IPP %3).</source>
        <translation>The NIR %1 is already recorded for %2 (IPP %3).</translation>
    </message>
    <message>
        <source>%1's record was changed elsewhere since you opened it. Your changes were not saved: reopen the record to see the latest version.</source>
        <translation>%1's record was changed elsewhere since you opened it. Your changes were not saved: reopen the record to see the latest version.</translation>
    </message>
    <message>
        <source>No patient has the identifier %1.</source>
        <translation>No patient has the identifier %1.</translation>
    </message>
    <message>
        <source>The IPP %1 is already used by %2, birth date %3.</source>
        <translation>The IPP %1 is already used by %2, birth date %3.</translation>
    </message>
</context>
<context>
    <name>smr::ProgressService</name>
    <message>
        <source>No stay has the identifier %1.</source>
        <translation>No stay has the identifier %1.</translation>
    </message>
    <message>
        <source>The patient of stay no. %1 cannot be found.</source>
        <translation>The patient of stay no. %1 cannot be found.</translation>
    </message>
    <message>
        <source>Unknown instrument "%1"; the instruments are %2.</source>
        <translation>Unknown instrument "%1"; the instruments are %2.</translation>
    </message>
    <message>
        <source>Unknown measure "%1" of %2; the measures are %3.</source>
        <translation>Unknown measure "%1" of %2; the measures are %3.</translation>
    </message>
    <message>
        <source>The day is required (a date).</source>
        <translation>The day is required (a date).</translation>
    </message>
    <message>
        <source>No patient in progress in this unit has a Dallas questionnaire.</source>
        <translation>No patient in progress in this unit has a Dallas questionnaire.</translation>
    </message>
</context>
<context>
    <name>smr::ResultService</name>
    <message>
        <source>No stay has the identifier %1.</source>
        <translation>No stay has the identifier %1.</translation>
    </message>
    <message>
        <source>Stay %1 was cancelled: it takes no test results.</source>
        <translation>Stay %1 was cancelled: it takes no test results.</translation>
    </message>
    <message>
        <source>Unknown instrument "%1"; the instruments are %2.</source>
        <translation>Unknown instrument "%1"; the instruments are %2.</translation>
    </message>
    <message>
        <source>The date and time of the test are required.</source>
        <translation>The date and time of the test are required.</translation>
    </message>
    <message>
        <source>The test cannot be dated before the admission (%1).</source>
        <translation>The test cannot be dated before the admission (%1).</translation>
    </message>
    <message>
        <source>The test cannot be dated after the discharge (%1).</source>
        <translation>The test cannot be dated after the discharge (%1).</translation>
    </message>
    <message>
        <source>The test cannot be dated in the future (now: %1).</source>
        <translation>The test cannot be dated in the future (now: %1).</translation>
    </message>
    <message>
        <source>The name of the person who entered the result is required.</source>
        <translation>The name of the person who entered the result is required.</translation>
    </message>
    <message>
        <source>The remarks are too long (at most %1 characters).</source>
        <translation>The remarks are too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The draft %1 no longer exists: it was discarded.</source>
        <translation>The draft %1 no longer exists: it was discarded.</translation>
    </message>
    <message>
        <source>Result %1 is already final: a change is made as a correction.</source>
        <translation>Result %1 is already final: a change is made as a correction.</translation>
    </message>
    <message>
        <source>This draft was changed elsewhere; reopen it to continue.</source>
        <translation>This draft was changed elsewhere; reopen it to continue.</translation>
    </message>
    <message>
        <source>There is no final result %1 to correct.</source>
        <translation>There is no final result %1 to correct.</translation>
    </message>
    <message>
        <source>A correction keeps the stay and the instrument of the result it corrects.</source>
        <translation>A correction keeps the stay and the instrument of the result it corrects.</translation>
    </message>
    <message>
        <source>Give the reason for the correction: the previous version stays visible with it.</source>
        <translation>Give the reason for the correction: the previous version stays visible with it.</translation>
    </message>
    <message>
        <source>This draft was changed elsewhere; reopen it before confirming.</source>
        <translation>This draft was changed elsewhere; reopen it before confirming.</translation>
    </message>
    <message>
        <source>There is no draft %1.</source>
        <translation>There is no draft %1.</translation>
    </message>
    <message>
        <source>No result has the identifier %1.</source>
        <translation>No result has the identifier %1.</translation>
    </message>
</context>
<context>
    <name>smr::Session</name>
    <message>
        <source>Nobody is signed in: sign in to save changes.</source>
        <translation>Nobody is signed in: sign in to save changes.</translation>
    </message>
    <message>
        <source>Refused: the right to %1 is missing. %2's roles (%3) do not give it; ask a colleague who has it or the administrator.</source>
        <translation>Refused: the right to %1 is missing. %2's roles (%3) do not give it; ask a colleague who has it or the administrator.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>smr::StayService</name>
    <message>
        <source>No patient has the identifier %1.</source>
        <translation>No patient has the identifier %1.</translation>
    </message>
    <message>
        <source>No stay has the identifier %1.</source>
        <translation>No stay has the identifier %1.</translation>
    </message>
    <message>
        <source>Unknown unit "%1": the units are %2.</source>
        <translation>Unknown unit "%1": the units are %2.</translation>
    </message>
    <message>
        <source>The unit %1 is closed to new stays: the open units are %2.</source>
        <translation>The unit %1 is closed to new stays: the open units are %2.</translation>
    </message>
    <message>
        <source>%1 already has an open stay (no. %2, %3 since %4): close or cancel it before opening another.</source>
        <translation>%1 already has an open stay (no. %2, %3 since %4): close or cancel it before opening another.</translation>
    </message>
    <message>
        <source>This stay was changed elsewhere since you opened it. Your changes were not saved: reopen it to see the latest version.</source>
        <translation>This stay was changed elsewhere since you opened it. Your changes were not saved: reopen it to see the latest version.</translation>
    </message>
    <message>
        <source>A cancelled stay cannot be changed.</source>
        <translation>A cancelled stay cannot be changed.</translation>
    </message>
    <message>
        <source>Only a pre-admission can be admitted; this stay is %1.</source>
        <translation>Only a pre-admission can be admitted; this stay is %1.</translation>
    </message>
    <message>
        <source>Only a stay in progress can be closed; this stay is %1.</source>
        <translation>Only a stay in progress can be closed; this stay is %1.</translation>
    </message>
    <message>
        <source>Only an open stay can be cancelled; this stay is %1.</source>
        <translation>Only an open stay can be cancelled; this stay is %1.</translation>
    </message>
    <message>
        <source>Give the reason for cancelling the stay.</source>
        <translation>Give the reason for cancelling the stay.</translation>
    </message>
    <message>
        <source>The admission date cannot be before the end of the previous stay (discharged on %1).</source>
        <translation>The admission date cannot be before the end of the previous stay (discharged on %1).</translation>
    </message>
</context>
<context>
    <name>smr::UnitService</name>
    <message>
        <source>The unit's name is required and must contain letters or digits.</source>
        <translation>The unit's name is required and must contain letters or digits.</translation>
    </message>
    <message>
        <source>The unit's name is too long (at most %1 characters).</source>
        <translation>The unit's name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>A unit named %1 already exists.</source>
        <translation>A unit named %1 already exists.</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>There is no unit %1.</translation>
    </message>
    <message>
        <source>The unit %1 was changed elsewhere meanwhile; nothing was saved: look at the list again.</source>
        <translation>The unit %1 was changed elsewhere meanwhile; nothing was saved: look at the list again.</translation>
    </message>
    <message>
        <source>The unit is required: one of %1 (File › Settings › Units lists them).</source>
        <translation>The unit is required: one of %1 (File › Settings › Units lists them).</translation>
    </message>
    <message>
        <source>Unknown unit "%1": the unit must be one of %2 (File › Settings › Units lists them).</source>
        <translation>Unknown unit "%1": the unit must be one of %2 (File › Settings › Units lists them).</translation>
    </message>
</context>
<context>
    <name>smr::UserService</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>The login or the password is wrong.</translation>
    </message>
    <message>
        <source>No account has the identifier %1.</source>
        <translation>No account has the identifier %1.</translation>
    </message>
    <message>
        <source>The %1 could not be protected: the computer lacks memory. Close other programs and try again.</source>
        <translation>The %1 could not be protected: the computer lacks memory. Close other programs and try again.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>The administrator account already exists: sign in with it.</source>
        <translation>The administrator account already exists: sign in with it.</translation>
    </message>
    <message>
        <source>The login %1 is already %2's.</source>
        <translation>The login %1 is already %2's.</translation>
    </message>
    <message>
        <source>%1 is the only active administrator: give the role to another account first, so that somebody can still manage the accounts.</source>
        <translation>%1 is the only active administrator: give the role to another account first, so that somebody can still manage the accounts.</translation>
    </message>
    <message>
        <source>%1's account was changed elsewhere since you opened it; nothing was saved: open it again.</source>
        <translation>%1's account was changed elsewhere since you opened it; nothing was saved: open it again.</translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>Type your login.</translation>
    </message>
    <message>
        <source>This account is deactivated: ask an administrator to reactivate it.</source>
        <translation>This account is deactivated: ask an administrator to reactivate it.</translation>
    </message>
    <message>
        <source>The command-line tool has no password of its own.</source>
        <translation>The command-line tool has no password of its own.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Your account no longer exists.</source>
        <translation>Your account no longer exists.</translation>
    </message>
    <message>
        <source>The command-line tool has no PIN.</source>
        <translation>The command-line tool has no PIN.</translation>
    </message>
</context>
<context>
    <name>smr::ui::AccountDialog</name>
    <message>
        <source>SMR Desk — first start</source>
        <translation>SMR Desk — first start</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Account of %1</source>
        <translation>Account of %1</translation>
    </message>
    <message>
        <source>Name shown *</source>
        <translation>Name shown *</translation>
    </message>
    <message>
        <source>e.g. Dr Claire Martin</source>
        <translation>e.g. Dr Claire Martin</translation>
    </message>
    <message>
        <source>Login *</source>
        <translation>Login *</translation>
    </message>
    <message>
        <source>e.g. cmartin</source>
        <translation>e.g. cmartin</translation>
    </message>
    <message>
        <source>Roles *</source>
        <translation>Roles *</translation>
    </message>
    <message>
        <source>Password *</source>
        <translation>Password *</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <source>Password again *</source>
        <translation>Password again *</translation>
    </message>
    <message>
        <source>Active account (can sign in)</source>
        <translation>Active account (can sign in)</translation>
    </message>
    <message>
        <source>&amp;Create the account</source>
        <translation>&amp;Create the account</translation>
    </message>
    <message>
        <source>Welcome to SMR Desk</source>
        <translation>Welcome to SMR Desk</translation>
    </message>
    <message>
        <source>This database has no account yet. Create the account of its administrator: the person who will then create the accounts of the team (Account menu, Accounts). Tick the roles you also have in the unit, for example Physician.</source>
        <translation>This database has no account yet. Create the account of its administrator: the person who will then create the accounts of the team (Account menu, Accounts). Tick the roles you also have in the unit, for example Physician.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>The two passwords differ: type the same password twice.</translation>
    </message>
</context>
<context>
    <name>smr::ui::AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Lock the session</source>
        <translation>&amp;Lock the session</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <source>Choose my &amp;PIN…</source>
        <translation>Choose my &amp;PIN…</translation>
    </message>
    <message>
        <source>Lock &amp;automatically</source>
        <translation>Lock &amp;automatically</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation><numerusform>After %n minute without use</numerusform><numerusform>After %n minutes without use</numerusform></translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation>A&amp;ccounts…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>Audit &amp;trail…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>Nobody is signed in</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>smr::ui::AgendaModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation><numerusform>%n decision</numerusform><numerusform>%n decisions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation><numerusform>%n open action</numerusform><numerusform>%n open actions</numerusform></translation>
    </message>
    <message>
        <source>%1, %2 — %3</source>
        <translation>%1, %2 — %3</translation>
    </message>
</context>
<context>
    <name>smr::ui::AssessmentForm</name>
    <message>
        <source>Reason for admission and history</source>
        <translation>Reason for admission and history</translation>
    </message>
    <message>
        <source>&amp;Reason for admission *</source>
        <translation>&amp;Reason for admission *</translation>
    </message>
    <message>
        <source>Referrer's &amp;question</source>
        <translation>Referrer's &amp;question</translation>
    </message>
    <message>
        <source>Medical and surgical &amp;history</source>
        <translation>Medical and surgical &amp;history</translation>
    </message>
    <message>
        <source>Spine surgery</source>
        <translation>Spine surgery</translation>
    </message>
    <message>
        <source>Date (dd/mm/yyyy)</source>
        <translation>Date (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>Add a spine surgery</source>
        <translation>Add a spine surgery</translation>
    </message>
    <message>
        <source>&amp;Comorbidities</source>
        <translation>&amp;Comorbidities</translation>
    </message>
    <message>
        <source>Current &amp;treatments</source>
        <translation>Current &amp;treatments</translation>
    </message>
    <message>
        <source>Corticosteroids</source>
        <translation>Corticosteroids</translation>
    </message>
    <message>
        <source>&amp;Analgesics (WHO step)</source>
        <translation>&amp;Analgesics (WHO step)</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Pain</translation>
    </message>
    <message>
        <source>Pain at &amp;rest</source>
        <translation>Pain at &amp;rest</translation>
    </message>
    <message>
        <source>Pain on &amp;activity</source>
        <translation>Pain on &amp;activity</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>Radiation to the &amp;leg</source>
        <translation>Radiation to the &amp;leg</translation>
    </message>
    <message>
        <source>Work and social situation, height and weight</source>
        <translation>Work and social situation, height and weight</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation>&amp;Occupation</translation>
    </message>
    <message>
        <source>Sick leave since</source>
        <translation>Sick leave since</translation>
    </message>
    <message>
        <source>Work accident or occupational disease</source>
        <translation>Work accident or occupational disease</translation>
    </message>
    <message>
        <source>Employer in contact with the occupational physician</source>
        <translation>Employer in contact with the occupational physician</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>Lives alone</translation>
    </message>
    <message>
        <source>&amp;Distance home–centre</source>
        <translation>&amp;Distance home–centre</translation>
    </message>
    <message>
        <source>Able to drive</source>
        <translation>Able to drive</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Red flags (HAS 2019)</source>
        <translation>Red flags (HAS 2019)</translation>
    </message>
    <message>
        <source>Yellow, blue and black flags</source>
        <translation>Yellow, blue and black flags</translation>
    </message>
    <message>
        <source>Exclusion criteria</source>
        <translation>Exclusion criteria</translation>
    </message>
    <message>
        <source>Ticked by itself when the BMI is 40 or more.</source>
        <translation>Ticked by itself when the BMI is 40 or more.</translation>
    </message>
    <message>
        <source>Why the stay continues despite the criterion</source>
        <translation>Why the stay continues despite the criterion</translation>
    </message>
    <message>
        <source>Full or day hospitalisation</source>
        <translation>Full or day hospitalisation</translation>
    </message>
    <message>
        <source>Comorbidities needing supervision</source>
        <translation>Comorbidities needing supervision</translation>
    </message>
    <message>
        <source>Severe pain resistant to treatment</source>
        <translation>Severe pain resistant to treatment</translation>
    </message>
    <message>
        <source>To choose</source>
        <translation>To choose</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>&amp;Mode chosen *</source>
        <translation>&amp;Mode chosen *</translation>
    </message>
    <message>
        <source>Precautions for rehabilitation</source>
        <translation>Precautions for rehabilitation</translation>
    </message>
    <message>
        <source> /min</source>
        <translation> /min</translation>
    </message>
    <message>
        <source>Limb, side, until when</source>
        <translation>Limb, side, until when</translation>
    </message>
    <message>
        <source>Brace</source>
        <translation>Brace</translation>
    </message>
    <message>
        <source>Which brace, when</source>
        <translation>Which brace, when</translation>
    </message>
    <message>
        <source>Fall risk</source>
        <translation>Fall risk</translation>
    </message>
    <message>
        <source>Osteoporosis</source>
        <translation>Osteoporosis</translation>
    </message>
    <message>
        <source>Maximum heart rate</source>
        <translation>Maximum heart rate</translation>
    </message>
    <message>
        <source>Maximum blood pressure</source>
        <translation>Maximum blood pressure</translation>
    </message>
    <message>
        <source>Weight-bearing</source>
        <translation>Weight-bearing</translation>
    </message>
    <message>
        <source>Lifting limit</source>
        <translation>Lifting limit</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Complex medical profile</source>
        <translation>Complex medical profile</translation>
    </message>
    <message>
        <source>Cognitive or psychiatric disorder</source>
        <translation>Cognitive or psychiatric disorder</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Level-2 profiles</source>
        <translation>Level-2 profiles</translation>
    </message>
    <message>
        <source>&amp;Orientation chosen *</source>
        <translation>&amp;Orientation chosen *</translation>
    </message>
    <message>
        <source>Height, weight</source>
        <translation>Height, weight</translation>
    </message>
    <message>
        <source>&amp;Fatigability</source>
        <translation>&amp;Fatigability</translation>
    </message>
    <message>
        <source>Tires quickly on effort: weighs on the orientation and on the groups.</source>
        <translation>Tires quickly on effort: weighs on the orientation and on the groups.</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Required when the orientation chosen is not the one suggested</source>
        <translation>Required when the orientation chosen is not the one suggested</translation>
    </message>
    <message>
        <source>Reason, &amp;note</source>
        <translation>Reason, &amp;note</translation>
    </message>
    <message>
        <source>Sick leave since: %1</source>
        <translation>Sick leave since: %1</translation>
    </message>
    <message>
        <source>Spine surgery, line %1: "%2" is not a date: type it as DD/MM/YYYY, for example 12/03/2019.</source>
        <translation>Spine surgery, line %1: "%2" is not a date: type it as DD/MM/YYYY, for example 12/03/2019.</translation>
    </message>
</context>
<context>
    <name>smr::ui::AssessmentTab</name>
    <message>
        <source>Save the &amp;draft</source>
        <translation>Save the &amp;draft</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation>&amp;New version…</translation>
    </message>
    <message>
        <source>Ctrl+S also saves the draft.</source>
        <translation>Ctrl+S also saves the draft.</translation>
    </message>
    <message>
        <source>Baseline tests with no result in this stay:</source>
        <translation>Baseline tests with no result in this stay:</translation>
    </message>
    <message>
        <source>Version %1 signed by %2 on %3: read-only.</source>
        <translation>Version %1 signed by %2 on %3: read-only.</translation>
    </message>
    <message>
        <source>New admission assessment: not saved yet.</source>
        <translation>New admission assessment: not saved yet.</translation>
    </message>
    <message>
        <source>Version %1, draft (reason for the new version: %2).</source>
        <translation>Version %1, draft (reason for the new version: %2).</translation>
    </message>
    <message>
        <source>Draft, not signed.</source>
        <translation>Draft, not signed.</translation>
    </message>
    <message>
        <source>BMI: enter the height and the weight</source>
        <translation>BMI: enter the height and the weight</translation>
    </message>
    <message>
        <source>Exclusion criterion present: %1. Justify below why the stay continues; the assessment cannot be signed without it.</source>
        <translation>Exclusion criterion present: %1. Justify below why the stay continues; the assessment cannot be signed without it.</translation>
    </message>
    <message>
        <source>%1: no indication of full hospitalisation.</source>
        <translation>%1: no indication of full hospitalisation.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>No suggestion yet: enter the Dallas, Oswestry and STarT Back questionnaires.</source>
        <translation>No suggestion yet: enter the Dallas, Oswestry and STarT Back questionnaires.</translation>
    </message>
    <message>
        <source>Without %1 yet.</source>
        <translation>Without %1 yet.</translation>
    </message>
    <message>
        <source>Red flag: %1. Record what was done about it (imaging, referral) under the red flags.</source>
        <translation>Red flag: %1. Record what was done about it (imaging, referral) under the red flags.</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>What was done about "%1"</source>
        <translation>What was done about "%1"</translation>
    </message>
    <message>
        <source>Record the action</source>
        <translation>Record the action</translation>
    </message>
    <message>
        <source>Enter this test now</source>
        <translation>Enter this test now</translation>
    </message>
    <message>
        <source>Sign the admission assessment</source>
        <translation>Sign the admission assessment</translation>
    </message>
    <message>
        <source>Once signed, the assessment can no longer be changed; a later change will be a new version with its reason. Sign it now?</source>
        <translation>Once signed, the assessment can no longer be changed; a later change will be a new version with its reason. Sign it now?</translation>
    </message>
    <message>
        <source>New version of the admission assessment</source>
        <translation>New version of the admission assessment</translation>
    </message>
    <message>
        <source>Reason for the new version:</source>
        <translation>Reason for the new version:</translation>
    </message>
    <message>
        <source>BMI %1 kg/m² — %2</source>
        <translation>BMI %1 kg/m² — %2</translation>
    </message>
    <message>
        <source>Suggestion when signed: %1: %2.</source>
        <translation>Suggestion when signed: %1: %2.</translation>
    </message>
</context>
<context>
    <name>smr::ui::AttendeesDialog</name>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Add someone with an account…</source>
        <translation>Add someone with an account…</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>Add a &amp;person</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>The attendees and their disciplines appear in the minutes.</source>
        <translation>The attendees and their disciplines appear in the minutes.</translation>
    </message>
</context>
<context>
    <name>smr::ui::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>All patients</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Every change is recorded here with its author and can never be altered. Scroll down to read older entries.</source>
        <translation>Every change is recorded here with its author and can never be altered. Scroll down to read older entries.</translation>
    </message>
</context>
<context>
    <name>smr::ui::AuditModel</name>
    <message numerus="yes">
        <source>%1 and %n other field(s)</source>
        <translation><numerusform>%1 and %n other field</numerusform><numerusform>%1 and %n other fields</numerusform></translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
</context>
<context>
    <name>smr::ui::CarePlanForm</name>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Each goal measurable where possible: ODI −30 % of the baseline, 6-minute walk +50 m, Berg 45 or more, a return-to-work date.</source>
        <translation>Each goal measurable where possible: ODI −30 % of the baseline, 6-minute walk +50 m, Berg 45 or more, a return-to-work date.</translation>
    </message>
    <message>
        <source>&amp;Add a goal</source>
        <translation>&amp;Add a goal</translation>
    </message>
    <message>
        <source>Disciplines and sessions a week</source>
        <translation>Disciplines and sessions a week</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source> / week</source>
        <translation> / week</translation>
    </message>
    <message>
        <source>* the therapies of décret n° 2022-25.</source>
        <translation>* the therapies of décret n° 2022-25.</translation>
    </message>
    <message>
        <source>Reason for the shortfall (required to save a plan short of the decree)</source>
        <translation>Reason for the shortfall (required to save a plan short of the decree)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>In a &amp;week</source>
        <translation>In a &amp;week</translation>
    </message>
    <message>
        <source>The weekly review: a week from today</source>
        <translation>The weekly review: a week from today</translation>
    </message>
    <message>
        <source>Agreed &amp;today</source>
        <translation>Agreed &amp;today</translation>
    </message>
    <message>
        <source>Planned &amp;duration</source>
        <translation>Planned &amp;duration</translation>
    </message>
    <message>
        <source>Next &amp;review</source>
        <translation>Next &amp;review</translation>
    </message>
    <message>
        <source>Patient's a&amp;greement on</source>
        <translation>Patient's a&amp;greement on</translation>
    </message>
    <message>
        <source>recorded by %1</source>
        <translation>recorded by %1</translation>
    </message>
    <message>
        <source>Total: %1 sessions a week (%2 individual, %3 collective); %4 therapies of the decree.</source>
        <translation>Total: %1 sessions a week (%2 individual, %3 collective); %4 therapies of the decree.</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Next review: %1</translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation>Agreement: %1</translation>
    </message>
    <message>
        <source>✔ Meets the minimum of décret n° 2022-25 in %1.</source>
        <translation>✔ Meets the minimum of décret n° 2022-25 in %1.</translation>
    </message>
    <message>
        <source>⚠ Short of the minimum of décret n° 2022-25 in %1:</source>
        <translation>⚠ Short of the minimum of décret n° 2022-25 in %1:</translation>
    </message>
</context>
<context>
    <name>smr::ui::CarePlanTab</name>
    <message>
        <source>&amp;Save the plan</source>
        <translation>&amp;Save the plan</translation>
    </message>
    <message>
        <source>Ctrl+S also saves the plan.</source>
        <translation>Ctrl+S also saves the plan.</translation>
    </message>
    <message>
        <source>No care plan yet for this stay: not saved.</source>
        <translation>No care plan yet for this stay: not saved.</translation>
    </message>
    <message>
        <source>Care plan, version %1.</source>
        <translation>Care plan, version %1.</translation>
    </message>
    <message>
        <source>⚠ Review due since %1.</source>
        <translation>⚠ Review due since %1.</translation>
    </message>
    <message>
        <source>Next review on %1.</source>
        <translation>Next review on %1.</translation>
    </message>
    <message>
        <source>The patient's agreement is not recorded yet.</source>
        <translation>The patient's agreement is not recorded yet.</translation>
    </message>
    <message>
        <source>&amp;Validate the plan</source>
        <translation>&amp;Validate the plan</translation>
    </message>
    <message>
        <source>Saves what is typed, then records your validation of the plan as a physician. A later change asks for it again.</source>
        <translation>Saves what is typed, then records your validation of the plan as a physician. A later change asks for it again.</translation>
    </message>
    <message>
        <source>✔ Validated by %1 on %2.</source>
        <translation>✔ Validated by %1 on %2.</translation>
    </message>
    <message>
        <source>⚠ Changed since its validation by %1 on %2 (version %3): to be validated again.</source>
        <translation>⚠ Changed since its validation by %1 on %2 (version %3): to be validated again.</translation>
    </message>
    <message>
        <source>Not validated by a physician yet.</source>
        <translation>Not validated by a physician yet.</translation>
    </message>
</context>
<context>
    <name>smr::ui::CensusModel</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message>
        <source>No stay</source>
        <translation>No stay</translation>
    </message>
    <message>
        <source>%1
Born on %2 · IPP %3</source>
        <translation>%1
Born on %2 · IPP %3</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>smr::ui::CensusPanel</name>
    <message>
        <source>Search: name, IPP or birth date (Ctrl+F)</source>
        <translation>Search: name, IPP or birth date (Ctrl+F)</translation>
    </message>
    <message>
        <source>Current stays</source>
        <translation>Current stays</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>All patients</translation>
    </message>
    <message>
        <source>HC and HTP</source>
        <translation>HC and HTP</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (closed)</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found</source>
        <translation><numerusform>%n patient found</numerusform><numerusform>%n patients found</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n current stay(s)</source>
        <translation><numerusform>%n current stay</numerusform><numerusform>%n current stays</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation><numerusform>%n patient</numerusform><numerusform>%n patients</numerusform></translation>
    </message>
    <message>
        <source>More than %1 patients found: type more letters</source>
        <translation>More than %1 patients found: type more letters</translation>
    </message>
</context>
<context>
    <name>smr::ui::ChartView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Export as &amp;PNG…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Export as &amp;SVG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Export the chart as PNG</translation>
    </message>
    <message>
        <source>Export the chart as SVG</source>
        <translation>Export the chart as SVG</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>smr::ui::ConflictDialog</name>
    <message>
        <source>Changed on another workstation</source>
        <translation>Changed on another workstation</translation>
    </message>
    <message>
        <source>While you were editing, another workstation saved a change to %1.</source>
        <translation>While you were editing, another workstation saved a change to %1.</translation>
    </message>
    <message>
        <source>Nothing has been overwritten. Compare both versions, choose, then save.</source>
        <translation>Nothing has been overwritten. Compare both versions, choose, then save.</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Changed on both sides</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>Your entry</translation>
    </message>
    <message>
        <source>The other workstation's</source>
        <translation>The other workstation's</translation>
    </message>
    <message>
        <source>Keep both (theirs, then yours)</source>
        <translation>Keep both (theirs, then yours)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kept as the other workstation saved it:</source>
        <translation>Kept as the other workstation saved it:</translation>
    </message>
    <message>
        <source>Kept as you typed it:</source>
        <translation>Kept as you typed it:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Back to the form with these values</source>
        <translation>&amp;Back to the form with these values</translation>
    </message>
</context>
<context>
    <name>smr::ui::DateField</name>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Choose in a calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>"%1" is not a date: type it as DD/MM/YYYY, for example 12/03/1956.</source>
        <translation>"%1" is not a date: type it as DD/MM/YYYY, for example 12/03/1956.</translation>
    </message>
</context>
<context>
    <name>smr::ui::DecisionsPanel</name>
    <message>
        <source>&amp;Withdraw the decision</source>
        <translation>&amp;Withdraw the decision</translation>
    </message>
    <message>
        <source>Record the &amp;decision</source>
        <translation>Record the &amp;decision</translation>
    </message>
    <message>
        <source>Add the &amp;action</source>
        <translation>Add the &amp;action</translation>
    </message>
    <message>
        <source>Details, or to whom the patient is referred</source>
        <translation>Details, or to whom the patient is referred</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <source>Due date (optional)</source>
        <translation>Due date (optional)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Open actions come back at every meeting until they are ticked done.</source>
        <translation>Open actions come back at every meeting until they are ticked done.</translation>
    </message>
    <message>
        <source>To whom the patient is referred</source>
        <translation>To whom the patient is referred</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>The decision</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Details (optional)</translation>
    </message>
    <message>
        <source>No decision at the previous meeting.</source>
        <translation>No decision at the previous meeting.</translation>
    </message>
    <message>
        <source>At the previous meeting:</source>
        <translation>At the previous meeting:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>smr::ui::DesktopApp</name>
    <message>
        <source>SMR Desk — server</source>
        <translation>SMR Desk — server</translation>
    </message>
    <message>
        <source>%1

Password of the database for %2:</source>
        <translation>%1

Password of the database for %2:</translation>
    </message>
    <message>
        <source>SMR Desk cannot start</source>
        <translation>SMR Desk cannot start</translation>
    </message>
    <message>
        <source>SMR Desk — damaged database</source>
        <translation>SMR Desk — damaged database</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: SMR Desk cannot use it as it is.

%2

Nothing has been changed in it. You can put a backup in its place; the damaged file is kept beside it under another name.</source>
        <translation>The database file %1 is damaged: SMR Desk cannot use it as it is.

%2

Nothing has been changed in it. You can put a backup in its place; the damaged file is kept beside it under another name.</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <source>SMR Desk backups (*.sqlite)</source>
        <translation>SMR Desk backups (*.sqlite)</translation>
    </message>
    <message>
        <source>The damaged file could not be moved aside (%1): check the folder's permissions.</source>
        <translation>The damaged file could not be moved aside (%1): check the folder's permissions.</translation>
    </message>
    <message>
        <source>The backup %1 is back in place. The damaged file is kept as %2.</source>
        <translation>The backup %1 is back in place. The damaged file is kept as %2.</translation>
    </message>
    <message>
        <source>SMR Desk</source>
        <translation>SMR Desk</translation>
    </message>
    <message>
        <source>Save a backup of the database before leaving?

Backups go to %1; the last %2 are kept. File › Settings › Backup on exit chooses whether to ask.</source>
        <translation>Save a backup of the database before leaving?

Backups go to %1; the last %2 are kept. File › Settings › Backup on exit chooses whether to ask.</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>Save the backup</translation>
    </message>
    <message>
        <source>Backup not saved</source>
        <translation>Backup not saved</translation>
    </message>
</context>
<context>
    <name>smr::ui::DisciplinesDialog</name>
    <message>
        <source>Disciplines of the meeting</source>
        <translation>Disciplines of the meeting</translation>
    </message>
    <message>
        <source>Discipline (ticked: shown at the meeting)</source>
        <translation>Discipline (ticked: shown at the meeting)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Each ticked discipline has its note for every patient, in this order. Rename one by editing its name; untick it to hide it.</source>
        <translation>Each ticked discipline has its note for every patient, in this order. Rename one by editing its name; untick it to hide it.</translation>
    </message>
</context>
<context>
    <name>smr::ui::DocumentEditorDialog</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Te&amp;xt (generated from the record: complete it, correct it)</source>
        <translation>Te&amp;xt (generated from the record: complete it, correct it)</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>Saves the text as a draft (Ctrl+S)</source>
        <translation>Saves the text as a draft (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Write again from the record</source>
        <translation>&amp;Write again from the record</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Prints the document (Ctrl+P)</source>
        <translation>Prints the document (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finalise…</translation>
    </message>
    <message>
        <source>Stores this version with its PDF; it will never change. A new version can follow.</source>
        <translation>Stores this version with its PDF; it will never change. A new version can follow.</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>&amp;New version</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), as printed</source>
        <translation><numerusform>%n page, as printed</numerusform><numerusform>%n pages, as printed</numerusform></translation>
    </message>
    <message>
        <source>Version %1, finalised by %2 on %3: it never changes.</source>
        <translation>Version %1, finalised by %2 on %3: it never changes.</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Changes not saved yet.</translation>
    </message>
    <message>
        <source>Draft saved on %1 at %2.</source>
        <translation>Draft saved on %1 at %2.</translation>
    </message>
    <message>
        <source>Written from the record; not saved yet.</source>
        <translation>Written from the record; not saved yet.</translation>
    </message>
    <message>
        <source>No letterhead is set: File › Settings › Letterhead.</source>
        <translation>No letterhead is set: File › Settings › Letterhead.</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Draft not saved</translation>
    </message>
    <message>
        <source>Write again from the record</source>
        <translation>Write again from the record</translation>
    </message>
    <message>
        <source>The text will be written again from the record as it is now: what you typed in it is replaced. Go on?</source>
        <translation>The text will be written again from the record as it is now: what you typed in it is replaced. Go on?</translation>
    </message>
    <message>
        <source>Write again</source>
        <translation>Write again</translation>
    </message>
    <message>
        <source>Nothing written</source>
        <translation>Nothing written</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>The PDF could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <source>Finalise version %1 of the %2? It is stored with its PDF and never changes again; a new version can follow.</source>
        <translation>Finalise version %1 of the %2? It is stored with its PDF and never changes again; a new version can follow.</translation>
    </message>
    <message>
        <source>Not finalised</source>
        <translation>Not finalised</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalised</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 of the %2 is finalised (%n page(s)).</source>
        <translation><numerusform>Version %1 of the %2 is finalised (%n page).</numerusform><numerusform>Version %1 of the %2 is finalised (%n pages).</numerusform></translation>
    </message>
    <message>
        <source>Starts the next version from this one's text</source>
        <translation>Starts the next version from this one's text</translation>
    </message>
</context>
<context>
    <name>smr::ui::DocumentsTab</name>
    <message>
        <source>No document for this stay yet.</source>
        <translation>No document for this stay yet.</translation>
    </message>
    <message>
        <source>&amp;Admission report…</source>
        <translation>&amp;Admission report…</translation>
    </message>
    <message>
        <source>&amp;Discharge letter…</source>
        <translation>&amp;Discharge letter…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>No stay: documents are written for a stay.</source>
        <translation>No stay: documents are written for a stay.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>smr::ui::ExportDialog</name>
    <message>
        <source>This &amp;stay</source>
        <translation>This &amp;stay</translation>
    </message>
    <message>
        <source>This &amp;patient, every stay</source>
        <translation>This &amp;patient, every stay</translation>
    </message>
    <message>
        <source>A &amp;unit over a period</source>
        <translation>A &amp;unit over a period</translation>
    </message>
    <message>
        <source>Add a &amp;BOM (spreadsheets)</source>
        <translation>Add a &amp;BOM (spreadsheets)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>This &amp;stay: %1, admitted on %2 (%3)</source>
        <translation>This &amp;stay: %1, admitted on %2 (%3)</translation>
    </message>
    <message>
        <source>This &amp;patient, every stay: %1</source>
        <translation>This &amp;patient, every stay: %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>The results performed on these days, both included.</source>
        <translation>The results performed on these days, both included.</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>What to export</translation>
    </message>
    <message>
        <source>Spreadsheet software needs it to read accented letters right.</source>
        <translation>Spreadsheet software needs it to read accented letters right.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The CSV holds neither names nor birth dates: the IPP and the numbers of stays and results lead back to the record. The FHIR bundle carries the patient's identity, for the establishment's FHIR server.</source>
        <translation>The CSV holds neither names nor birth dates: the IPP and the numbers of stays and results lead back to the record. The FHIR bundle carries the patient's identity, for the establishment's FHIR server.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>FHIR bundles (*.json)</source>
        <translation>FHIR bundles (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be created: %2</source>
        <translation>The file %1 could not be created: %2</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nothing was exported: %1</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) exported to %1.</source>
        <translation><numerusform>%n result exported to %1.</numerusform><numerusform>%n results exported to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>smr::ui::FieldsForm</name>
    <message>
        <source>* required</source>
        <translation>* required</translation>
    </message>
    <message>
        <source>"—": not given</source>
        <translation>"—": not given</translation>
    </message>
    <message>
        <source>"%1" is not a number.</source>
        <translation>"%1" is not a number.</translation>
    </message>
    <message>
        <source>"%1" is not a whole number.</source>
        <translation>"%1" is not a whole number.</translation>
    </message>
    <message>
        <source>Give more than %1 and at most %2%3.</source>
        <translation>Give more than %1 and at most %2%3.</translation>
    </message>
    <message>
        <source>Give a value from %1 to %2%3.</source>
        <translation>Give a value from %1 to %2%3.</translation>
    </message>
    <message>
        <source>The stored value "%1" is not one of the choices.</source>
        <translation>The stored value "%1" is not one of the choices.</translation>
    </message>
</context>
<context>
    <name>smr::ui::GoalRow</name>
    <message>
        <source>Achieved on</source>
        <translation>Achieved on</translation>
    </message>
    <message>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this goal from the plan</source>
        <translation>Remove this goal from the plan</translation>
    </message>
    <message>
        <source>What is aimed at, in words (required when not measured)</source>
        <translation>What is aimed at, in words (required when not measured)</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Review on</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Lower is better for this measure.</source>
        <translation>Lower is better for this measure.</translation>
    </message>
    <message>
        <source>Higher is better for this measure.</source>
        <translation>Higher is better for this measure.</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Goal %1: %2</translation>
    </message>
</context>
<context>
    <name>smr::ui::GroupingDialog</name>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Move to…</translation>
    </message>
    <message>
        <source>&amp;Back to the suggested group</source>
        <translation>&amp;Back to the suggested group</translation>
    </message>
    <message>
        <source>Groups for collective sessions</source>
        <translation>Groups for collective sessions</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (closed)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Week from</source>
        <translation>&amp;Week from</translation>
    </message>
    <message>
        <source>Select a patient, then move them (Enter, the button or the context menu). Groups follow the latest Dallas questionnaire until the team chooses.</source>
        <translation>Select a patient, then move them (Enter, the button or the context menu). Groups follow the latest Dallas questionnaire until the team chooses.</translation>
    </message>
    <message>
        <source>to %1 %2</source>
        <translation>to %1 %2</translation>
    </message>
    <message>
        <source>Moving a patient needs the right to manage meetings.</source>
        <translation>Moving a patient needs the right to manage meetings.</translation>
    </message>
</context>
<context>
    <name>smr::ui::InstrumentCardView</name>
    <message>
        <source>Enter…</source>
        <translation>Enter…</translation>
    </message>
    <message>
        <source>No result in this stay.</source>
        <translation>No result in this stay.</translation>
    </message>
    <message>
        <source>Enter a %1 for this stay.</source>
        <translation>Enter a %1 for this stay.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n result(s)</source>
        <translation><numerusform>%1 · %n result</numerusform><numerusform>%1 · %n results</numerusform></translation>
    </message>
    <message>
        <source>Since admission:</source>
        <translation>Since admission:</translation>
    </message>
    <message>
        <source>Since the previous:</source>
        <translation>Since the previous:</translation>
    </message>
    <message>
        <source>First result of the stay.</source>
        <translation>First result of the stay.</translation>
    </message>
</context>
<context>
    <name>smr::ui::ItemProgressStrip</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Item %1 / %2</source>
        <translation>Item %1 / %2</translation>
    </message>
    <message>
        <source>Item %1: answered</source>
        <translation>Item %1: answered</translation>
    </message>
    <message>
        <source>Item %1: no answer given on purpose</source>
        <translation>Item %1: no answer given on purpose</translation>
    </message>
    <message>
        <source>Item %1: to correct</source>
        <translation>Item %1: to correct</translation>
    </message>
    <message>
        <source>Item %1: not answered</source>
        <translation>Item %1: not answered</translation>
    </message>
</context>
<context>
    <name>smr::ui::Keypad</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>smr::ui::Labels</name>
    <message>
        <source>Your role does not give the right to %1.</source>
        <translation>Your role does not give the right to %1.</translation>
    </message>
</context>
<context>
    <name>smr::ui::LetterPad</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>First letters of the name</source>
        <translation>First letters of the name</translation>
    </message>
</context>
<context>
    <name>smr::ui::LetterheadDialog</name>
    <message>
        <source>Letterhead and signature</source>
        <translation>Letterhead and signature</translation>
    </message>
    <message>
        <source>9 characters, e.g. 690000123</source>
        <translation>9 characters, e.g. 690000123</translation>
    </message>
    <message>
        <source>e.g. Confidential — medical secrecy</source>
        <translation>e.g. Confidential — medical secrecy</translation>
    </message>
    <message>
        <source>e.g. Physical medicine and rehabilitation</source>
        <translation>e.g. Physical medicine and rehabilitation</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>Establishment's letterhead (every document)</source>
        <translation>Establishment's letterhead (every document)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;FINESS number</source>
        <translation>&amp;FINESS number</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>&amp;Telephone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>F&amp;ooter</source>
        <translation>F&amp;ooter</translation>
    </message>
    <message>
        <source>Choose a &amp;logo…</source>
        <translation>Choose a &amp;logo…</translation>
    </message>
    <message>
        <source>&amp;Remove the logo</source>
        <translation>&amp;Remove the logo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>The secretariat or an administrator sets the letterhead.</source>
        <translation>The secretariat or an administrator sets the letterhead.</translation>
    </message>
    <message>
        <source>My signature block (letters and reports I sign)</source>
        <translation>My signature block (letters and reports I sign)</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Qualification</source>
        <translation>&amp;Qualification</translation>
    </message>
    <message>
        <source>&amp;RPPS number</source>
        <translation>&amp;RPPS number</translation>
    </message>
    <message>
        <source>Other &amp;line</source>
        <translation>Other &amp;line</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>smr::ui::LockScreen</name>
    <message>
        <source>SMR Desk — locked</source>
        <translation>SMR Desk — locked</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Change user</source>
        <translation>&amp;Change user</translation>
    </message>
    <message>
        <source>Ends %1's session; drafts of test results are kept.</source>
        <translation>Ends %1's session; drafts of test results are kept.</translation>
    </message>
    <message>
        <source>Type your PIN to continue.</source>
        <translation>Type your PIN to continue.</translation>
    </message>
    <message>
        <source>Type your password to continue.</source>
        <translation>Type your password to continue.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: type your password to continue.</source>
        <translation>Too many wrong PINs: type your password to continue.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>smr::ui::MainWindow</name>
    <message>
        <source>SMR Desk</source>
        <translation>SMR Desk</translation>
    </message>
    <message>
        <source>Choose a patient in the list, or search by name, IPP or birth date (Ctrl+F).</source>
        <translation>Choose a patient in the list, or search by name, IPP or birth date (Ctrl+F).</translation>
    </message>
    <message>
        <source>Local database: %1</source>
        <translation>Local database: %1</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Today: %1</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;New patient…</translation>
    </message>
    <message>
        <source>&amp;Find a patient</source>
        <translation>&amp;Find a patient</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Edit patient…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>&amp;Save notes</translation>
    </message>
    <message>
        <source>&amp;Open a stay…</source>
        <translation>&amp;Open a stay…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Edit the &amp;stay…</source>
        <translation>Edit the &amp;stay…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Confirm the &amp;admission…</source>
        <translation>Confirm the &amp;admission…</translation>
    </message>
    <message>
        <source>Record the &amp;discharge…</source>
        <translation>Record the &amp;discharge…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Cancel the stay…</source>
        <translation>&amp;Cancel the stay…</translation>
    </message>
    <message>
        <source>Load &amp;demonstration data…</source>
        <translation>Load &amp;demonstration data…</translation>
    </message>
    <message>
        <source>&amp;Units…</source>
        <translation>&amp;Units…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About SMR Desk</source>
        <translation>&amp;About SMR Desk</translation>
    </message>
    <message>
        <source>About SMR Desk</source>
        <translation>About SMR Desk</translation>
    </message>
    <message>
        <source>SMR Desk %1
The physician's desk of SMR rehabilitation units.
Free software under the GNU GPL, version 3 or later.</source>
        <translation>SMR Desk %1
The physician's desk of SMR rehabilitation units.
Free software under the GNU GPL, version 3 or later.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Stay</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>The notes of %1</source>
        <translation>The notes of %1</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Demonstration data</translation>
    </message>
    <message numerus="yes">
        <source>%n fictitious patient(s) loaded.</source>
        <translation><numerusform>%n fictitious patient loaded.</numerusform><numerusform>%n fictitious patients loaded.</numerusform></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>&amp;Backup on exit</source>
        <translation>&amp;Backup on exit</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Ask</translation>
    </message>
    <message>
        <source>A&amp;lways</source>
        <translation>A&amp;lways</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Never</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconnect</translation>
    </message>
    <message>
        <source>Connection to the server lost: nothing can be saved until it is back.</source>
        <translation>Connection to the server lost: nothing can be saved until it is back.</translation>
    </message>
    <message>
        <source>The server is still unreachable: try again in a moment.</source>
        <translation>The server is still unreachable: try again in a moment.</translation>
    </message>
    <message>
        <source>&amp;Groups for collective sessions…</source>
        <translation>&amp;Groups for collective sessions…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Progress of the unit…</source>
        <translation>&amp;Progress of the unit…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>&amp;Weekly meeting…</source>
        <translation>&amp;Weekly meeting…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Tablet mode (gym)</source>
        <translation>&amp;Tablet mode (gym)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Admission &amp;report…</source>
        <translation>Admission &amp;report…</translation>
    </message>
    <message>
        <source>Discharge &amp;letter…</source>
        <translation>Discharge &amp;letter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Letterhead and signature…</source>
        <translation>&amp;Letterhead and signature…</translation>
    </message>
    <message>
        <source>On-call &amp;notes…</source>
        <translation>On-call &amp;notes…</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>E&amp;xport results…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>On-call &amp;sheet…</source>
        <translation>On-call &amp;sheet…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
</context>
<context>
    <name>smr::ui::MeetingEntryForm</name>
    <message>
        <source>Since the previous meeting</source>
        <translation>Since the previous meeting</translation>
    </message>
    <message>
        <source>Notes of the disciplines</source>
        <translation>Notes of the disciplines</translation>
    </message>
    <message>
        <source>Medical issues</source>
        <translation>Medical issues</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>This meeting</translation>
    </message>
    <message>
        <source>Previous meeting</source>
        <translation>Previous meeting</translation>
    </message>
    <message>
        <source>No patient on the agenda.</source>
        <translation>No patient on the agenda.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>planned discharge %1</source>
        <translation>planned discharge %1</translation>
    </message>
    <message>
        <source>Tests taken after %1:</source>
        <translation>Tests taken after %1:</translation>
    </message>
    <message>
        <source>No test taken since %1.</source>
        <translation>No test taken since %1.</translation>
    </message>
    <message>
        <source>Write the note…</source>
        <translation>Write the note…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The note of %1 was not saved: %2</source>
        <translation>The note of %1 was not saved: %2</translation>
    </message>
    <message>
        <source>The medical issues were not saved: %1</source>
        <translation>The medical issues were not saved: %1</translation>
    </message>
    <message>
        <source>Tests of the stay (the patient's first meeting):</source>
        <translation>Tests of the stay (the patient's first meeting):</translation>
    </message>
    <message>
        <source>No test in the stay yet.</source>
        <translation>No test in the stay yet.</translation>
    </message>
</context>
<context>
    <name>smr::ui::MeetingWindow</name>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <source>A&amp;ttendees…</source>
        <translation>A&amp;ttendees…</translation>
    </message>
    <message>
        <source>&amp;Start the meeting</source>
        <translation>&amp;Start the meeting</translation>
    </message>
    <message>
        <source>C&amp;lose and sign…</source>
        <translation>C&amp;lose and sign…</translation>
    </message>
    <message>
        <source>Re&amp;open for a correction…</source>
        <translation>Re&amp;open for a correction…</translation>
    </message>
    <message>
        <source>D&amp;isciplines…</source>
        <translation>D&amp;isciplines…</translation>
    </message>
    <message>
        <source>&amp;Initials only</source>
        <translation>&amp;Initials only</translation>
    </message>
    <message>
        <source>&amp;Project (F5)</source>
        <translation>&amp;Project (F5)</translation>
    </message>
    <message>
        <source>Weekly meeting</source>
        <translation>Weekly meeting</translation>
    </message>
    <message>
        <source>For teaching sessions: the slides show initials, no name, birth date or IPP.</source>
        <translation>For teaching sessions: the slides show initials, no name, birth date or IPP.</translation>
    </message>
    <message>
        <source>Drag a patient, or Alt+Up / Alt+Down, to change the order.</source>
        <translation>Drag a patient, or Alt+Up / Alt+Down, to change the order.</translation>
    </message>
    <message>
        <source>Screen %1 (%2 × %3)</source>
        <translation>Screen %1 (%2 × %3)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>No meeting yet: create one</source>
        <translation>No meeting yet: create one</translation>
    </message>
    <message>
        <source>Closed and signed by %1 on %2 (version %3)</source>
        <translation>Closed and signed by %1 on %2 (version %3)</translation>
    </message>
    <message>
        <source>Reopened for a correction: %1</source>
        <translation>Reopened for a correction: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No attendee named yet.</source>
        <translation>No attendee named yet.</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Present: %1</translation>
    </message>
    <message>
        <source>Weekly meeting — %1 — %2</source>
        <translation>Weekly meeting — %1 — %2</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <source>Close the meeting of %1 and sign it? It can no longer be changed; a correction will make a new version.</source>
        <translation>Close the meeting of %1 and sign it? It can no longer be changed; a correction will make a new version.</translation>
    </message>
    <message>
        <source>Close and sign</source>
        <translation>Close and sign</translation>
    </message>
    <message>
        <source>Reopen for a correction</source>
        <translation>Reopen for a correction</translation>
    </message>
    <message>
        <source>What is corrected, and why:</source>
        <translation>What is corrected, and why:</translation>
    </message>
    <message>
        <source>the meeting's notes</source>
        <translation>the meeting's notes</translation>
    </message>
    <message>
        <source>&amp;Minutes…</source>
        <translation>&amp;Minutes…</translation>
    </message>
    <message>
        <source>The minutes of the closed meeting, to edit, print or finalise</source>
        <translation>The minutes of the closed meeting, to edit, print or finalise</translation>
    </message>
</context>
<context>
    <name>smr::ui::MoveGroupDialog</name>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <source>Why the team chooses this group</source>
        <translation>Why the team chooses this group</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Reason *</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>%1 is in the group "%2" (%3).</source>
        <translation>%1 is in the group "%2" (%3).</translation>
    </message>
</context>
<context>
    <name>smr::ui::OnCallNotesDialog</name>
    <message>
        <source>On-call notes — %1</source>
        <translation>On-call notes — %1</translation>
    </message>
    <message>
        <source>Key &amp;medical issues</source>
        <translation>Key &amp;medical issues</translation>
    </message>
    <message>
        <source>e.g. Atrial fibrillation on anticoagulant; type 2 diabetes on insulin</source>
        <translation>e.g. Atrial fibrillation on anticoagulant; type 2 diabetes on insulin</translation>
    </message>
    <message>
        <source>&amp;Treatments to watch</source>
        <translation>&amp;Treatments to watch</translation>
    </message>
    <message>
        <source>e.g. Apixaban 5 mg twice a day; insulin at night</source>
        <translation>e.g. Apixaban 5 mg twice a day; insulin at night</translation>
    </message>
    <message>
        <source>"&amp;If … then …" instructions</source>
        <translation>"&amp;If … then …" instructions</translation>
    </message>
    <message>
        <source>e.g. If chest pain: ECG, call the emergency number (15)</source>
        <translation>e.g. If chest pain: ECG, call the emergency number (15)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the on-call notes (Ctrl+S)</source>
        <translation>Save the on-call notes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>What the physician on call at night and at the weekend must know about %1. The unit's on-call sheet prints it.</source>
        <translation>What the physician on call at night and at the weekend must know about %1. The unit's on-call sheet prints it.</translation>
    </message>
    <message>
        <source>No on-call notes yet for %1: prefilled from the latest meeting and the admission assessment. Check them, then save.</source>
        <translation>No on-call notes yet for %1: prefilled from the latest meeting and the admission assessment. Check them, then save.</translation>
    </message>
    <message>
        <source>No on-call notes yet for %1: what must the physician on call at night and at the weekend know?</source>
        <translation>No on-call notes yet for %1: what must the physician on call at night and at the weekend know?</translation>
    </message>
    <message>
        <source>Only a physician writes the on-call notes (the right to write assessments).</source>
        <translation>Only a physician writes the on-call notes (the right to write assessments).</translation>
    </message>
    <message>
        <source>Saved by %1 on %2 at %3.</source>
        <translation>Saved by %1 on %2 at %3.</translation>
    </message>
    <message>
        <source>The on-call notes of %1</source>
        <translation>The on-call notes of %1</translation>
    </message>
</context>
<context>
    <name>smr::ui::OnCallSheetDialog</name>
    <message>
        <source>On-call sheet</source>
        <translation>On-call sheet</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>&amp;Write the sheet…</source>
        <translation>&amp;Write the sheet…</translation>
    </message>
    <message>
        <source>The patients in the unit on that day, full hospitalisation first, with their on-call notes (Stay › On-call notes…), red flags and precautions.</source>
        <translation>The patients in the unit on that day, full hospitalisation first, with their on-call notes (Stay › On-call notes…), red flags and precautions.</translation>
    </message>
    <message>
        <source>No unit is configured: File › Settings › Units.</source>
        <translation>No unit is configured: File › Settings › Units.</translation>
    </message>
    <message>
        <source>The day is required (a date, as 22/11/2026).</source>
        <translation>The day is required (a date, as 22/11/2026).</translation>
    </message>
</context>
<context>
    <name>smr::ui::OverviewTab</name>
    <message>
        <source>Save notes</source>
        <translation>Save notes</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Planned discharge</source>
        <translation>Planned discharge</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Coordinating physician</source>
        <translation>Coordinating physician</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Used name</source>
        <translation>Used name</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>IPP</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>General practitioner</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Stays</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Free-text notes on the patient (allergies, carers, transport…)</source>
        <translation>Free-text notes on the patient (allergies, carers, transport…)</translation>
    </message>
    <message>
        <source>Unsaved changes (Ctrl+S saves)</source>
        <translation>Unsaved changes (Ctrl+S saves)</translation>
    </message>
    <message>
        <source>To be decided</source>
        <translation>To be decided</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>No stay recorded</source>
        <translation>No stay recorded</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n year(s))</source>
        <translation><numerusform>%1 (%n year)</numerusform><numerusform>%1 (%n years)</numerusform></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>qualified identity</source>
        <translation>qualified identity</translation>
    </message>
    <message>
        <source>identity not qualified</source>
        <translation>identity not qualified</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation>%1 (planned)</translation>
    </message>
</context>
<context>
    <name>smr::ui::PatientDialog</name>
    <message>
        <source>New patient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <source>Edit patient — %1</source>
        <translation>Edit patient — %1</translation>
    </message>
    <message>
        <source>IPP</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>Local patient identifier given by the establishment</source>
        <translation>Local patient identifier given by the establishment</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Used name</source>
        <translation>Used name</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>&amp;Female</source>
        <translation>&amp;Female</translation>
    </message>
    <message>
        <source>&amp;Male</source>
        <translation>&amp;Male</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>NIR (social security number)</source>
        <translation>NIR (social security number)</translation>
    </message>
    <message>
        <source>15 characters, key included</source>
        <translation>15 characters, key included</translation>
    </message>
    <message>
        <source>Qualified identity</source>
        <translation>Qualified identity</translation>
    </message>
    <message>
        <source>Tick only after checking an identity document and the INSi teleservice.</source>
        <translation>Tick only after checking an identity document and the INSi teleservice.</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Height (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Weight (kg)</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>General practitioner</translation>
    </message>
    <message>
        <source>Name and town, e.g. Dr Martin (Villeurbanne)</source>
        <translation>Name and town, e.g. Dr Martin (Villeurbanne)</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* required</translation>
    </message>
    <message>
        <source>Choose the sex: F or M.</source>
        <translation>Choose the sex: F or M.</translation>
    </message>
    <message>
        <source>"%1" is not a number of centimetres.</source>
        <translation>"%1" is not a number of centimetres.</translation>
    </message>
    <message>
        <source>"%1" is not a number of kilograms.</source>
        <translation>"%1" is not a number of kilograms.</translation>
    </message>
    <message>
        <source>the identity of %1</source>
        <translation>the identity of %1</translation>
    </message>
</context>
<context>
    <name>smr::ui::PatientHeader</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message>
        <source>born on %1</source>
        <comment>female</comment>
        <translation>born on %1</translation>
    </message>
    <message>
        <source>born on %1</source>
        <comment>male</comment>
        <translation>born on %1</translation>
    </message>
    <message>
        <source>IPP %1</source>
        <translation>IPP %1</translation>
    </message>
    <message>
        <source>qualified INS</source>
        <translation>qualified INS</translation>
    </message>
    <message>
        <source>INS not qualified</source>
        <translation>INS not qualified</translation>
    </message>
    <message>
        <source>No stay recorded</source>
        <translation>No stay recorded</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <source>to %1 (planned)</source>
        <translation>to %1 (planned)</translation>
    </message>
    <message>
        <source>referred by %1</source>
        <translation>referred by %1</translation>
    </message>
    <message>
        <source>Precautions: %1</source>
        <translation>Precautions: %1</translation>
    </message>
</context>
<context>
    <name>smr::ui::PatientPage</name>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Latest results</source>
        <translation>Latest results</translation>
    </message>
    <message>
        <source>Last weekly meeting</source>
        <translation>Last weekly meeting</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>This patient's file cannot be read: %1</source>
        <translation>This patient's file cannot be read: %1</translation>
    </message>
    <message>
        <source>⚠ Precautions: %1</source>
        <translation>⚠ Precautions: %1</translation>
    </message>
    <message>
        <source>No admission assessment yet: the precautions are not known. Ask the physician.</source>
        <translation>No admission assessment yet: the precautions are not known. Ask the physician.</translation>
    </message>
    <message>
        <source>No particular precaution in the admission assessment.</source>
        <translation>No particular precaution in the admission assessment.</translation>
    </message>
    <message>
        <source>In progress since %1: tap to resume</source>
        <translation>In progress since %1: tap to resume</translation>
    </message>
    <message>
        <source>Last: %1 on %2</source>
        <translation>Last: %1 on %2</translation>
    </message>
    <message>
        <source>Not measured in this stay</source>
        <translation>Not measured in this stay</translation>
    </message>
    <message>
        <source>No care plan yet.</source>
        <translation>No care plan yet.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>(review this week, on %1)</source>
        <translation>(review this week, on %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) met</source>
        <translation><numerusform>%n goal met</numerusform><numerusform>%n goals met</numerusform></translation>
    </message>
    <message>
        <source>The care plan has no goal yet.</source>
        <translation>The care plan has no goal yet.</translation>
    </message>
    <message>
        <source>No result in this stay yet.</source>
        <translation>No result in this stay yet.</translation>
    </message>
    <message>
        <source>Not discussed at a weekly meeting yet.</source>
        <translation>Not discussed at a weekly meeting yet.</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Meeting of %1</translation>
    </message>
    <message>
        <source>No decision recorded.</source>
        <translation>No decision recorded.</translation>
    </message>
    <message>
        <source>Medical issues: %1</source>
        <translation>Medical issues: %1</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>To do: %1</translation>
    </message>
</context>
<context>
    <name>smr::ui::PatientPanel</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Notes not saved</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>the dossier of %1</source>
        <translation>the dossier of %1</translation>
    </message>
    <message>
        <source>Admission assessment</source>
        <translation>Admission assessment</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>smr::ui::PatientsPage</name>
    <message numerus="yes">
        <source>%n patient(s) in the unit today</source>
        <translation><numerusform>%n patient in the unit today</numerusform><numerusform>%n patients in the unit today</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) whose name starts with %1</source>
        <translation><numerusform>%n patient whose name starts with %1</numerusform><numerusform>%n patients whose name starts with %1</numerusform></translation>
    </message>
</context>
<context>
    <name>smr::ui::PresenterWindow</name>
    <message>
        <source>◀ &amp;Previous (Page Up)</source>
        <translation>◀ &amp;Previous (Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next (Page Down) ▶</source>
        <translation>&amp;Next (Page Down) ▶</translation>
    </message>
    <message>
        <source>&amp;Black screen (Ctrl+B)</source>
        <translation>&amp;Black screen (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;End the projection (Esc)</source>
        <translation>&amp;End the projection (Esc)</translation>
    </message>
    <message>
        <source>Presenter — meeting of %1</source>
        <translation>Presenter — meeting of %1</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Slide %1 / %2</source>
        <translation>Slide %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation><numerusform>%n open action</numerusform><numerusform>%n open actions</numerusform></translation>
    </message>
    <message>
        <source>Next: %1 — %2</source>
        <translation>Next: %1 — %2</translation>
    </message>
    <message>
        <source>Last patient of the agenda.</source>
        <translation>Last patient of the agenda.</translation>
    </message>
    <message>
        <source>Meeting running for %1 h %2 min</source>
        <translation>Meeting running for %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>smr::ui::ProgressTab</name>
    <message>
        <source>No stay: no chart.</source>
        <translation>No stay: no chart.</translation>
    </message>
    <message>
        <source>No test result yet for this patient: the charts appear with the first one.</source>
        <translation>No test result yet for this patient: the charts appear with the first one.</translation>
    </message>
    <message>
        <source>Shows the patient's other stays on each chart, in grey, on a longer time axis.</source>
        <translation>Shows the patient's other stays on each chart, in grey, on a longer time axis.</translation>
    </message>
    <message>
        <source>Every test of the patient. Double-click a chart (or Enter) to open it large, copy it (Ctrl+C) or export it as PNG or SVG.</source>
        <translation>Every test of the patient. Double-click a chart (or Enter) to open it large, copy it (Ctrl+C) or export it as PNG or SVG.</translation>
    </message>
    <message>
        <source>&amp;Earlier stays</source>
        <translation>&amp;Earlier stays</translation>
    </message>
</context>
<context>
    <name>smr::ui::ProjectionWindow</name>
    <message>
        <source>Meeting projection</source>
        <translation>Meeting projection</translation>
    </message>
</context>
<context>
    <name>smr::ui::QuestionnaireForm</name>
    <message>
        <source>Keyboard: type the number of an answer to choose it and go to the next item; Backspace goes back; the Up and Down arrows move between items.</source>
        <translation>Keyboard: type the number of an answer to choose it and go to the next item; Backspace goes back; the Up and Down arrows move between items.</translation>
    </message>
    <message>
        <source>Delete leaves an item blank.</source>
        <translation>Delete leaves an item blank.</translation>
    </message>
    <message>
        <source>N answers "not applicable".</source>
        <translation>N answers "not applicable".</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Counted 4 (item 2 = 4)</source>
        <translation>Counted 4 (item 2 = 4)</translation>
    </message>
    <message>
        <source>%1 is not an answer to item %2: the answers are %3.</source>
        <translation>%1 is not an answer to item %2: the answers are %3.</translation>
    </message>
    <message>
        <source>Item %1 cannot be answered "not applicable".</source>
        <translation>Item %1 cannot be answered "not applicable".</translation>
    </message>
    <message>
        <source>Item %1 cannot be left blank: every item of this questionnaire is needed.</source>
        <translation>Item %1 cannot be left blank: every item of this questionnaire is needed.</translation>
    </message>
</context>
<context>
    <name>smr::ui::ResultDetailDialog</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Performed on %1, entered by %2, instrument version %3.</source>
        <translation>Performed on %1, entered by %2, instrument version %3.</translation>
    </message>
    <message>
        <source>Remarks: %1</source>
        <translation>Remarks: %1</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Version %1 — correction being entered</source>
        <translation>Version %1 — correction being entered</translation>
    </message>
    <message>
        <source>Version %1 — %2 — entered by %3</source>
        <translation>Version %1 — %2 — entered by %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>(not given yet)</source>
        <translation>(not given yet)</translation>
    </message>
    <message>
        <source>Replaced by the next version.</source>
        <translation>Replaced by the next version.</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>Result &amp;sheet…</source>
        <translation>Result &amp;sheet…</translation>
    </message>
    <message>
        <source>This result as a printable sheet, with the letterhead</source>
        <translation>This result as a printable sheet, with the letterhead</translation>
    </message>
</context>
<context>
    <name>smr::ui::ResultEntryDialog</name>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validate</translation>
    </message>
    <message>
        <source>&amp;Discard this entry</source>
        <translation>&amp;Discard this entry</translation>
    </message>
    <message>
        <source>Correct — %1 — %2</source>
        <translation>Correct — %1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remarks (conditions of the test, difficulties, walking aid…)</source>
        <translation>Remarks (conditions of the test, difficulties, walking aid…)</translation>
    </message>
    <message>
        <source>Performed on</source>
        <translation>Performed on</translation>
    </message>
    <message>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>Scores and saves the result (Ctrl+Enter)</source>
        <translation>Scores and saves the result (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Close (the draft is kept)</source>
        <translation>&amp;Close (the draft is kept)</translation>
    </message>
    <message>
        <source>Reason for the correction (required): the previous version stays visible with it</source>
        <translation>Reason for the correction (required): the previous version stays visible with it</translation>
    </message>
    <message>
        <source>Draft resumed</source>
        <translation>Draft resumed</translation>
    </message>
    <message>
        <source>Draft not saved: %1</source>
        <translation>Draft not saved: %1</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Draft saved at %1</translation>
    </message>
    <message>
        <source>Test in progress</source>
        <translation>Test in progress</translation>
    </message>
    <message>
        <source>The stopwatch is running. Close the entry anyway? What was typed is kept as a draft; the running time is not.</source>
        <translation>The stopwatch is running. Close the entry anyway? What was typed is kept as a draft; the running time is not.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Close anyway</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Draft not saved</translation>
    </message>
    <message>
        <source>The draft could not be saved, so the entry stays open: %1</source>
        <translation>The draft could not be saved, so the entry stays open: %1</translation>
    </message>
    <message>
        <source>Discard this entry</source>
        <translation>Discard this entry</translation>
    </message>
    <message>
        <source>The answers typed in this entry will be lost. Discard it?</source>
        <translation>The answers typed in this entry will be lost. Discard it?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
</context>
<context>
    <name>smr::ui::ResultTile</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Since admission: %1</source>
        <translation>Since admission: %1</translation>
    </message>
    <message>
        <source>First result of the stay.</source>
        <translation>First result of the stay.</translation>
    </message>
</context>
<context>
    <name>smr::ui::ResultsTab</name>
    <message>
        <source>Entries in progress</source>
        <translation>Entries in progress</translation>
    </message>
    <message>
        <source>New test:</source>
        <translation>New test:</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>No stay: tests are entered within a stay.</source>
        <translation>No stay: tests are entered within a stay.</translation>
    </message>
    <message>
        <source>%1 — draft of %2</source>
        <translation>%1 — draft of %2</translation>
    </message>
    <message>
        <source> (correction)</source>
        <translation> (correction)</translation>
    </message>
    <message>
        <source>Double-click or Enter to resume</source>
        <translation>Double-click or Enter to resume</translation>
    </message>
    <message>
        <source>No result yet in this stay: choose a test above (Alt+1 to Alt+%1).</source>
        <translation>No result yet in this stay: choose a test above (Alt+1 to Alt+%1).</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>No result %1.</source>
        <translation>No result %1.</translation>
    </message>
    <message>
        <source>since the previous: %1</source>
        <translation>since the previous: %1</translation>
    </message>
    <message>
        <source>since the first: %1</source>
        <translation>since the first: %1</translation>
    </message>
    <message>
        <source>Entered by %1 (corrected)</source>
        <translation>Entered by %1 (corrected)</translation>
    </message>
    <message>
        <source>Entered by %1</source>
        <translation>Entered by %1</translation>
    </message>
    <message>
        <source>No result yet in this stay. Your role does not give the right to %1.</source>
        <translation>No result yet in this stay. Your role does not give the right to %1.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Export the results of this stay, of this patient or of a unit (CSV or FHIR)</source>
        <translation>Export the results of this stay, of this patient or of a unit (CSV or FHIR)</translation>
    </message>
</context>
<context>
    <name>smr::ui::SecretDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Choose my PIN</source>
        <translation>Choose my PIN</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>The PIN (4 to 6 digits) unlocks your session after it locked itself; signing in still needs the password.</source>
        <translation>The PIN (4 to 6 digits) unlocks your session after it locked itself; signing in still needs the password.</translation>
    </message>
    <message>
        <source>At least %1 characters: a sentence that is easy to remember is a good password.</source>
        <translation>At least %1 characters: a sentence that is easy to remember is a good password.</translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>The two PINs differ: type the same PIN twice.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>The two passwords differ: type the same password twice.</translation>
    </message>
</context>
<context>
    <name>smr::ui::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>SMR Desk — sign in</source>
        <translation>SMR Desk — sign in</translation>
    </message>
    <message>
        <source>SMR Desk</source>
        <translation>SMR Desk</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Forgotten password: an administrator of the unit gives you a new one.</source>
        <translation>Forgotten password: an administrator of the unit gives you a new one.</translation>
    </message>
</context>
<context>
    <name>smr::ui::StayDialog</name>
    <message>
        <source>Open a stay — %1</source>
        <translation>Open a stay — %1</translation>
    </message>
    <message>
        <source>Edit the stay — %1</source>
        <translation>Edit the stay — %1</translation>
    </message>
    <message>
        <source>To be decided</source>
        <translation>To be decided</translation>
    </message>
    <message>
        <source>Precision (required wording for "other")</source>
        <translation>Precision (required wording for "other")</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>Name, e.g. Dr Martin, CHU Lyon-Sud</source>
        <translation>Name, e.g. Dr Martin, CHU Lyon-Sud</translation>
    </message>
    <message>
        <source>Unit *</source>
        <translation>Unit *</translation>
    </message>
    <message>
        <source>Mode *</source>
        <translation>Mode *</translation>
    </message>
    <message>
        <source>Admission date *</source>
        <translation>Admission date *</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Planned discharge</source>
        <translation>Planned discharge</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Coordinating physician</source>
        <translation>Coordinating physician</translation>
    </message>
    <message>
        <source>&amp;Open the stay</source>
        <translation>&amp;Open the stay</translation>
    </message>
    <message>
        <source>No unit is open: add one in Settings › Units.</source>
        <translation>No unit is open: add one in Settings › Units.</translation>
    </message>
    <message>
        <source>The admission date is ahead: the stay is recorded as a pre-admission until the patient arrives.</source>
        <translation>The admission date is ahead: the stay is recorded as a pre-admission until the patient arrives.</translation>
    </message>
    <message numerus="yes">
        <source>Planned length: %n day(s).</source>
        <translation><numerusform>Planned length: %n day.</numerusform><numerusform>Planned length: %n days.</numerusform></translation>
    </message>
    <message>
        <source>the stay of %1</source>
        <translation>the stay of %1</translation>
    </message>
</context>
<context>
    <name>smr::ui::StayStatusDialog</name>
    <message>
        <source>Confirm the admission — %1</source>
        <translation>Confirm the admission — %1</translation>
    </message>
    <message>
        <source>%1 was expected on %2. Record the day of arrival.</source>
        <translation>%1 was expected on %2. Record the day of arrival.</translation>
    </message>
    <message>
        <source>Admitted on *</source>
        <translation>Admitted on *</translation>
    </message>
    <message>
        <source>&amp;Admit</source>
        <translation>&amp;Admit</translation>
    </message>
    <message>
        <source>Discharge — %1</source>
        <translation>Discharge — %1</translation>
    </message>
    <message>
        <source>Closes the stay that began on %1. Past stays remain in the dossier.</source>
        <translation>Closes the stay that began on %1. Past stays remain in the dossier.</translation>
    </message>
    <message>
        <source>Discharged on *</source>
        <translation>Discharged on *</translation>
    </message>
    <message>
        <source>&amp;Record the discharge</source>
        <translation>&amp;Record the discharge</translation>
    </message>
    <message>
        <source>Cancel the stay — %1</source>
        <translation>Cancel the stay — %1</translation>
    </message>
    <message>
        <source>The stay stays in the dossier, marked as cancelled, with its reason.</source>
        <translation>The stay stays in the dossier, marked as cancelled, with its reason.</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <source>Cancel the &amp;stay</source>
        <translation>Cancel the &amp;stay</translation>
    </message>
    <message>
        <source>&amp;Keep the stay</source>
        <translation>&amp;Keep the stay</translation>
    </message>
</context>
<context>
    <name>smr::ui::StaySummary</name>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Care plan goals</source>
        <translation>Care plan goals</translation>
    </message>
    <message>
        <source>Tests of the stay</source>
        <translation>Tests of the stay</translation>
    </message>
    <message>
        <source>No care plan yet for this stay.</source>
        <translation>No care plan yet for this stay.</translation>
    </message>
</context>
<context>
    <name>smr::ui::TabletSettingsPage</name>
    <message>
        <source>Lock the tablet after</source>
        <translation>Lock the tablet after</translation>
    </message>
    <message>
        <source>Without a touch for this long, the tablet hides the patients' data until your PIN is typed. What is being entered is kept.</source>
        <translation>Without a touch for this long, the tablet hides the patients' data until your PIN is typed. What is being entered is kept.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
</context>
<context>
    <name>smr::ui::TabletWindow</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Workstation mode</source>
        <translation>Workstation mode</translation>
    </message>
    <message>
        <source>SMR Desk — tablet</source>
        <translation>SMR Desk — tablet</translation>
    </message>
    <message>
        <source>Patients of the unit</source>
        <translation>Patients of the unit</translation>
    </message>
    <message>
        <source>Tablet settings</source>
        <translation>Tablet settings</translation>
    </message>
</context>
<context>
    <name>smr::ui::TestPage</name>
    <message>
        <source>Confirm the result</source>
        <translation>Confirm the result</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>Back to the patient</source>
        <translation>Back to the patient</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Draft resumed</source>
        <translation>Draft resumed</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Draft not saved</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Draft saved at %1</translation>
    </message>
    <message>
        <source>✔ Result recorded
%1
%2</source>
        <translation>✔ Result recorded
%1
%2</translation>
    </message>
    <message>
        <source>Abandon the test</source>
        <translation>Abandon the test</translation>
    </message>
    <message>
        <source>Continue the test</source>
        <translation>Continue the test</translation>
    </message>
    <message>
        <source>The test is being timed. Leave it? What was entered is kept and the test can be resumed.</source>
        <translation>The test is being timed. Leave it? What was entered is kept and the test can be resumed.</translation>
    </message>
    <message>
        <source>Leave the test</source>
        <translation>Leave the test</translation>
    </message>
    <message>
        <source>Stay on the test</source>
        <translation>Stay on the test</translation>
    </message>
    <message>
        <source>Abandon the %1 test? What was entered is deleted.</source>
        <translation>Abandon the %1 test? What was entered is deleted.</translation>
    </message>
</context>
<context>
    <name>smr::ui::TouchFieldPad</name>
    <message>
        <source>OK, next</source>
        <translation>OK, next</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>More than %1, at most %2%3</source>
        <translation>More than %1, at most %2%3</translation>
    </message>
    <message>
        <source>From %1 to %2%3</source>
        <translation>From %1 to %2%3</translation>
    </message>
    <message>
        <source>Out of range: %1.</source>
        <translation>Out of range: %1.</translation>
    </message>
</context>
<context>
    <name>smr::ui::TouchItemPage</name>
    <message>
        <source>Leave blank</source>
        <translation>Leave blank</translation>
    </message>
</context>
<context>
    <name>smr::ui::TouchQuestionnaireForm</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Summary ▶</source>
        <translation>Summary ▶</translation>
    </message>
    <message>
        <source>Counted 4 (item 2 = 4)</source>
        <translation>Counted 4 (item 2 = 4)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>left blank</source>
        <translation>left blank</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 items answered.</source>
        <translation>%1 of %2 items answered.</translation>
    </message>
    <message>
        <source>Every item has been seen.</source>
        <translation>Every item has been seen.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without an answer: touch one to answer it.</source>
        <translation><numerusform>%n item without an answer: touch it to answer it.</numerusform><numerusform>%n items without an answer: touch one to answer it.</numerusform></translation>
    </message>
</context>
<context>
    <name>smr::ui::TouchTugForm</name>
    <message>
        <source>Stopwatch</source>
        <translation>Stopwatch</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Type the time</source>
        <translation>Type the time</translation>
    </message>
    <message>
        <source>Time measured on another stopwatch (s)</source>
        <translation>Time measured on another stopwatch (s)</translation>
    </message>
    <message>
        <source>Keep this time</source>
        <translation>Keep this time</translation>
    </message>
    <message>
        <source>Back to the stopwatch</source>
        <translation>Back to the stopwatch</translation>
    </message>
    <message>
        <source>More than 0 and at most 600 s, to the tenth.</source>
        <translation>More than 0 and at most 600 s, to the tenth.</translation>
    </message>
    <message>
        <source>Give a time of more than 0 and at most 600 s.</source>
        <translation>Give a time of more than 0 and at most 600 s.</translation>
    </message>
    <message>
        <source>Touch to stop</source>
        <translation>Touch to stop</translation>
    </message>
    <message>
        <source>Time kept. Touch to time again</source>
        <translation>Time kept. Touch to time again</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Touch to start</translation>
    </message>
</context>
<context>
    <name>smr::ui::TouchWalkForm</name>
    <message>
        <source>1 · Before the test</source>
        <translation>1 · Before the test</translation>
    </message>
    <message>
        <source>2 · Walk</source>
        <translation>2 · Walk</translation>
    </message>
    <message>
        <source>3 · After the test</source>
        <translation>3 · After the test</translation>
    </message>
    <message>
        <source>Patient (for the reference equation)</source>
        <translation>Patient (for the reference equation)</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Walking aid</source>
        <translation>Walking aid</translation>
    </message>
    <message>
        <source>At rest, before the test</source>
        <translation>At rest, before the test</translation>
    </message>
    <message>
        <source>End of the test</source>
        <translation>End of the test</translation>
    </message>
    <message>
        <source>Chest pain</source>
        <translation>Chest pain</translation>
    </message>
    <message>
        <source>Intolerable dyspnoea</source>
        <translation>Intolerable dyspnoea</translation>
    </message>
    <message>
        <source>Leg cramps</source>
        <translation>Leg cramps</translation>
    </message>
    <message>
        <source>Staggering</source>
        <translation>Staggering</translation>
    </message>
    <message>
        <source>Diaphoresis</source>
        <translation>Diaphoresis</translation>
    </message>
    <message>
        <source>Pale or ashen appearance</source>
        <translation>Pale or ashen appearance</translation>
    </message>
    <message>
        <source>Patient's request</source>
        <translation>Patient's request</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Reason for stopping early</source>
        <translation>Reason for stopping early</translation>
    </message>
    <message>
        <source>After the test</source>
        <translation>After the test</translation>
    </message>
    <message>
        <source>Dyspnoea</source>
        <translation>Dyspnoea</translation>
    </message>
    <message>
        <source>Leg pain or cramps</source>
        <translation>Leg pain or cramps</translation>
    </message>
    <message>
        <source>Dizziness</source>
        <translation>Dizziness</translation>
    </message>
    <message>
        <source>Marked fatigue</source>
        <translation>Marked fatigue</translation>
    </message>
    <message>
        <source>Palpitations</source>
        <translation>Palpitations</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptoms</translation>
    </message>
    <message>
        <source>Not in the patient's record: measure it.</source>
        <translation>Not in the patient's record: measure it.</translation>
    </message>
    <message>
        <source>Stopped at %1</source>
        <translation>Stopped at %1</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Distance: %1 m</source>
        <translation>Distance: %1 m</translation>
    </message>
    <message>
        <source>Distance: — m</source>
        <translation>Distance: — m</translation>
    </message>
    <message>
        <source>(typed)</source>
        <translation>(typed)</translation>
    </message>
    <message>
        <source>%1 × %2 m</source>
        <translation>%1 × %2 m</translation>
    </message>
    <message>
        <source>%1 + %2 m</source>
        <translation>%1 + %2 m</translation>
    </message>
</context>
<context>
    <name>smr::ui::TouchWalkPage</name>
    <message>
        <source>−1 length</source>
        <translation>−1 length</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Patient stops</source>
        <translation>Patient stops</translation>
    </message>
    <message>
        <source>Stop the test early</source>
        <translation>Stop the test early</translation>
    </message>
    <message>
        <source>Touch again to end the test</source>
        <translation>Touch again to end the test</translation>
    </message>
    <message>
        <source>Enter the end of the test</source>
        <translation>Enter the end of the test</translation>
    </message>
    <message>
        <source>Start over at 6:00</source>
        <translation>Start over at 6:00</translation>
    </message>
    <message>
        <source>Touch again: back to 6:00</source>
        <translation>Touch again: back to 6:00</translation>
    </message>
    <message>
        <source>+1 length</source>
        <translation>+1 length</translation>
    </message>
    <message numerus="yes">
        <source>%n length(s)</source>
        <translation><numerusform>%n length</numerusform><numerusform>%n lengths</numerusform></translation>
    </message>
    <message>
        <source>Please resume walking whenever you feel able.</source>
        <translation>Please resume walking whenever you feel able.</translation>
    </message>
    <message>
        <source>Touch Start as the patient sets off.</source>
        <translation>Touch Start as the patient sets off.</translation>
    </message>
    <message>
        <source>Stopped for %1</source>
        <translation>Stopped for %1</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Walking</translation>
    </message>
    <message>
        <source>Six minutes done: mark where the patient stopped.</source>
        <translation>Six minutes done: mark where the patient stopped.</translation>
    </message>
    <message>
        <source>Test stopped at %1.</source>
        <translation>Test stopped at %1.</translation>
    </message>
    <message>
        <source>Patient walks again</source>
        <translation>Patient walks again</translation>
    </message>
</context>
<context>
    <name>smr::ui::TugForm</name>
    <message>
        <source>Stopwatch</source>
        <translation>Stopwatch</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Stopwatch back to zero; the time field keeps its value.</source>
        <translation>Stopwatch back to zero; the time field keeps its value.</translation>
    </message>
    <message>
        <source>Space bar: start / stop (except while typing in a field).</source>
        <translation>Space bar: start / stop (except while typing in a field).</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretation</translation>
    </message>
    <message>
        <source>The TUG alone does not predict falls (Barry 2014).</source>
        <translation>The TUG alone does not predict falls (Barry 2014).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Start the stopwatch or type the time to see the fall risk.</source>
        <translation>Start the stopwatch or type the time to see the fall risk.</translation>
    </message>
    <message>
        <source>Increased fall risk: %1 s, at or above %2 s (Shumway-Cook 2000).</source>
        <translation>Increased fall risk: %1 s, at or above %2 s (Shumway-Cook 2000).</translation>
    </message>
    <message>
        <source>No increased fall risk: %1 s, under %2 s (Shumway-Cook 2000).</source>
        <translation>No increased fall risk: %1 s, under %2 s (Shumway-Cook 2000).</translation>
    </message>
    <message>
        <source>CDC STEADI (%1 s): at risk.</source>
        <translation>CDC STEADI (%1 s): at risk.</translation>
    </message>
    <message>
        <source>CDC STEADI (%1 s): not at risk.</source>
        <translation>CDC STEADI (%1 s): not at risk.</translation>
    </message>
    <message>
        <source>Age unknown: no age norm.</source>
        <translation>Age unknown: no age norm.</translation>
    </message>
    <message>
        <source>No age norm for a patient aged %1 (Bohannon 2006).</source>
        <translation>No age norm for a patient aged %1 (Bohannon 2006).</translation>
    </message>
    <message>
        <source>Norm %1–%2 years: %3 s (%4–%5), Bohannon 2006; patient aged %6.</source>
        <translation>Norm %1–%2 years: %3 s (%4–%5), Bohannon 2006; patient aged %6.</translation>
    </message>
    <message>
        <source>Slower than the norm.</source>
        <translation>Slower than the norm.</translation>
    </message>
    <message>
        <source>Faster than the norm.</source>
        <translation>Faster than the norm.</translation>
    </message>
    <message>
        <source>Within the norm.</source>
        <translation>Within the norm.</translation>
    </message>
</context>
<context>
    <name>smr::ui::UnitProgressDialog</name>
    <message>
        <source>Progress of the unit</source>
        <translation>Progress of the unit</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>Patients in progress today; each line goes from the first result of the stay to the latest.</source>
        <translation>Patients in progress today; each line goes from the first result of the stay to the latest.</translation>
    </message>
    <message>
        <source>%1 — Dallas square</source>
        <translation>%1 — Dallas square</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>%1
since %2</source>
        <translation>%1
since %2</translation>
    </message>
    <message>
        <source>No %1 in this stay.</source>
        <translation>No %1 in this stay.</translation>
    </message>
    <message>
        <source>%1 (one result)</source>
        <translation>%1 (one result)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 on %2, %3 on %4</source>
        <translation>%1 on %2, %3 on %4</translation>
    </message>
</context>
<context>
    <name>smr::ui::UnitsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Close to new stays</source>
        <translation>&amp;Close to new stays</translation>
    </message>
    <message>
        <source>Units of the establishment</source>
        <translation>Units of the establishment</translation>
    </message>
    <message>
        <source>Name of the unit</source>
        <translation>Name of the unit</translation>
    </message>
    <message>
        <source>A closed unit keeps its past stays but takes no new ones.</source>
        <translation>A closed unit keeps its past stays but takes no new ones.</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (closed)</translation>
    </message>
    <message>
        <source>Re&amp;open to new stays</source>
        <translation>Re&amp;open to new stays</translation>
    </message>
</context>
<context>
    <name>smr::ui::UsersDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>New &amp;password…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <source>An account that is no longer used is deactivated: its name stays in the audit trail. A forgotten password is replaced here (New password).</source>
        <translation>An account that is no longer used is deactivated: its name stays in the audit trail. A forgotten password is replaced here (New password).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
</context>
<context>
    <name>smr::ui::WalkCountdown</name>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>The patient stops: the countdown keeps running; the stop and its duration are counted.</source>
        <translation>The patient stops: the countdown keeps running; the stop and its duration are counted.</translation>
    </message>
    <message>
        <source>Stop the test</source>
        <translation>Stop the test</translation>
    </message>
    <message>
        <source>Ends the test before 6:00 (give the reason below).</source>
        <translation>Ends the test before 6:00 (give the reason below).</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Countdown back to 6:00; lengths and measures are kept.</source>
        <translation>Countdown back to 6:00; lengths and measures are kept.</translation>
    </message>
    <message>
        <source>Please resume walking whenever you feel able.</source>
        <translation>Please resume walking whenever you feel able.</translation>
    </message>
    <message>
        <source>Stop!</source>
        <translation>Stop!</translation>
    </message>
    <message>
        <source>In a moment I'm going to tell you to stop…</source>
        <translation>In a moment I'm going to tell you to stop…</translation>
    </message>
    <message>
        <source>You are doing well. You have 5 minutes to go.</source>
        <translation>You are doing well. You have 5 minutes to go.</translation>
    </message>
    <message>
        <source>Keep up the good work. You have 4 minutes to go.</source>
        <translation>Keep up the good work. You have 4 minutes to go.</translation>
    </message>
    <message>
        <source>You are doing well. You are halfway done.</source>
        <translation>You are doing well. You are halfway done.</translation>
    </message>
    <message>
        <source>Keep up the good work. You have only 2 minutes left.</source>
        <translation>Keep up the good work. You have only 2 minutes left.</translation>
    </message>
    <message>
        <source>You are doing well. You have only 1 minute to go.</source>
        <translation>You are doing well. You have only 1 minute to go.</translation>
    </message>
    <message>
        <source>Press Start when the patient sets off. The encouragements appear here, once a minute.</source>
        <translation>Press Start when the patient sets off. The encouragements appear here, once a minute.</translation>
    </message>
    <message>
        <source>Next sentence at %1.</source>
        <translation>Next sentence at %1.</translation>
    </message>
    <message>
        <source>Six minutes done: mark where the patient stopped and enter the partial length.</source>
        <translation>Six minutes done: mark where the patient stopped and enter the partial length.</translation>
    </message>
    <message>
        <source>Test stopped at %1: give the reason below.</source>
        <translation>Test stopped at %1: give the reason below.</translation>
    </message>
    <message>
        <source>Resume (stopped %1)</source>
        <translation>Resume (stopped %1)</translation>
    </message>
</context>
<context>
    <name>smr::ui::WalkForm</name>
    <message>
        <source>Patient (for the reference equation)</source>
        <translation>Patient (for the reference equation)</translation>
    </message>
    <message>
        <source>Six minutes</source>
        <translation>Six minutes</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Before and after</translation>
    </message>
    <message>
        <source>Stop the test for: chest pain, intolerable dyspnoea, leg cramps, staggering, diaphoresis, pale or ashen appearance.</source>
        <translation>Stop the test for: chest pain, intolerable dyspnoea, leg cramps, staggering, diaphoresis, pale or ashen appearance.</translation>
    </message>
    <message>
        <source>Relative contraindications: resting heart rate above 120/min, SBP above 180 mmHg, DBP above 100 mmHg; absolute: unstable angina or myocardial infarction in the last month.</source>
        <translation>Relative contraindications: resting heart rate above 120/min, SBP above 180 mmHg, DBP above 100 mmHg; absolute: unstable angina or myocardial infarction in the last month.</translation>
    </message>
    <message>
        <source>Stopped at %1:%2 — </source>
        <translation>Stopped at %1:%2 — </translation>
    </message>
    <message>
        <source>Give the reason for stopping early.</source>
        <translation>Give the reason for stopping early.</translation>
    </message>
    <message>
        <source>Lengths</source>
        <translation>Lengths</translation>
    </message>
    <message>
        <source>Lengths walked</source>
        <translation>Lengths walked</translation>
    </message>
    <message>
        <source>+1 length</source>
        <translation>+1 length</translation>
    </message>
    <message>
        <source>Takes back a length counted by mistake (key −).</source>
        <translation>Takes back a length counted by mistake (key −).</translation>
    </message>
    <message>
        <source>Keys: + one more length, − one less.</source>
        <translation>Keys: + one more length, − one less.</translation>
    </message>
    <message>
        <source>Leave the distance empty to use lengths × track length + partial length; a typed distance replaces that computation.</source>
        <translation>Leave the distance empty to use lengths × track length + partial length; a typed distance replaces that computation.</translation>
    </message>
    <message>
        <source>Not in the patient's record: measure it and type it.</source>
        <translation>Not in the patient's record: measure it and type it.</translation>
    </message>
    <message>
        <source>The typed distance is not a number.</source>
        <translation>The typed distance is not a number.</translation>
    </message>
    <message>
        <source>typed: replaces the %1 m counted (lengths × track + partial)</source>
        <translation>typed: replaces the %1 m counted (lengths × track + partial)</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>typed</translation>
    </message>
    <message>
        <source>%1 × %2 m</source>
        <translation>%1 × %2 m</translation>
    </message>
    <message>
        <source>%1 + %2 m</source>
        <translation>%1 + %2 m</translation>
    </message>
    <message>
        <source>Give the track length.</source>
        <translation>Give the track length.</translation>
    </message>
    <message>
        <source>Count the lengths with +1, or type the distance.</source>
        <translation>Count the lengths with +1, or type the distance.</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>— m</source>
        <translation>— m</translation>
    </message>
    <message>
        <source>Predicted distance: needs the sex, age, height and weight.</source>
        <translation>Predicted distance: needs the sex, age, height and weight.</translation>
    </message>
    <message>
        <source>Predicted distance: %1 m (Enright &amp; Sherrill 1998).</source>
        <translation>Predicted distance: %1 m (Enright &amp; Sherrill 1998).</translation>
    </message>
    <message>
        <source>Lower limit of normal: %1 m.</source>
        <translation>Lower limit of normal: %1 m.</translation>
    </message>
    <message>
        <source>The distance is below it.</source>
        <translation>The distance is below it.</translation>
    </message>
    <message>
        <source>The distance is above it.</source>
        <translation>The distance is above it.</translation>
    </message>
    <message>
        <source>%1 % of predicted</source>
        <translation>%1 % of predicted</translation>
    </message>
    <message>
        <source>Age outside 40–80 years, the ages the equation was derived on: interpret the prediction with caution.</source>
        <translation>Age outside 40–80 years, the ages the equation was derived on: interpret the prediction with caution.</translation>
    </message>
</context>
<context>
    <name>smr::ui::WelcomePage</name>
    <message>
        <source>Create the first patient</source>
        <translation>Create the first patient</translation>
    </message>
    <message>
        <source>Load demonstration data</source>
        <translation>Load demonstration data</translation>
    </message>
    <message>
        <source>Welcome to SMR Desk</source>
        <translation>Welcome to SMR Desk</translation>
    </message>
    <message numerus="yes">
        <source>No patient is recorded in this database yet. Create the first patient to open their stay, or explore SMR Desk with %n fictitious patient(s) of a rehabilitation unit.</source>
        <translation><numerusform>No patient is recorded in this database yet. Create the first patient to open their stay, or explore SMR Desk with %n fictitious patient of a rehabilitation unit.</numerusform><numerusform>No patient is recorded in this database yet. Create the first patient to open their stay, or explore SMR Desk with %n fictitious patients of a rehabilitation unit.</numerusform></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
</TS>
