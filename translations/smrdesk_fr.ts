<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgendaSection</name>
    <message>
        <source>New admission</source>
        <translation>Nouvelle admission</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Discharge within 7 days</source>
        <translation>Sortie sous 7 jours</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Ongoing stay</source>
        <translation>Séjour en cours</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>AnalgesicLevel</name>
    <message>
        <source>No analgesic</source>
        <translation>Aucun antalgique</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Step 1 (non-opioid)</source>
        <translation>Palier 1 (non opioïde)</translation>
    </message>
    <message>
        <source>step 1</source>
        <translation>palier 1</translation>
    </message>
    <message>
        <source>Step 2 (weak opioid)</source>
        <translation>Palier 2 (opioïde faible)</translation>
    </message>
    <message>
        <source>step 2</source>
        <translation>palier 2</translation>
    </message>
    <message>
        <source>Step 3 (strong opioid)</source>
        <translation>Palier 3 (opioïde fort)</translation>
    </message>
    <message>
        <source>step 3</source>
        <translation>palier 3</translation>
    </message>
</context>
<context>
    <name>AssessmentRules</name>
    <message>
        <source>%1 must be between %2 and %3%4.</source>
        <translation>%1 : valeur attendue entre %2 et %3%4.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1 : texte trop long, %2 caractères au plus.</translation>
    </message>
    <message>
        <source>home is %1 minutes from the centre (more than %2)</source>
        <translation>domicile à %1 minutes du centre (plus de %2)</translation>
    </message>
    <message>
        <source>cannot drive (major functional impact)</source>
        <translation>ne peut pas conduire (retentissement fonctionnel majeur)</translation>
    </message>
    <message>
        <source>comorbidities needing supervision</source>
        <translation>comorbidités nécessitant une surveillance</translation>
    </message>
    <message>
        <source>severe pain resistant to treatment</source>
        <translation>douleur sévère résistante au traitement</translation>
    </message>
    <message>
        <source>Pain at rest</source>
        <translation>Douleur au repos</translation>
    </message>
    <message>
        <source>Pain on activity</source>
        <translation>Douleur à l'activité</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Distance from home</source>
        <translation>Distance domicile–centre</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Maximum heart rate</source>
        <translation>Fréquence cardiaque maximale</translation>
    </message>
    <message>
        <source>beats/min</source>
        <translation>battements/min</translation>
    </message>
    <message>
        <source>Maximum systolic pressure</source>
        <translation>Pression systolique maximale</translation>
    </message>
    <message>
        <source>Maximum diastolic pressure</source>
        <translation>Pression diastolique maximale</translation>
    </message>
    <message>
        <source>Lifting limit</source>
        <translation>Limite de port de charge</translation>
    </message>
    <message>
        <source>The sick leave cannot start after today (%1).</source>
        <translation>L'arrêt de travail ne peut pas commencer après aujourd'hui (%1).</translation>
    </message>
    <message>
        <source>Spine surgery %1: say which operation.</source>
        <translation>Chirurgie du rachis %1 : précisez l'intervention.</translation>
    </message>
    <message>
        <source>Spine surgery %1: the date cannot be after today (%2).</source>
        <translation>Chirurgie du rachis %1 : la date ne peut pas être après aujourd'hui (%2).</translation>
    </message>
    <message>
        <source>The reason for admission</source>
        <translation>Motif d'admission</translation>
    </message>
    <message>
        <source>The history</source>
        <translation>Antécédents</translation>
    </message>
    <message>
        <source>The treatments</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>The justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Give the reason for admission before signing.</source>
        <translation>Indiquez le motif d'admission avant de signer.</translation>
    </message>
    <message>
        <source>An exclusion criterion is present (%1): justify continuing the stay before signing.</source>
        <translation>Un critère de récusation est présent (%1) : justifiez la poursuite du séjour avant de signer.</translation>
    </message>
    <message>
        <source>Choose full hospitalisation (HC) or day hospital (HTP) before signing.</source>
        <translation>Choisissez l'hospitalisation complète (HC) ou de jour (HTP) avant de signer.</translation>
    </message>
    <message>
        <source>Choose the orientation before signing: %1.</source>
        <translation>Choisissez l'orientation avant de signer : %1.</translation>
    </message>
    <message>
        <source>The orientation chosen (%1) is not the one suggested (%2): give the reason in the orientation note before signing.</source>
        <translation>L'orientation choisie (%1) n'est pas celle suggérée (%2) : indiquez le motif dans la note d'orientation avant de signer.</translation>
    </message>
</context>
<context>
    <name>AssessmentText</name>
    <message>
        <source>max heart rate %1/min</source>
        <translation>FC max %1/min</translation>
    </message>
    <message>
        <source>max blood pressure %1/%2 mmHg</source>
        <translation>PA max %1/%2 mmHg</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>brace</source>
        <translation>corset</translation>
    </message>
    <message>
        <source>brace (%1)</source>
        <translation>corset (%1)</translation>
    </message>
    <message>
        <source>lifting ≤ %1 kg</source>
        <translation>port de charge ≤ %1 kg</translation>
    </message>
    <message>
        <source>fall risk</source>
        <translation>risque de chute</translation>
    </message>
    <message>
        <source>osteoporosis</source>
        <translation>ostéoporose</translation>
    </message>
    <message>
        <source>Red flag: %1</source>
        <translation>Drapeau rouge : %1</translation>
    </message>
    <message>
        <source>Exclusion criterion not justified: %1</source>
        <translation>Critère de récusation non justifié : %1</translation>
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
        <translation>Séjour</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat de test</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>creation</source>
        <translation>création</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>admission confirmed</source>
        <translation>admission confirmée</translation>
    </message>
    <message>
        <source>discharge</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>draft saved</source>
        <translation>brouillon enregistré</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>draft discarded</source>
        <translation>brouillon abandonné</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>nouveau mot de passe</translation>
    </message>
    <message>
        <source>new PIN</source>
        <translation>nouveau code PIN</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>réactivé</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>sign-in refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>chargées</translation>
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
        <translation>Identité qualifiée</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Used name</source>
        <translation>Nom utilisé</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Taille (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>Médecin généraliste</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Planned discharge</source>
        <translation>Sortie prévue</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Programme detail</source>
        <translation>Précision du programme</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Adresseur</translation>
    </message>
    <message>
        <source>Referrer's name</source>
        <translation>Nom de l’adresseur</translation>
    </message>
    <message>
        <source>Coordinating physician</source>
        <translation>Médecin coordonnateur</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Motif de l'annulation</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Performed on</source>
        <translation>Réalisé le</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <source>Replaced by a correction</source>
        <translation>Remplacé par une correction</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>code PIN</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Séjours</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>Admission assessment</source>
        <translation>Bilan d'admission</translation>
    </message>
    <message>
        <source>Red flag action</source>
        <translation>Action sur drapeau rouge</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Projet de soins</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Weekly meeting</source>
        <translation>Réunion de synthèse</translation>
    </message>
    <message>
        <source>Meeting agenda</source>
        <translation>Ordre du jour de réunion</translation>
    </message>
    <message>
        <source>Meeting note</source>
        <translation>Note de réunion</translation>
    </message>
    <message>
        <source>Meeting decision</source>
        <translation>Décision de réunion</translation>
    </message>
    <message>
        <source>Meeting action</source>
        <translation>Action de réunion</translation>
    </message>
    <message>
        <source>Meeting disciplines</source>
        <translation>Disciplines de réunion</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>nouvelle version</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>choice withdrawn</source>
        <translation>choix retiré</translation>
    </message>
    <message>
        <source>started</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>order changed</source>
        <translation>ordre modifié</translation>
    </message>
    <message>
        <source>reopened for a correction</source>
        <translation>rouverte pour correction</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>open again</source>
        <translation>rouverte</translation>
    </message>
    <message>
        <source>changed by a meeting decision</source>
        <translation>modifié par une décision de réunion</translation>
    </message>
    <message>
        <source>put back: meeting decision withdrawn</source>
        <translation>rétabli : décision de réunion retirée</translation>
    </message>
    <message>
        <source>closed and signed</source>
        <translation>close et signée</translation>
    </message>
    <message>
        <source>Meeting no.</source>
        <translation>Réunion n°</translation>
    </message>
    <message>
        <source>Meeting of</source>
        <translation>Réunion du</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Document draft</source>
        <translation>Brouillon de document</translation>
    </message>
    <message>
        <source>Letterhead and signature</source>
        <translation>En-tête et signature</translation>
    </message>
    <message>
        <source>On-call notes</source>
        <translation>Consignes d'astreinte</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>finalisé</translation>
    </message>
    <message>
        <source>Results export</source>
        <translation>Export de résultats</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exporté</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The folder %1 could not be created: check its permissions.</source>
        <translation>Le dossier %1 n'a pas pu être créé : vérifiez ses droits.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation><numerusform>%n patient</numerusform><numerusform>%n patients</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n stay(s)</source>
        <translation><numerusform>%n séjour</numerusform><numerusform>%n séjours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation><numerusform>%n résultat</numerusform><numerusform>%n résultats</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation><numerusform>%n compte</numerusform><numerusform>%n comptes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(ies)</source>
        <translation><numerusform>%n entrée d'audit</numerusform><numerusform>%n entrées d'audit</numerusform></translation>
    </message>
    <message>
        <source>%1 is the database itself: choose a backup file.</source>
        <translation>%1 est la base elle-même : choisissez un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Rien n'a été restauré : %1</translation>
    </message>
    <message>
        <source>The database %1 already holds data (%2): restoring would replace it. It was left untouched; the replacement must be confirmed (smrdesk-cli: --force).</source>
        <translation>La base %1 contient déjà des données (%2) : la restauration les remplacerait. Elle n'a pas été touchée ; le remplacement doit être confirmé (smrdesk-cli : --force).</translation>
    </message>
    <message>
        <source>%1 It was left untouched; replacing it must be confirmed (smrdesk-cli: --force).</source>
        <translation>%1 Elle n'a pas été touchée ; son remplacement doit être confirmé (smrdesk-cli : --force).</translation>
    </message>
    <message>
        <source>The backup was restored into %1, but it cannot be opened: %2</source>
        <translation>La sauvegarde a été restaurée dans %1, mais la base ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <source>The backup was restored into %1, but the restore could not be written in the audit trail: %2</source>
        <translation>La sauvegarde a été restaurée dans %1, mais la restauration n'a pas pu être inscrite au journal d'audit : %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be written to the disk.</source>
        <translation>La sauvegarde %1 n'a pas pu être écrite sur le disque.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never replaces a file: choose another name, or move the old file away first.</source>
        <translation>%1 existe déjà ; une sauvegarde ne remplace jamais un fichier : choisissez un autre nom, ou déplacez d'abord l'ancien fichier.</translation>
    </message>
    <message>
        <source>The backup could not be named %1.</source>
        <translation>La sauvegarde n'a pas pu être nommée %1.</translation>
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
        <translation>Risque de chute élevé (0–20 : fauteuil roulant)</translation>
    </message>
    <message>
        <source>Medium fall risk (21–40: walks with assistance)</source>
        <translation>Risque de chute moyen (21–40 : marche avec aide)</translation>
    </message>
    <message>
        <source>Low fall risk (41–56: independent)</source>
        <translation>Risque de chute faible (41–56 : autonome)</translation>
    </message>
    <message>
        <source>Below 45: increased fall risk.</source>
        <translation>Sous 45 : risque de chute augmenté.</translation>
    </message>
    <message>
        <source>Item 3 counted 4: item 2 was scored 4.</source>
        <translation>Item 3 compté 4 : l'item 2 a été coté 4.</translation>
    </message>
    <message>
        <source>MDC %1 points from a baseline of %2 (Donoghue 2009, older adults; 6 after stroke)</source>
        <translation>MDC %1 points pour une valeur initiale de %2 (Donoghue 2009, sujets âgés ; 6 après AVC)</translation>
    </message>
    <message>
        <source>Berg %1</source>
        <translation>Berg %1</translation>
    </message>
    <message>
        <source>Increased fall risk &lt; %1</source>
        <translation>Risque de chute accru &lt; %1</translation>
    </message>
    <message>
        <source>High fall risk %1–%2</source>
        <translation>Risque de chute élevé %1–%2</translation>
    </message>
    <message>
        <source>Medium fall risk %1–%2</source>
        <translation>Risque de chute moyen %1–%2</translation>
    </message>
    <message>
        <source>Low fall risk %1–%2</source>
        <translation>Risque de chute faible %1–%2</translation>
    </message>
</context>
<context>
    <name>BmiClass</name>
    <message>
        <source>Underweight</source>
        <translation>Maigreur</translation>
    </message>
    <message>
        <source>underweight</source>
        <translation>maigreur</translation>
    </message>
    <message>
        <source>Normal weight</source>
        <translation>Corpulence normale</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>Overweight</source>
        <translation>Surpoids</translation>
    </message>
    <message>
        <source>overweight</source>
        <translation>surpoids</translation>
    </message>
    <message>
        <source>Obesity class I</source>
        <translation>Obésité de classe I</translation>
    </message>
    <message>
        <source>obesity I</source>
        <translation>obésité I</translation>
    </message>
    <message>
        <source>Obesity class II</source>
        <translation>Obésité de classe II</translation>
    </message>
    <message>
        <source>obesity II</source>
        <translation>obésité II</translation>
    </message>
    <message>
        <source>Obesity class III</source>
        <translation>Obésité de classe III</translation>
    </message>
    <message>
        <source>obesity III</source>
        <translation>obésité III</translation>
    </message>
</context>
<context>
    <name>CarePlanRules</name>
    <message>
        <source>Goal %1: the instrument is required for a measured goal; the instruments are %2.</source>
        <translation>Objectif %1 : l'instrument est obligatoire pour un objectif mesuré ; les instruments sont %2.</translation>
    </message>
    <message>
        <source>Goal %1: unknown instrument "%2"; the instruments are %3.</source>
        <translation>Objectif %1 : instrument « %2 » inconnu ; les instruments sont %3.</translation>
    </message>
    <message>
        <source>Goal %1: "%2" is not a measure of %3; its measures are %4.</source>
        <translation>Objectif %1 : « %2 » n'est pas une mesure de %3 ; ses mesures sont %4.</translation>
    </message>
    <message>
        <source>Goal %1: the change of %2 is a decrease in %, as lower is better: from %3 to less than 0 (for example %4).</source>
        <translation>Objectif %1 : l'évolution de %2 est une baisse en %, car plus bas vaut mieux : de %3 à moins de 0 (par exemple %4).</translation>
    </message>
    <message>
        <source>Goal %1: the change of %2 is an increase in %, as higher is better: more than 0, up to %3 (for example %4).</source>
        <translation>Objectif %1 : l'évolution de %2 est une hausse en %, car plus haut vaut mieux : plus de 0, jusqu'à %3 (par exemple %4).</translation>
    </message>
    <message>
        <source>Goal %1: the change of %2 is a decrease in %3, as lower is better: from %4 to less than 0.</source>
        <translation>Objectif %1 : l'évolution de %2 est une baisse en %3, car plus bas vaut mieux : de %4 à moins de 0.</translation>
    </message>
    <message>
        <source>Goal %1: the change of %2 is an increase in %3, as higher is better: more than 0, up to %4.</source>
        <translation>Objectif %1 : l'évolution de %2 est une hausse en %3, car plus haut vaut mieux : plus de 0, jusqu'à %4.</translation>
    </message>
    <message>
        <source>Goal %1: the value of %2 to reach must be from %3 to %4 %5.</source>
        <translation>Objectif %1 : la valeur de %2 à atteindre doit être comprise entre %3 et %4 %5.</translation>
    </message>
    <message>
        <source>Goal %1: unknown objective; the objectives are %2.</source>
        <translation>Objectif %1 : objectif inconnu ; les objectifs sont %2.</translation>
    </message>
    <message>
        <source>Goal %1: unknown kind of target; the kinds are %2.</source>
        <translation>Objectif %1 : type de cible inconnu ; les types sont %2.</translation>
    </message>
    <message>
        <source>Goal %1: the target date is required for a goal done by a date.</source>
        <translation>Objectif %1 : la date cible est obligatoire pour un objectif à atteindre à une date.</translation>
    </message>
    <message>
        <source>Goal %1: the target date must be from the admission (%2) to %3.</source>
        <translation>Objectif %1 : la date cible doit être comprise entre l'admission (%2) et le %3.</translation>
    </message>
    <message>
        <source>Goal %1: the text is required for a goal without a measure: it says what is judged.</source>
        <translation>Objectif %1 : le texte est obligatoire pour un objectif sans mesure : il dit ce qui est jugé.</translation>
    </message>
    <message>
        <source>Goal %1: the text is too long (at most %2 characters).</source>
        <translation>Objectif %1 : le texte est trop long (%2 caractères au plus).</translation>
    </message>
    <message>
        <source>Goal %1: the review date must fall within the stay, from %2 to %3.</source>
        <translation>Objectif %1 : la date de réévaluation doit tomber pendant le séjour, du %2 au %3.</translation>
    </message>
    <message>
        <source>Goal %1: the date it was achieved must be from the admission (%2) to today (%3).</source>
        <translation>Objectif %1 : la date d'atteinte doit être comprise entre l'admission (%2) et aujourd'hui (%3).</translation>
    </message>
    <message>
        <source>The planned duration must be from %1 to %2 weeks.</source>
        <translation>Durée prévue : valeur attendue entre %1 et %2 semaines.</translation>
    </message>
    <message>
        <source>The plan needs at least one goal; the objectives are %1.</source>
        <translation>Le projet doit comporter au moins un objectif ; les objectifs sont %1.</translation>
    </message>
    <message>
        <source>Line %1 of the disciplines: unknown discipline; the disciplines are %2.</source>
        <translation>Ligne %1 des disciplines : discipline inconnue ; les disciplines sont %2.</translation>
    </message>
    <message>
        <source>Each discipline is listed once: %1 appears more than once.</source>
        <translation>Chaque discipline figure une seule fois : %1 apparaît plusieurs fois.</translation>
    </message>
    <message>
        <source>%1: the individual sessions a week must be from 0 to %2.</source>
        <translation>%1 : séances individuelles par semaine entre 0 et %2 attendues.</translation>
    </message>
    <message>
        <source>%1: the collective sessions a week must be from 0 to %2.</source>
        <translation>%1 : séances collectives par semaine entre 0 et %2 attendues.</translation>
    </message>
    <message>
        <source>The date the patient agreed to the plan must be from the admission (%1) to today (%2).</source>
        <translation>Date de l'accord du patient : valeur attendue entre l'admission (%1) et aujourd'hui (%2).</translation>
    </message>
    <message>
        <source>The next review must fall within the stay, from %1 to %2.</source>
        <translation>Prochaine réévaluation : valeur attendue pendant le séjour, du %1 au %2.</translation>
    </message>
    <message>
        <source>The reason for the shortfall is too long (at most %1 characters).</source>
        <translation>Motif de l'écart : texte trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Therapies: %1 planned (%2), at least %3 needed among %4.</source>
        <translation>Thérapies : %1 prévue(s) (%2), au moins %3 nécessaires parmi %4.</translation>
    </message>
    <message>
        <source>Sessions a week in full hospitalisation: %1 planned, at least %2 needed (two treatment sequences each working day).</source>
        <translation>Séances par semaine en hospitalisation complète : %1 prévue(s), au moins %2 nécessaires (deux séquences de soins chaque jour ouvré).</translation>
    </message>
    <message>
        <source>Individual sessions a week in full hospitalisation: %1 planned, at least %2 needed (one individual sequence each working day).</source>
        <translation>Séances individuelles par semaine en hospitalisation complète : %1 prévue(s), au moins %2 nécessaires (une séquence individuelle chaque jour ouvré).</translation>
    </message>
    <message>
        <source>The plan falls short of the minimum of décret n° 2022-25. %1 Give the reason for the shortfall, or complete the plan.</source>
        <translation>Le projet n'atteint pas le minimum du décret n° 2022-25. %1 Indiquez le motif de l'écart, ou complétez le projet.</translation>
    </message>
</context>
<context>
    <name>ChangeAnalysis</name>
    <message>
        <source>▲ better</source>
        <translation>▲ amélioration</translation>
    </message>
    <message>
        <source>▼ worse</source>
        <translation>▼ aggravation</translation>
    </message>
    <message>
        <source>= unchanged</source>
        <translation>= stable</translation>
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
        <translation>(%1 atteinte)</translation>
    </message>
    <message>
        <source>(below the %1)</source>
        <translation>(sous la %1)</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Dallas square</source>
        <translation>Carré de Dallas</translation>
    </message>
    <message>
        <source>%1 (↑ better)</source>
        <translation>%1 (↑ mieux)</translation>
    </message>
    <message>
        <source>%1 (↓ better)</source>
        <translation>%1 (↓ mieux)</translation>
    </message>
    <message>
        <source>Earlier stay</source>
        <translation>Séjour antérieur</translation>
    </message>
    <message>
        <source>Physical impact (%)</source>
        <translation>Retentissement physique (%)</translation>
    </message>
    <message>
        <source>Psychological impact (%)</source>
        <translation>Retentissement psychologique (%)</translation>
    </message>
    <message>
        <source>50 % border</source>
        <translation>Limite des 50 %</translation>
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
        <translation>Séjour en cours</translation>
    </message>
    <message>
        <source>Earlier stays</source>
        <translation>Séjours antérieurs</translation>
    </message>
    <message>
        <source>Other stays</source>
        <translation>Autres séjours</translation>
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
        <translation>Aucun résultat %1 pour ce patient pour l'instant.</translation>
    </message>
    <message>
        <source>%1 — dimensions</source>
        <translation>%1 — dimensions</translation>
    </message>
    <message>
        <source>No %1 result in this stay yet.</source>
        <translation>Aucun résultat %1 dans ce séjour pour l'instant.</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Objectif %1 : %2</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objectif : %1</translation>
    </message>
    <message>
        <source>Stay from %1 to %2</source>
        <translation>Séjour du %1 au %2</translation>
    </message>
    <message>
        <source>No Dallas questionnaire in this stay yet.</source>
        <translation>Aucun questionnaire de Dallas dans ce séjour pour l'instant.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>The chart could not be saved to %1: %2</source>
        <translation>Le graphique n'a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>the drawing could not start</source>
        <translation>le dessin n'a pas pu commencer</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Assessor: %1</source>
        <translation>Évaluateur : %1</translation>
    </message>
    <message>
        <source>Remarks: %1</source>
        <translation>Remarques : %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Physical impact: %1</source>
        <translation>Retentissement physique : %1</translation>
    </message>
    <message>
        <source>Psychological impact: %1</source>
        <translation>Retentissement psychologique : %1</translation>
    </message>
    <message>
        <source>Quadrant: %1</source>
        <translation>Quadrant : %1</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>graphique</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>A path is expected after --db.</source>
        <translation>Un chemin est attendu après --db.</translation>
    </message>
    <message>
        <source>"%1" is not allowed; the values are fr, en.</source>
        <translation>« %1 » n'est pas accepté ; les valeurs possibles sont fr, en.</translation>
    </message>
    <message>
        <source>A command is required; the commands are %1.</source>
        <translation>Une commande est nécessaire ; les commandes sont %1.</translation>
    </message>
    <message>
        <source>Unknown command "%1"; the commands are %2.</source>
        <translation>Commande « %1 » inconnue ; les commandes sont %2.</translation>
    </message>
    <message>
        <source>Unknown instrument "%1"; the instruments are %2.</source>
        <translation>Instrument « %1 » inconnu ; les instruments sont %2.</translation>
    </message>
    <message>
        <source>The answers are not valid JSON (%1, at character %2).</source>
        <translation>Les réponses ne sont pas du JSON valide (%1, au caractère %2).</translation>
    </message>
    <message>
        <source>The answers must be a JSON object, for example %1.</source>
        <translation>Les réponses doivent être un objet JSON, par exemple %1.</translation>
    </message>
    <message>
        <source>An address is expected after --db-url.</source>
        <translation>Une adresse est attendue après --db-url.</translation>
    </message>
    <message>
        <source>Give either --db (a file) or --db-url (a server), not both.</source>
        <translation>Donnez soit --db (un fichier), soit --db-url (un serveur), pas les deux.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe de %1 : </translation>
    </message>
    <message>
        <source>No terminal to type the password on: set SMRDESK_NEW_PASSWORD.</source>
        <translation>Pas de terminal où taper le mot de passe : définissez SMRDESK_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Le même mot de passe, encore : </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>"%1" is not allowed; the values are %2.</source>
        <translation>« %1 » n'est pas accepté ; les valeurs possibles sont %2.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Il n'y a pas de compte %1.</translation>
    </message>
    <message>
        <source>One scope is required: --stay ID, --patient ID, or --unit CODE with --from YYYY-MM-DD and --to YYYY-MM-DD.</source>
        <translation>Précisez ce qu'il faut exporter : --stay ID, --patient ID, ou --unit CODE avec --from AAAA-MM-JJ et --to AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Give one scope only: --stay, --patient or --unit (with --from and --to), not %1 and %2.</source>
        <translation>Une seule chose à exporter : --stay, --patient ou --unit (avec --from et --to), pas %1 et %2.</translation>
    </message>
    <message>
        <source>%1 YYYY-MM-DD is required with --unit (the period, both days included).</source>
        <translation>%1 AAAA-MM-JJ est requis avec --unit (la période, les deux jours compris).</translation>
    </message>
    <message>
        <source>%1 goes with --unit only: a stay or a patient is exported whole.</source>
        <translation>%1 ne s'emploie qu'avec --unit : un séjour ou un patient est exporté en entier.</translation>
    </message>
    <message>
        <source>A byte order mark is for CSV only (--format csv); a FHIR bundle is JSON without one.</source>
        <translation>L'indicateur d'ordre des octets (BOM) ne concerne que le CSV (--format csv) ; un paquet FHIR est du JSON sans BOM.</translation>
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
        <translation>Usage : smrdesk-cli [--db CHEMIN | --db-url postgresql://utilisateur@serveur:port/base] [--lang fr|en] COMMANDE [OPTIONS]

Commandes :
  init
  patient add --ipp TEXTE --last-name TEXTE --first-name TEXTE --birth-date AAAA-MM-JJ --sex F|M
              [--nir 15CARACTÈRES] [--height-cm N] [--weight-kg N]
  patient list [--search TEXTE]
  stay open --patient ID --mode HC|HTP --admitted AAAA-MM-JJ [--unit TEXTE]
            [--programme rfr|individual|education|other] [--planned-discharge AAAA-MM-JJ]
  stay close --stay ID --discharged AAAA-MM-JJ
  demo --patients N [--seed S] [--history]
  score INSTRUMENT JSON
  record --stay ID [--performed-at AAAA-MM-JJTHH:MM] [--by NOM] [--remarks TEXTE] INSTRUMENT JSON
  results --stay ID
  audit [--patient ID] [--since AAAA-MM-JJ] [--until AAAA-MM-JJ] [--user NOM]
  user add --username IDENTIFIANT --name TEXTE --roles RÔLE[,RÔLE...]
  user list
  user password --username IDENTIFIANT
  backup FICHIER
  check
  restore FICHIER [--force]
  export --format csv|fhir (--stay ID | --patient ID | --unit CODE --from AAAA-MM-JJ --to AAAA-MM-JJ)
         [--bom]

Instruments : tug, 6mwt, berg, dallas, odi, startback. JSON contient les réponses, par exemple
  '{"seconds": 12.4}' (tug) ou '{"items": [4, 4, 3, 4, 4, 4, 3, 3, 3, 4, 4, 3, 2, 2]}' (berg).

Rôles : physician (médecin), physiotherapist (kinésithérapeute), occupational_therapist (ergothérapeute),
  adapted_physical_activity (enseignant en APA), psychomotricist (psychomotricien), nurse (infirmier),
  psychologist (psychologue), social_worker (assistant social), secretary (secrétaire), administrator.
Le mot de passe d'un nouveau compte vient de SMRDESK_NEW_PASSWORD ou est tapé deux fois.
Les écritures sont tracées dans le journal d'audit sous le nom cli:&lt;utilisateur du système&gt;.

demo remplit une base vide de patients, séjours et résultats fictifs (les séjours de la
  dernière année ; --history : tous les séjours de dix ans, une vingtaine de résultats chacun,
  pour mesurer la vitesse à grande échelle).
backup copie la base dans FICHIER pendant que les autres continuent de travailler (SQLite : un fichier
  de base ; PostgreSQL : le format personnalisé de pg_dump) et ne remplace jamais un FICHIER existant.
check lit la base sans la modifier : {"ok": true, ...} sort avec le code 0 ; une base endommagée,
  étrangère ou plus récente écrit {"ok": false, "problem": ...} et sort avec le code 1.
restore remplace la base par la sauvegarde FICHIER, une fois FICHIER vérifié ; une base qui
  contient des données n'est remplacée qu'avec --force. PostgreSQL demande le paquet postgresql-client.
export écrit sur la sortie standard les résultats définitifs d'un séjour, d'un patient (tous ses séjours)
  ou d'une unité sur une période (les deux jours compris) : en CSV (une ligne par résultat ; --bom le fait
  commencer par l'indicateur d'ordre des octets UTF-8 qu'attendent les tableurs) ou en un paquet JSON
  FHIR R4. Les colonnes et les codes sont décrits dans docs/EXPORT.md.

--db vaut par défaut %1 ; le mot de passe de --db-url vient de PGPASSWORD, de ~/.pgpass ou d'une invite.
En cas de succès, un document JSON est écrit sur la sortie standard (export : le CSV ou le paquet ; code 0) ;
une saisie refusée sort avec le code 2, un message sur la sortie d'erreur et rien d'écrit ; les autres échecs sortent avec le code 1.
</translation>
    </message>
</context>
<context>
    <name>CommandOptions</name>
    <message>
        <source>Unexpected argument "%1" for "%2"; its options are %3.</source>
        <translation>Argument « %1 » inattendu pour « %2 » ; ses options sont %3.</translation>
    </message>
    <message>
        <source>Unknown option for "%1"; its options are %2.</source>
        <translation>Option inconnue pour « %1 » ; ses options sont %2.</translation>
    </message>
    <message>
        <source>A value is expected after %1.</source>
        <translation>Une valeur est attendue après %1.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 est donnée deux fois.</translation>
    </message>
    <message>
        <source>%1 is required for "%2".</source>
        <translation>%1 est obligatoire pour « %2 ».</translation>
    </message>
    <message>
        <source>"%1" is not a valid date; use YYYY-MM-DD, for example 1956-03-12.</source>
        <translation>« %1 » n'est pas une date valide ; utilisez AAAA-MM-JJ, par exemple 1956-03-12.</translation>
    </message>
    <message>
        <source>"%1" is not allowed; give a whole number from %2 to %3.</source>
        <translation>« %1 » n'est pas accepté ; donnez un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>"%1" is not allowed; give a whole number from 0 to 18446744073709551615.</source>
        <translation>« %1 » n'est pas accepté ; donnez un nombre entier de 0 à 18446744073709551615.</translation>
    </message>
    <message>
        <source>"%1" is not a number.</source>
        <translation>« %1 » n'est pas un nombre.</translation>
    </message>
    <message>
        <source>"%1" is not allowed; the values are %2.</source>
        <translation>« %1 » n'est pas accepté ; les valeurs possibles sont %2.</translation>
    </message>
    <message>
        <source>%1 is required: %2 %3.</source>
        <translation>%1 est obligatoire : %2 %3.</translation>
    </message>
    <message>
        <source>"%1" is not a valid date and time; use YYYY-MM-DDTHH:MM, for example 2026-11-22T14:30.</source>
        <translation>« %1 » n'est pas une date et heure valide ; utilisez AAAA-MM-JJTHH:MM, par exemple 2026-11-22T14:30.</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 ne prend pas de valeur.</translation>
    </message>
</context>
<context>
    <name>DallasInstrument</name>
    <message>
        <source>Daily activities</source>
        <translation>Activités quotidiennes</translation>
    </message>
    <message>
        <source>Work and leisure</source>
        <translation>Travail et loisirs</translation>
    </message>
    <message>
        <source>Anxiety and depression</source>
        <translation>Anxiété et dépression</translation>
    </message>
    <message>
        <source>Social interest</source>
        <translation>Intérêt social</translation>
    </message>
    <message>
        <source>Medical profile: physical impact predominant, physical treatment orientation</source>
        <translation>Profil médical : retentissement physique prédominant, orientation vers une prise en charge physique</translation>
    </message>
    <message>
        <source>Behavioural profile: psychological impact predominant</source>
        <translation>Profil comportemental : retentissement psychologique prédominant</translation>
    </message>
    <message>
        <source>Mixed profile: physical and psychological impact above 50 %</source>
        <translation>Profil mixte : retentissements physique et psychologique au-dessus de 50 %</translation>
    </message>
    <message>
        <source>Undetermined profile</source>
        <translation>Profil indéterminé</translation>
    </message>
    <message>
        <source>Social interest is not sensitive to change (Marty 1998).</source>
        <translation>L'intérêt social n'est pas sensible au changement (Marty 1998).</translation>
    </message>
    <message>
        <source>DA %1 % · WL %2 % · AD %3 % · SI %4 %</source>
        <translation>AQ %1 % · TL %2 % · AD %3 % · IS %4 %</translation>
    </message>
    <message>
        <source>Dallas %1</source>
        <translation>Dallas %1</translation>
    </message>
    <message>
        <source>Profile border %1 %</source>
        <translation>Limite du profil %1 %</translation>
    </message>
    <message>
        <source>Above %1 %, the dimension's impact counts as high in the cross-profile and on the Dallas square</source>
        <translation>Au-dessus de %1 %, le retentissement de la dimension compte comme élevé dans le phénotypage croisé et sur le carré de Dallas</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>La base de données %1 ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <source>its folder cannot be created.</source>
        <translation>son dossier ne peut pas être créé.</translation>
    </message>
    <message>
        <source>it is not a file.</source>
        <translation>ce n'est pas un fichier.</translation>
    </message>
    <message>
        <source>it is not an SMR Desk database.</source>
        <translation>ce n'est pas une base de données SMR Desk.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of SMR Desk (schema %2; this version knows schemas up to %3). It has been left untouched: install the newer version of SMR Desk to open it.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de SMR Desk (schéma %2 ; cette version connaît les schémas jusqu'au %3). Elle n'a pas été modifiée : installez la version plus récente de SMR Desk pour l'ouvrir.</translation>
    </message>
    <message>
        <source>The schema version of %1 cannot be read.</source>
        <translation>La version du schéma de %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>A database statement could not be prepared</source>
        <translation>Une instruction de la base de données n'a pas pu être préparée</translation>
    </message>
    <message>
        <source>A database statement failed</source>
        <translation>Une instruction de la base de données a échoué</translation>
    </message>
    <message>
        <source>A nested write failed; nothing was saved.</source>
        <translation>Une écriture imbriquée a échoué ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The changes could not be saved</source>
        <translation>Les modifications n'ont pas pu être enregistrées</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL) is missing: install libqt6sql6-psql.</source>
        <translation>le pilote PostgreSQL de Qt (QPSQL) manque : installez libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password: %2</source>
        <translation>Le serveur %1 demande un mot de passe : %2</translation>
    </message>
    <message>
        <source>it is not an SQLite database file (another kind of file, or its first page is damaged).</source>
        <translation>ce n'est pas un fichier de base SQLite (un autre type de fichier, ou sa première page est endommagée).</translation>
    </message>
    <message>
        <source>The connection to %1 cannot be renewed while a read or a write is in progress. Please report this fault.</source>
        <translation>La connexion à %1 ne peut pas être renouvelée pendant une lecture ou une écriture. Merci de signaler ce défaut.</translation>
    </message>
    <message>
        <source>Reconnecting failed: %1</source>
        <translation>La reconnexion a échoué : %1</translation>
    </message>
    <message>
        <source>Check the network or whether the server is running, then retry.</source>
        <translation>Vérifiez le réseau ou que le serveur fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>The connection to the database %1 is lost.</source>
        <translation>La connexion à la base %1 est perdue.</translation>
    </message>
    <message>
        <source>The connection to the server %1 is lost.</source>
        <translation>La connexion au serveur %1 est perdue.</translation>
    </message>
    <message>
        <source>The server said: %1.</source>
        <translation>Le serveur a répondu : %1.</translation>
    </message>
    <message>
        <source>the file is no longer there.</source>
        <translation>le fichier n'existe plus.</translation>
    </message>
</context>
<context>
    <name>DatabaseAddress</name>
    <message>
        <source>"%1" is not a database address; use postgresql://user@host:port/dbname.</source>
        <translation>« %1 » n'est pas une adresse de base de données ; utilisez postgresql://utilisateur@serveur:port/base.</translation>
    </message>
    <message>
        <source>The password must not be written in the database address (it would stay in the shell history): give it in PGPASSWORD, in ~/.pgpass, or when asked.</source>
        <translation>Le mot de passe ne doit pas figurer dans l'adresse de la base (il resterait dans l'historique du terminal) : donnez-le dans PGPASSWORD, dans ~/.pgpass, ou quand il est demandé.</translation>
    </message>
    <message>
        <source>"%1" lacks the server or the database name; use postgresql://user@host:port/dbname.</source>
        <translation>Il manque le serveur ou le nom de la base dans « %1 » ; utilisez postgresql://utilisateur@serveur:port/base.</translation>
    </message>
    <message>
        <source>The schema "%1" must be letters, digits and underscores.</source>
        <translation>Le schéma « %1 » ne doit contenir que des lettres, des chiffres et des soulignés.</translation>
    </message>
</context>
<context>
    <name>DecisionKind</name>
    <message>
        <source>Continue unchanged</source>
        <translation>Poursuivre sans changement</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Poursuite</translation>
    </message>
    <message>
        <source>Adjust the programme</source>
        <translation>Adapter le programme</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Extend the stay to a date</source>
        <translation>Prolonger le séjour jusqu'à une date</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Prolongation</translation>
    </message>
    <message>
        <source>Set the discharge date</source>
        <translation>Fixer la date de sortie</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Refer to…</source>
        <translation>Orienter vers…</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Other decision</source>
        <translation>Autre décision</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Discipline</name>
    <message>
        <source>Physiotherapy</source>
        <translation>Kinésithérapie</translation>
    </message>
    <message>
        <source>Physio</source>
        <translation>Kiné</translation>
    </message>
    <message>
        <source>Occupational therapy</source>
        <translation>Ergothérapie</translation>
    </message>
    <message>
        <source>OT</source>
        <translation>Ergo</translation>
    </message>
    <message>
        <source>Adapted physical activity</source>
        <translation>Activité physique adaptée</translation>
    </message>
    <message>
        <source>APA</source>
        <translation>APA</translation>
    </message>
    <message>
        <source>Psychology</source>
        <translation>Psychologie</translation>
    </message>
    <message>
        <source>Nursing</source>
        <translation>Soins infirmiers</translation>
    </message>
    <message>
        <source>Social work</source>
        <translation>Service social</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Dietetics</source>
        <translation>Diététique</translation>
    </message>
    <message>
        <source>Psychomotricity</source>
        <translation>Psychomotricité</translation>
    </message>
    <message>
        <source>Orthoprosthetics</source>
        <translation>Orthoprothésie</translation>
    </message>
</context>
<context>
    <name>DocumentComposer</name>
    <message>
        <source>Unknown kind of document.</source>
        <translation>Type de document inconnu.</translation>
    </message>
</context>
<context>
    <name>DocumentHtml</name>
    <message>
        <source>%1:</source>
        <extracomment>A label and its value in a document: "Motif : lombalgie chronique"</extracomment>
        <translation>%1 :</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Admission report</source>
        <translation>Bilan d'admission</translation>
    </message>
    <message>
        <source>admission report</source>
        <translation>bilan d'admission</translation>
    </message>
    <message>
        <source>Discharge letter</source>
        <translation>Lettre de liaison</translation>
    </message>
    <message>
        <source>discharge letter</source>
        <translation>lettre de liaison</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>Compte rendu de réunion</translation>
    </message>
    <message>
        <source>meeting minutes</source>
        <translation>compte rendu de réunion</translation>
    </message>
    <message>
        <source>On-call handover sheet</source>
        <translation>Fiche d'astreinte</translation>
    </message>
    <message>
        <source>on-call sheet</source>
        <translation>fiche d'astreinte</translation>
    </message>
    <message>
        <source>Result sheet</source>
        <translation>Fiche de résultat</translation>
    </message>
    <message>
        <source>result sheet</source>
        <translation>fiche de résultat</translation>
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
        <translation>Tél. %1</translation>
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
        <translation>Pathologie intercurrente empêchant une rééducation intensive (cardiaque, respiratoire, neurologique)</translation>
    </message>
    <message>
        <source>intercurrent disease</source>
        <translation>pathologie intercurrente</translation>
    </message>
    <message>
        <source>Secondary cause (tumour, infection, unstable fracture)</source>
        <translation>Cause secondaire (tumeur, infection, fracture instable)</translation>
    </message>
    <message>
        <source>secondary cause</source>
        <translation>cause secondaire</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Grossesse</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>grossesse</translation>
    </message>
    <message>
        <source>Disabling psychiatric or cognitive disorder</source>
        <translation>Trouble psychiatrique ou cognitif invalidant</translation>
    </message>
    <message>
        <source>psychiatric or cognitive disorder</source>
        <translation>trouble psychiatrique ou cognitif</translation>
    </message>
    <message>
        <source>Obesity class III (BMI ≥ 40)</source>
        <translation>Obésité de classe III (IMC ≥ 40)</translation>
    </message>
    <message>
        <source>obesity class III</source>
        <translation>obésité de classe III</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>CSV (spreadsheet, one row per result)</source>
        <translation>CSV (tableur, une ligne par résultat)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>FHIR R4 (JSON bundle for a FHIR server)</source>
        <translation>FHIR R4 (paquet JSON pour un serveur FHIR)</translation>
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
        <translation>Aucun séjour n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>No patient has the identifier %1.</source>
        <translation>Aucun patient n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>The first day of the period is required (a date).</source>
        <translation>Le premier jour de la période est requis (une date).</translation>
    </message>
    <message>
        <source>The last day of the period is required (a date).</source>
        <translation>Le dernier jour de la période est requis (une date).</translation>
    </message>
    <message>
        <source>The last day of the period (%1) is before its first day (%2).</source>
        <translation>Le dernier jour de la période (%1) précède son premier jour (%2).</translation>
    </message>
    <message>
        <source>The export stopped before its end: %1</source>
        <translation>L'export s'est arrêté avant la fin : %1</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>L'export n'a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>The results were exported but the export could not be recorded in the audit trail, so it is reported as failed: %1</source>
        <translation>Les résultats ont été exportés, mais l'export n'a pas pu être inscrit au journal d'audit : il est donc tenu pour échoué. %1</translation>
    </message>
</context>
<context>
    <name>FlagAnswer</name>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>GoalProgress</name>
    <message>
        <source>Achieved on %1.</source>
        <translation>Atteint le %1.</translation>
    </message>
    <message>
        <source>Judged by the team: not marked achieved yet.</source>
        <translation>Jugé par l'équipe : pas encore marqué atteint.</translation>
    </message>
    <message>
        <source>No target date.</source>
        <translation>Pas de date cible.</translation>
    </message>
    <message>
        <source>Not achieved, and the target date %1 has passed.</source>
        <translation>Non atteint, et la date cible du %1 est passée.</translation>
    </message>
    <message>
        <source>Due by %1, not achieved yet.</source>
        <translation>Prévu pour le %1, pas encore atteint.</translation>
    </message>
    <message>
        <source>Unknown measure "%1" of "%2": its progress cannot be followed.</source>
        <translation>Mesure « %1 » de « %2 » inconnue : sa progression ne peut pas être suivie.</translation>
    </message>
    <message>
        <source>No %1 result in this stay yet: the baseline is missing.</source>
        <translation>Pas encore de résultat %1 dans ce séjour : la valeur initiale manque.</translation>
    </message>
    <message>
        <source> (%1 % of %2)</source>
        <translation> (%1 % de %2)</translation>
    </message>
    <message>
        <source> (%1 %2 from %3)</source>
        <translation> (%1 %2 depuis %3)</translation>
    </message>
    <message>
        <source>%1 %2 reached the target %3%4</source>
        <translation>%1 %2 : cible %3 atteinte%4</translation>
    </message>
    <message>
        <source>Only the baseline so far: %1 %2 on %3, target %4 by %5.</source>
        <translation>Seulement la valeur initiale pour l'instant : %1 %2 le %3, cible %4 pour le %5.</translation>
    </message>
    <message>
        <source>Only the baseline: %1 %2 on %3; the target %4 was due by %5.</source>
        <translation>Seulement la valeur initiale : %1 %2 le %3 ; la cible %4 était prévue pour le %5.</translation>
    </message>
    <message>
        <source>%1 %2 on %3: the target %4 was due by %5.</source>
        <translation>%1 %2 le %3 : la cible %4 était prévue pour le %5.</translation>
    </message>
    <message>
        <source>%1 %2 on %3, target %4 by %5: %6 % of the change made with %7 % of the time gone.</source>
        <translation>%1 %2 le %3, cible %4 pour le %5 : %6 % du chemin fait pour %7 % du temps écoulé.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Non mesuré</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>Medical (physical impact)</source>
        <translation>Médical (retentissement physique)</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <source>Behavioural (psychological impact)</source>
        <translation>Comportemental (retentissement psychologique)</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>Comportemental</translation>
    </message>
    <message>
        <source>Mixed (physical and psychological impact)</source>
        <translation>Mixte (retentissement physique et psychologique)</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixte</translation>
    </message>
    <message>
        <source>Low impact</source>
        <translation>Faible retentissement</translation>
    </message>
    <message>
        <source>Not assessed (no Dallas questionnaire)</source>
        <translation>Non évalué (pas de questionnaire Dallas)</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
</context>
<context>
    <name>Grouping</name>
    <message>
        <source>heavy medication</source>
        <translation>traitement lourd</translation>
    </message>
    <message>
        <source>brace</source>
        <translation>corset</translation>
    </message>
    <message>
        <source>fatigability</source>
        <translation>fatigabilité</translation>
    </message>
    <message>
        <source>severe psychosocial factors</source>
        <translation>facteurs psychosociaux sévères</translation>
    </message>
</context>
<context>
    <name>GroupingText</name>
    <message>
        <source>No Dallas</source>
        <translation>Pas de Dallas</translation>
    </message>
    <message>
        <source>P %1 % · Ψ %2 %</source>
        <translation>P %1 % · Ψ %2 %</translation>
    </message>
    <message>
        <source>(incoming %1)</source>
        <translation>(arrivée le %1)</translation>
    </message>
    <message>
        <source>✎ Moved by the team (suggested: %1)</source>
        <translation>✎ Déplacé par l'équipe (suggéré : %1)</translation>
    </message>
    <message>
        <source>Moved by the team from %1: %2</source>
        <translation>Déplacé par l'équipe depuis « %1 » : %2</translation>
    </message>
    <message>
        <source>Physical impact above 50 %, psychological 50 % or less</source>
        <translation>Retentissement physique au-delà de 50 %, psychologique à 50 % ou moins</translation>
    </message>
    <message>
        <source>Psychological impact above 50 %, physical 50 % or less</source>
        <translation>Retentissement psychologique au-delà de 50 %, physique à 50 % ou moins</translation>
    </message>
    <message>
        <source>Physical and psychological impact above 50 %</source>
        <translation>Retentissements physique et psychologique au-delà de 50 %</translation>
    </message>
    <message>
        <source>Physical and psychological impact 50 % or less</source>
        <translation>Retentissements physique et psychologique à 50 % ou moins</translation>
    </message>
    <message>
        <source>No Dallas questionnaire yet</source>
        <translation>Pas encore de questionnaire Dallas</translation>
    </message>
    <message>
        <source>No patient</source>
        <translation>Aucun patient</translation>
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
        <translation><numerusform>« items » est obligatoire : une liste de %n réponse, une par item.</numerusform><numerusform>« items » est obligatoire : une liste de %n réponses, une par item.</numerusform></translation>
    </message>
    <message>
        <source>The answer to %1 is missing; the answers are %2.</source>
        <translation>La réponse à l'%1 manque ; les réponses possibles sont %2.</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed; the answers are %3, or null when it is left out.</source>
        <translation>%1 : %2 n'est pas accepté ; les réponses possibles sont %3, ou null si la section n'est pas remplie.</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed; the answers are %3.</source>
        <translation>%1 : %2 n'est pas accepté ; les réponses possibles sont %3.</translation>
    </message>
    <message>
        <source>%1 items are unanswered; at most %2 may be left out.</source>
        <translation>%1 items sont sans réponse ; %2 au plus peuvent être laissés de côté.</translation>
    </message>
    <message>
        <source>%1 ("%2")</source>
        <translation>%1 (« %2 »)</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 : obligatoire.</translation>
    </message>
    <message>
        <source>a number greater than %1 and at most %2%3</source>
        <translation>un nombre supérieur à %1 et au plus %2%3</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2%3</source>
        <translation>un nombre entier de %1 à %2%3</translation>
    </message>
    <message>
        <source>a number from %1 to %2%3</source>
        <translation>un nombre de %1 à %2%3</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed; give %3.</source>
        <translation>%1 : %2 n'est pas accepté ; donnez %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed; the values are %3.</source>
        <translation>%1 : %2 n'est pas accepté ; les valeurs possibles sont %3.</translation>
    </message>
    <message>
        <source>%1 must be a text of at most 500 characters.</source>
        <translation>%1 : un texte de 500 caractères au plus.</translation>
    </message>
    <message>
        <source>%1: "%2" is not expected; the answers are "items", a list of %3 values.</source>
        <translation>%1 : « %2 » n'est pas attendu ; les réponses sont « items », une liste de %3 valeurs.</translation>
    </message>
    <message>
        <source>%1: "items" must hold %2 answers, one per item; %3 given.</source>
        <translation>%1 : « items » doit contenir %2 réponses, une par item ; %3 données.</translation>
    </message>
    <message>
        <source>%1: "%2" is not expected; the answers are %3.</source>
        <translation>%1 : « %2 » n'est pas attendu ; les réponses sont %3.</translation>
    </message>
</context>
<context>
    <name>LegRadiation</name>
    <message>
        <source>No radiation to the leg</source>
        <translation>Pas d'irradiation dans la jambe</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Down to the knee</source>
        <translation>Jusqu'au genou</translation>
    </message>
    <message>
        <source>above the knee</source>
        <translation>au-dessus du genou</translation>
    </message>
    <message>
        <source>Below the knee</source>
        <translation>Sous le genou</translation>
    </message>
    <message>
        <source>below the knee</source>
        <translation>sous le genou</translation>
    </message>
</context>
<context>
    <name>LiveScore</name>
    <message>
        <source>Score: incomplete — %1 of %2 items answered</source>
        <translation>Score : incomplet — %1 items renseignés sur %2</translation>
    </message>
    <message>
        <source>Score: incomplete</source>
        <translation>Score : incomplet</translation>
    </message>
</context>
<context>
    <name>MeetingMinutesComposer</name>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>No meeting has the identifier %1.</source>
        <translation>Aucune réunion n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>Minutes are written for a closed meeting: the meeting of %1 is %2. Close and sign it first.</source>
        <translation>Le compte rendu s'écrit pour une réunion clôturée : la réunion du %1 est %2. Clôturez-la et signez-la d'abord.</translation>
    </message>
    <message>
        <source>The meeting of %1 is closed but its signed version cannot be found.</source>
        <translation>La réunion du %1 est clôturée mais sa version signée est introuvable.</translation>
    </message>
    <message>
        <source>Minutes of the weekly meeting — %1 — %2</source>
        <translation>Compte rendu de la réunion de synthèse — %1 — %2</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
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
        <translation>Aucun patient n'était à l'ordre du jour.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Séjour</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Medical issues</source>
        <translation>Problèmes médicaux</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Actions raised</source>
        <translation>Actions décidées</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Actions réalisées</translation>
    </message>
    <message>
        <source>Closed and signed by %1 on %2 at %3.</source>
        <translation>Clôturée et signée par %1 le %2 à %3.</translation>
    </message>
    <message>
        <source>Corrected version %1.</source>
        <translation>Version corrigée %1.</translation>
    </message>
    <message>
        <source>Corrected version %1 — reason for the correction: %2</source>
        <translation>Version corrigée %1 — motif de la correction : %2</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <source>In preparation</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Closed and signed</source>
        <translation>Close et signée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MeetingText</name>
    <message>
        <source>Continue unchanged</source>
        <translation>Poursuite sans changement</translation>
    </message>
    <message>
        <source>Programme changed to %1</source>
        <translation>Programme modifié : %1</translation>
    </message>
    <message>
        <source>Stay extended to %1</source>
        <translation>Séjour prolongé jusqu'au %1</translation>
    </message>
    <message>
        <source>Discharge on %1</source>
        <translation>Sortie le %1</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation>Orienté vers %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, pour le %2</translation>
    </message>
    <message>
        <source>%1 (done on %2)</source>
        <translation>%1 (fait le %2)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (first measure)</source>
        <translation>%1 (première mesure)</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s)</source>
        <translation><numerusform>%n test</numerusform><numerusform>%n tests</numerusform></translation>
    </message>
    <message>
        <source>Goals: none</source>
        <translation>Objectifs : aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n met</source>
        <translation><numerusform>%n atteint</numerusform><numerusform>%n atteints</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n on track</source>
        <translation><numerusform>%n en bonne voie</numerusform><numerusform>%n en bonne voie</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n off track</source>
        <translation><numerusform>%n en retard</numerusform><numerusform>%n en retard</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not measured</source>
        <translation><numerusform>%n non mesuré</numerusform><numerusform>%n non mesurés</numerusform></translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Objectifs : %1</translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation>J%1 sur %2</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>J%1</translation>
    </message>
    <message>
        <source>%1, %2 y</source>
        <translation>%1, %2 ans</translation>
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
        <translation>La migration %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The database could not be brought to schema %1 (%2); it was left at schema %3 and nothing was lost. Detail: %4</source>
        <translation>La base de données n'a pas pu passer au schéma %1 (%2) ; elle est restée au schéma %3 et rien n'a été perdu. Détail : %4</translation>
    </message>
</context>
<context>
    <name>Nir</name>
    <message numerus="yes">
        <source>The NIR must have 15 characters, the 13 of the number followed by the 2-digit key (%n character(s) typed).</source>
        <translation><numerusform>Le NIR doit comporter 15 caractères, les 13 du numéro suivis de la clé à 2 chiffres (%n caractère saisi).</numerusform><numerusform>Le NIR doit comporter 15 caractères, les 13 du numéro suivis de la clé à 2 chiffres (%n caractères saisis).</numerusform></translation>
    </message>
    <message>
        <source>The NIR may contain only digits (the first one 1, 2, 3, 4, 7 or 8), with 2A or 2B as the department for Corsica.</source>
        <translation>Le NIR ne peut contenir que des chiffres (le premier valant 1, 2, 3, 4, 7 ou 8), avec 2A ou 2B comme département pour la Corse.</translation>
    </message>
    <message>
        <source>The NIR key %1 does not match the 13 first characters: check the number on the health insurance card.</source>
        <translation>La clé %1 ne correspond pas aux 13 premiers caractères du NIR : vérifiez le numéro sur la carte Vitale ou l'attestation de droits.</translation>
    </message>
</context>
<context>
    <name>Objective</name>
    <message>
        <source>Return to work</source>
        <translation>Reprise du travail</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Analytic and functional spine parameters</source>
        <translation>Paramètres rachidiens analytiques et fonctionnels</translation>
    </message>
    <message>
        <source>Spine parameters</source>
        <translation>Paramètres rachidiens</translation>
    </message>
    <message>
        <source>Exercise reconditioning</source>
        <translation>Reconditionnement à l'effort</translation>
    </message>
    <message>
        <source>Reconditioning</source>
        <translation>Reconditionnement</translation>
    </message>
    <message>
        <source>Pain management</source>
        <translation>Gestion de la douleur</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Treatment adjustment</source>
        <translation>Adaptation du traitement</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Gesture assessment</source>
        <translation>Évaluation gestuelle</translation>
    </message>
    <message>
        <source>Gestures</source>
        <translation>Gestuelle</translation>
    </message>
    <message>
        <source>Spine-sparing postures</source>
        <translation>Postures d'économie rachidienne</translation>
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
        <translation>Ni l'un ni l'autre</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>ni l'un ni l'autre</translation>
    </message>
    <message>
        <source>Work accident</source>
        <translation>Accident du travail</translation>
    </message>
    <message>
        <source>work accident</source>
        <translation>accident du travail</translation>
    </message>
    <message>
        <source>Occupational disease</source>
        <translation>Maladie professionnelle</translation>
    </message>
    <message>
        <source>occupational disease</source>
        <translation>maladie professionnelle</translation>
    </message>
</context>
<context>
    <name>OnCallSheetComposer</name>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
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
        <translation>aucune action enregistrée</translation>
    </message>
    <message>
        <source>Planned discharge on %1</source>
        <translation>Sortie prévue le %1</translation>
    </message>
    <message>
        <source>Day hospital: at home nights and weekends</source>
        <translation>Hôpital de jour : à domicile la nuit et le week-end</translation>
    </message>
    <message>
        <source>Medical issues</source>
        <translation>Problèmes médicaux</translation>
    </message>
    <message>
        <source>Treatments to watch</source>
        <translation>Traitements à surveiller</translation>
    </message>
    <message>
        <source>No on-call notes</source>
        <translation>Pas de consignes d'astreinte</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Drapeaux rouges</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Conduite à tenir</translation>
    </message>
    <message>
        <source>The day of the on-call sheet is required (a date).</source>
        <translation>Le jour de la fiche d'astreinte est obligatoire (une date).</translation>
    </message>
    <message>
        <source>On-call handover sheet — %1 — %2</source>
        <translation>Fiche d'astreinte — %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n in full hospitalisation</source>
        <translation><numerusform>%n en hospitalisation complète</numerusform><numerusform>%n en hospitalisation complète</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in day hospital</source>
        <translation><numerusform>%n en hôpital de jour</numerusform><numerusform>%n en hôpital de jour</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>On-call of %1 · unit %2 · %n patient(s) in progress</source>
        <translation><numerusform>Astreinte du %1 · unité %2 · %n patient en cours de séjour</numerusform><numerusform>Astreinte du %1 · unité %2 · %n patients en cours de séjour</numerusform></translation>
    </message>
    <message>
        <source>No patient is in progress in the unit on %1.</source>
        <translation>Aucun patient en cours de séjour dans l'unité le %1.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>For the physician on call</source>
        <translation>Pour le médecin d'astreinte</translation>
    </message>
</context>
<context>
    <name>Orientation</name>
    <message>
        <source>Functional spine restoration (4 weeks)</source>
        <translation>Restauration fonctionnelle du rachis (4 semaines)</translation>
    </message>
    <message>
        <source>Spine restoration</source>
        <translation>RFR</translation>
    </message>
    <message>
        <source>Individual sessions (4 weeks)</source>
        <translation>Prise en charge individuelle (4 semaines)</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <source>Education and prevention (1 week)</source>
        <translation>Éducation et prévention (1 semaine)</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Referral to a level-2 unit</source>
        <translation>Orientation vers une unité de niveau 2</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Niveau 2</translation>
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
        <translation>âge %1 ans (%2 ou plus)</translation>
    </message>
    <message>
        <source>complex medical profile</source>
        <translation>profil médical complexe</translation>
    </message>
    <message>
        <source>cognitive or psychiatric disorder</source>
        <translation>trouble cognitif ou psychiatrique</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>handicap</translation>
    </message>
    <message>
        <source>Oswestry %1 % (more than %2 %: severe disability)</source>
        <translation>Oswestry %1 % (plus de %2 % : incapacité sévère)</translation>
    </message>
    <message>
        <source>STarT Back high risk (psychologically informed care)</source>
        <translation>STarT Back risque élevé (prise en charge psychologiquement informée)</translation>
    </message>
    <message>
        <source>Dallas behavioural profile</source>
        <translation>Dallas profil comportemental</translation>
    </message>
    <message>
        <source>Dallas mixed profile</source>
        <translation>Dallas profil mixte</translation>
    </message>
    <message>
        <source>STarT Back low risk (advice and self-management)</source>
        <translation>STarT Back risque faible (conseils et autogestion)</translation>
    </message>
    <message>
        <source>Oswestry %1 % (%2 % or less: minimal disability)</source>
        <translation>Oswestry %1 % (%2 % ou moins : incapacité minime)</translation>
    </message>
    <message>
        <source>STarT Back medium risk (physiotherapy on physical symptoms and function)</source>
        <translation>STarT Back risque moyen (kinésithérapie sur les symptômes physiques et la fonction)</translation>
    </message>
    <message>
        <source>STarT Back low risk</source>
        <translation>STarT Back risque faible</translation>
    </message>
    <message>
        <source>Oswestry %1 % (minimal disability)</source>
        <translation>Oswestry %1 % (incapacité minime)</translation>
    </message>
    <message>
        <source>Oswestry %1 % (moderate disability)</source>
        <translation>Oswestry %1 % (incapacité modérée)</translation>
    </message>
    <message>
        <source>Dallas medical profile (physical impact predominant)</source>
        <translation>Dallas profil médical (retentissement physique prédominant)</translation>
    </message>
    <message>
        <source>exclusion criterion not justified: %1</source>
        <translation>critère de récusation non justifié : %1</translation>
    </message>
    <message>
        <source>yellow flags (psychosocial risk of chronicity)</source>
        <translation>drapeaux jaunes (risque psychosocial de chronicisation)</translation>
    </message>
    <message>
        <source>exclusion criterion justified: %1</source>
        <translation>critère de récusation justifié : %1</translation>
    </message>
    <message>
        <source>blue flags to address (perception of work)</source>
        <translation>drapeaux bleus à prendre en compte (perception du travail)</translation>
    </message>
    <message>
        <source>black flags to address (employer, insurance, litigation)</source>
        <translation>drapeaux noirs à prendre en compte (employeur, assurance, contentieux)</translation>
    </message>
    <message>
        <source>fatigability: individual sessions first, the intensive programme once tolerated</source>
        <translation>fatigabilité : séances individuelles d'abord, le programme intensif une fois toléré</translation>
    </message>
</context>
<context>
    <name>OswestryInstrument</name>
    <message>
        <source>Disability</source>
        <translation>Incapacité</translation>
    </message>
    <message>
        <source>Minimal disability (0–20 %)</source>
        <translation>Incapacité minime (0–20 %)</translation>
    </message>
    <message>
        <source>Moderate disability (21–40 %)</source>
        <translation>Incapacité modérée (21–40 %)</translation>
    </message>
    <message>
        <source>Severe disability (41–60 %)</source>
        <translation>Incapacité sévère (41–60 %)</translation>
    </message>
    <message>
        <source>Crippling back pain (61–80 %)</source>
        <translation>Lombalgie invalidante (61–80 %)</translation>
    </message>
    <message>
        <source>Bed-bound, or exaggerating (81–100 %)</source>
        <translation>Alitement, ou majoration des symptômes (81–100 %)</translation>
    </message>
    <message>
        <source>%1 of 10 sections answered.</source>
        <translation>%1 sections remplies sur 10.</translation>
    </message>
    <message>
        <source>MCID 10 points or 30 % of the baseline (Ostelo 2008)</source>
        <translation>MCID 10 points ou 30 % de la valeur initiale (Ostelo 2008)</translation>
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
        <translation>Incapacité minime ≤ %1 %</translation>
    </message>
    <message>
        <source>Moderate disability ≤ %1 %</source>
        <translation>Incapacité modérée ≤ %1 %</translation>
    </message>
    <message>
        <source>Severe disability ≤ %1 %</source>
        <translation>Incapacité sévère ≤ %1 %</translation>
    </message>
    <message>
        <source>Crippling back pain ≤ %1 %</source>
        <translation>Lombalgie invalidante ≤ %1 %</translation>
    </message>
    <message>
        <source>Bed-bound &gt; %1 %</source>
        <translation>Alitement &gt; %1 %</translation>
    </message>
</context>
<context>
    <name>OverviewService</name>
    <message>
        <source>%1: no result for %2 days (last on %3).</source>
        <translation>%1 : pas de résultat depuis %2 jours (dernier le %3).</translation>
    </message>
    <message>
        <source>Baseline tests with no result in this stay: %1.</source>
        <translation>Tests initiaux sans résultat dans ce séjour : %1.</translation>
    </message>
    <message>
        <source>The planned discharge (%1) has passed and the stay is still in progress.</source>
        <translation>La sortie prévue (%1) est dépassée et le séjour est toujours en cours.</translation>
    </message>
    <message>
        <source>Discharge planned today (%1).</source>
        <translation>Sortie prévue aujourd'hui (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Discharge planned on %1, in %n day(s).</source>
        <translation><numerusform>Sortie prévue le %1, dans %n jour.</numerusform><numerusform>Sortie prévue le %1, dans %n jours.</numerusform></translation>
    </message>
    <message>
        <source>No stay has the identifier %1.</source>
        <translation>Aucun séjour n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>Red flag with no action recorded: %1.</source>
        <translation>Drapeau rouge sans action notée : %1.</translation>
    </message>
    <message>
        <source>Exclusion criterion, justified: %1.</source>
        <translation>Critère de récusation, justifié : %1.</translation>
    </message>
    <message>
        <source>Exclusion criterion without justification: %1.</source>
        <translation>Critère de récusation sans justification : %1.</translation>
    </message>
    <message>
        <source>Goal off track: %1 — %2</source>
        <translation>Objectif en retard : %1 — %2</translation>
    </message>
</context>
<context>
    <name>PatientLine</name>
    <message>
        <source>%1, %2 y, born on %3, IPP %4</source>
        <comment>female</comment>
        <translation>%1, %2 ans, née le %3, IPP %4</translation>
    </message>
    <message>
        <source>%1, %2 y, born on %3, IPP %4</source>
        <comment>male</comment>
        <translation>%1, %2 ans, né le %3, IPP %4</translation>
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
        <translation>La date de naissance est obligatoire.</translation>
    </message>
    <message>
        <source>The IPP (local patient identifier) is required.</source>
        <translation>L'IPP (identifiant local du patient) est obligatoire.</translation>
    </message>
    <message>
        <source>The IPP may contain only letters, digits and hyphens, at most %1 characters.</source>
        <translation>L'IPP ne peut contenir que des lettres, des chiffres et des traits d'union, %1 caractères au plus.</translation>
    </message>
    <message>
        <source>An identity can be marked as qualified only with its NIR.</source>
        <translation>Une identité ne peut être marquée qualifiée qu'avec son NIR.</translation>
    </message>
    <message>
        <source>The birth name is required.</source>
        <translation>Le nom de naissance est obligatoire.</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>Le prénom est obligatoire.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future (today is %1).</source>
        <translation>La date de naissance ne peut pas être dans le futur (nous sommes le %1).</translation>
    </message>
    <message>
        <source>The birth date must be on or after %1.</source>
        <translation>La date de naissance doit être au plus tôt le %1.</translation>
    </message>
    <message>
        <source>The height must be between %1 and %2 cm.</source>
        <translation>La taille doit être comprise entre %1 et %2 cm.</translation>
    </message>
    <message>
        <source>The weight must be between %1 and %2 kg.</source>
        <translation>Le poids doit être compris entre %1 et %2 kg.</translation>
    </message>
    <message>
        <source>The birth name is too long (at most %1 characters).</source>
        <translation>Le nom de naissance est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The birth name may contain only letters, spaces, hyphens and apostrophes.</source>
        <translation>Le nom de naissance ne peut contenir que des lettres, des espaces, des traits d'union et des apostrophes.</translation>
    </message>
    <message>
        <source>The used name is too long (at most %1 characters).</source>
        <translation>Le nom utilisé est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The used name may contain only letters, spaces, hyphens and apostrophes.</source>
        <translation>Le nom utilisé ne peut contenir que des lettres, des espaces, des traits d'union et des apostrophes.</translation>
    </message>
    <message>
        <source>The first name is too long (at most %1 characters).</source>
        <translation>Le prénom est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The first name may contain only letters, spaces, hyphens and apostrophes.</source>
        <translation>Le prénom ne peut contenir que des lettres, des espaces, des traits d'union et des apostrophes.</translation>
    </message>
</context>
<context>
    <name>PgTools</name>
    <message>
        <source>%1 was not found in %2 (SMRDESK_PG_BINDIR): install the package postgresql-client, or point SMRDESK_PG_BINDIR to its programs.</source>
        <translation>%1 est introuvable dans %2 (SMRDESK_PG_BINDIR) : installez le paquet postgresql-client, ou faites pointer SMRDESK_PG_BINDIR vers ses programmes.</translation>
    </message>
    <message>
        <source>%1 was not found (on PATH or in /usr/lib/postgresql/*/bin): install the package postgresql-client.</source>
        <translation>%1 est introuvable (dans le PATH ou dans /usr/lib/postgresql/*/bin) : installez le paquet postgresql-client.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password: %2</source>
        <translation>Le serveur %1 demande un mot de passe : %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>aucun message</translation>
    </message>
</context>
<context>
    <name>PostgresBackup</name>
    <message>
        <source>The server %1 asks for a password: %2</source>
        <translation>Le serveur %1 demande un mot de passe : %2</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: %2</source>
        <translation>Le serveur %1 est injoignable : %2</translation>
    </message>
    <message>
        <source>There is no SMR Desk database at %1 yet: no schema of the search path exists.</source>
        <translation>Il n'y a pas encore de base SMR Desk sur %1 : aucun schéma du chemin de recherche n'existe.</translation>
    </message>
    <message>
        <source>The schema "%1" of %2 must be letters, digits and underscores.</source>
        <translation>Le schéma « %1 » de %2 doit être fait de lettres, de chiffres et de tirets bas.</translation>
    </message>
    <message>
        <source>There is no SMR Desk database at %1 yet: the schema %2 does not exist.</source>
        <translation>Il n'y a pas encore de base SMR Desk sur %1 : le schéma %2 n'existe pas.</translation>
    </message>
    <message>
        <source>The tables of %1 cannot be read: %2</source>
        <translation>Les tables de %1 ne peuvent pas être lues : %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SMR Desk (schema %2; this version knows schemas up to %3).</source>
        <translation>%1 a été écrit par une version plus récente de SMR Desk (schéma %2 ; cette version connaît les schémas jusqu’au %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n constraint(s) not validated</source>
        <translation><numerusform>%n contrainte non validée</numerusform><numerusform>%n contraintes non validées</numerusform></translation>
    </message>
    <message>
        <source>%1 is damaged: %2.</source>
        <translation>%1 est endommagé : %2.</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never replaces a file: choose another name, or move the old file away first.</source>
        <translation>%1 existe déjà ; une sauvegarde ne remplace jamais un fichier : choisissez un autre nom, ou déplacez d'abord l'ancien fichier.</translation>
    </message>
    <message>
        <source>Nothing was backed up: %1</source>
        <translation>Rien n'a été sauvegardé : %1</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>Le dossier de %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The backup did not pass its check and was removed: %1</source>
        <translation>La sauvegarde n'a pas passé sa vérification et a été supprimée : %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n'existe pas.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database file, not a PostgreSQL backup: it belongs to a database file on a workstation.</source>
        <translation>%1 est un fichier de base SQLite, pas une sauvegarde PostgreSQL : il correspond à une base en fichier sur un poste.</translation>
    </message>
    <message>
        <source>%1 is not an SMR Desk backup made on PostgreSQL (pg_dump's custom format).</source>
        <translation>%1 n'est pas une sauvegarde SMR Desk faite sur PostgreSQL (format personnalisé de pg_dump).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is not an SMR Desk backup: it has no schema_version table.</source>
        <translation>%1 n'est pas une sauvegarde SMR Desk : il n'a pas de table schema_version.</translation>
    </message>
    <message>
        <source>%1 holds the schema "%2", whose name is not letters, digits and underscores.</source>
        <translation>%1 contient le schéma « %2 », dont le nom n'est pas fait de lettres, de chiffres et de tirets bas.</translation>
    </message>
    <message>
        <source>No temporary folder for the restore: %1</source>
        <translation>Pas de dossier temporaire pour la restauration : %1</translation>
    </message>
    <message>
        <source>The restore into %1 failed and was undone: the database is as it was. psql: %2</source>
        <translation>La restauration dans %1 a échoué et a été annulée : la base est telle qu’elle était. psql : %2</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL) is missing: install libqt6sql6-psql.</source>
        <translation>le pilote PostgreSQL de Qt (QPSQL) manque : installez libqt6sql6-psql.</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>Functional spine restoration (4 weeks)</source>
        <translation>Restauration fonctionnelle du rachis (4 semaines)</translation>
    </message>
    <message>
        <source>Spine restoration</source>
        <translation>RFR</translation>
    </message>
    <message>
        <source>Individual sessions (4 weeks)</source>
        <translation>Prise en charge individuelle (4 semaines)</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <source>Education and prevention (1 week)</source>
        <translation>Éducation et prévention (1 semaine)</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Other programme</source>
        <translation>Autre programme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation>%1 : des modifications ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>Les enregistrer avant de quitter ?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Stay here</source>
        <translation>&amp;Rester ici</translation>
    </message>
</context>
<context>
    <name>PsychosocialFlag</name>
    <message>
        <source>Yellow flags: emotional distress, catastrophising, fear-avoidance, belief that pain is harmful, passive expectations, withdrawal</source>
        <translation>Drapeaux jaunes : détresse émotionnelle, catastrophisme, peur-évitement, croyance que la douleur est nocive, attentes passives, retrait des activités</translation>
    </message>
    <message>
        <source>yellow flags</source>
        <translation>drapeaux jaunes</translation>
    </message>
    <message>
        <source>Blue flags: heavy physical demand, low job satisfaction, stress at work, lack of support</source>
        <translation>Drapeaux bleus : travail physiquement exigeant, faible satisfaction, stress au travail, manque de soutien</translation>
    </message>
    <message>
        <source>blue flags</source>
        <translation>drapeaux bleus</translation>
    </message>
    <message>
        <source>Black flags: employer policy, insurance and compensation, litigation, sick-leave conflicts</source>
        <translation>Drapeaux noirs : politique de l'employeur, assurance et indemnisation, litiges, conflits autour de l'arrêt de travail</translation>
    </message>
    <message>
        <source>black flags</source>
        <translation>drapeaux noirs</translation>
    </message>
</context>
<context>
    <name>RedFlag</name>
    <message>
        <source>Non-mechanical pain (progressive, at rest, at night)</source>
        <translation>Douleur non mécanique (progressive, au repos, nocturne)</translation>
    </message>
    <message>
        <source>non-mechanical pain</source>
        <translation>douleur non mécanique</translation>
    </message>
    <message>
        <source>Extended neurological symptoms (sphincter disorder, motor deficit of the legs, cauda equina syndrome)</source>
        <translation>Symptômes neurologiques étendus (troubles sphinctériens, déficit moteur des membres inférieurs, syndrome de la queue de cheval)</translation>
    </message>
    <message>
        <source>neurological symptoms</source>
        <translation>symptômes neurologiques</translation>
    </message>
    <message>
        <source>Pubic or perineal paraesthesia</source>
        <translation>Paresthésies pubiennes ou périnéales</translation>
    </message>
    <message>
        <source>perineal paraesthesia</source>
        <translation>paresthésies périnéales</translation>
    </message>
    <message>
        <source>Major trauma</source>
        <translation>Traumatisme important</translation>
    </message>
    <message>
        <source>major trauma</source>
        <translation>traumatisme important</translation>
    </message>
    <message>
        <source>Unexplained weight loss</source>
        <translation>Perte de poids inexpliquée</translation>
    </message>
    <message>
        <source>weight loss</source>
        <translation>perte de poids</translation>
    </message>
    <message>
        <source>History of cancer</source>
        <translation>Antécédent de cancer</translation>
    </message>
    <message>
        <source>history of cancer</source>
        <translation>antécédent de cancer</translation>
    </message>
    <message>
        <source>Intravenous drug use or long-term corticosteroids</source>
        <translation>Usage de drogue intraveineuse ou corticothérapie au long cours</translation>
    </message>
    <message>
        <source>IV drugs or corticosteroids</source>
        <translation>drogue IV ou corticoïdes</translation>
    </message>
    <message>
        <source>Major structural deformity of the spine</source>
        <translation>Déformation structurale importante du rachis</translation>
    </message>
    <message>
        <source>spinal deformity</source>
        <translation>déformation rachidienne</translation>
    </message>
    <message>
        <source>Thoracic pain</source>
        <translation>Douleur thoracique</translation>
    </message>
    <message>
        <source>thoracic pain</source>
        <translation>douleur thoracique</translation>
    </message>
    <message>
        <source>Onset before 20 or after 55 years</source>
        <translation>Début avant 20 ans ou après 55 ans</translation>
    </message>
    <message>
        <source>age of onset</source>
        <translation>âge de début</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fièvre</translation>
    </message>
    <message>
        <source>fever</source>
        <translation>fièvre</translation>
    </message>
    <message>
        <source>Deterioration of general condition</source>
        <translation>Altération de l'état général</translation>
    </message>
    <message>
        <source>general deterioration</source>
        <translation>altération de l'état général</translation>
    </message>
</context>
<context>
    <name>ReferrerType</name>
    <message>
        <source>General practitioner</source>
        <translation>Médecin généraliste</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Généraliste</translation>
    </message>
    <message>
        <source>Rheumatologist</source>
        <translation>Rhumatologue</translation>
    </message>
    <message>
        <source>Surgeon</source>
        <translation>Chirurgien</translation>
    </message>
    <message>
        <source>Pain centre</source>
        <translation>Structure douleur chronique</translation>
    </message>
    <message>
        <source>Occupational physician</source>
        <translation>Médecin du travail</translation>
    </message>
    <message>
        <source>Other referrer</source>
        <translation>Autre adresseur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ResultSheet</name>
    <message>
        <source>A result sheet is written for a final result; this one is a draft.</source>
        <translation>Une fiche de résultat se rédige pour un résultat validé ; celui-ci est un brouillon.</translation>
    </message>
    <message>
        <source>The instrument "%1" of this result is unknown.</source>
        <translation>L'instrument « %1 » de ce résultat est inconnu.</translation>
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
        <translation>Séjour</translation>
    </message>
    <message>
        <source>Test performed on</source>
        <translation>Test réalisé le</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>revision %1: %2</source>
        <translation>révision %1 : %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis le %1</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>%1, version %2. Source: %3.</source>
        <translation>%1, version %2. Source : %3.</translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message>
        <source>no answer</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>no answer or not applicable</source>
        <translation>sans réponse ou non concerné</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Right</name>
    <message>
        <source>manage patients' identities</source>
        <translation>gérer l'identité des patients</translation>
    </message>
    <message>
        <source>identities</source>
        <translation>identités</translation>
    </message>
    <message>
        <source>manage stays</source>
        <translation>gérer les séjours</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>séjours</translation>
    </message>
    <message>
        <source>record test results</source>
        <translation>saisir des résultats de tests</translation>
    </message>
    <message>
        <source>tests</source>
        <translation>tests</translation>
    </message>
    <message>
        <source>write discipline notes</source>
        <translation>rédiger les notes de sa discipline</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>sign assessments</source>
        <translation>signer les bilans</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>manage meetings</source>
        <translation>gérer les réunions de synthèse</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>réunions</translation>
    </message>
    <message>
        <source>close meetings</source>
        <translation>clôturer les réunions de synthèse</translation>
    </message>
    <message>
        <source>closing meetings</source>
        <translation>clôture des réunions</translation>
    </message>
    <message>
        <source>manage units</source>
        <translation>gérer les unités</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gérer les comptes utilisateurs</translation>
    </message>
    <message>
        <source>users</source>
        <translation>comptes</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>consulter le journal d'audit</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>audit</translation>
    </message>
    <message>
        <source>load demonstration data</source>
        <translation>charger des données de démonstration</translation>
    </message>
    <message>
        <source>demonstration</source>
        <translation>démonstration</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restauration</translation>
    </message>
    <message>
        <source>write admission assessments and care plans</source>
        <translation>rédiger les bilans d'admission et les projets de soins</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>bilans</translation>
    </message>
    <message>
        <source>write letters and reports</source>
        <translation>rédiger les lettres et comptes rendus</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>finalise letters and reports</source>
        <translation>finaliser les lettres et comptes rendus</translation>
    </message>
    <message>
        <source>finalising documents</source>
        <translation>finalisation des documents</translation>
    </message>
    <message>
        <source>set the establishment's letterhead</source>
        <translation>définir l'en-tête de l'établissement</translation>
    </message>
    <message>
        <source>letterhead</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>export results (CSV, FHIR)</source>
        <translation>procéder à l'export des résultats (CSV, FHIR)</translation>
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
        <translation>Médecin</translation>
    </message>
    <message>
        <source>physician</source>
        <translation>médecin</translation>
    </message>
    <message>
        <source>Physiotherapist</source>
        <translation>Masseur-kinésithérapeute</translation>
    </message>
    <message>
        <source>physiotherapist</source>
        <translation>masseur-kinésithérapeute</translation>
    </message>
    <message>
        <source>Occupational therapist</source>
        <translation>Ergothérapeute</translation>
    </message>
    <message>
        <source>occupational therapist</source>
        <translation>ergothérapeute</translation>
    </message>
    <message>
        <source>Adapted physical activity instructor</source>
        <translation>Enseignant en activité physique adaptée</translation>
    </message>
    <message>
        <source>adapted physical activity instructor</source>
        <translation>enseignant en activité physique adaptée</translation>
    </message>
    <message>
        <source>Psychomotricist</source>
        <translation>Psychomotricien</translation>
    </message>
    <message>
        <source>psychomotricist</source>
        <translation>psychomotricien</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Infirmier</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>infirmier</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologue</translation>
    </message>
    <message>
        <source>psychologist</source>
        <translation>psychologue</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Assistant de service social</translation>
    </message>
    <message>
        <source>social worker</source>
        <translation>assistant de service social</translation>
    </message>
    <message>
        <source>Medical secretary</source>
        <translation>Secrétaire médical</translation>
    </message>
    <message>
        <source>medical secretary</source>
        <translation>secrétaire médical</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>%1 is empty: it holds no SMR Desk database yet.</source>
        <translation>%1 est vide : il ne contient pas encore de base SMR Desk.</translation>
    </message>
    <message>
        <source>%1 is not an SMR Desk database: it has tables (%2) but no schema_version table. It belongs to another program.</source>
        <translation>%1 n'est pas une base SMR Desk : elle a des tables (%2) mais pas de table schema_version. Elle appartient à un autre programme.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SMR Desk (schema %2; this version knows schemas up to %3).</source>
        <translation>%1 a été écrit par une version plus récente de SMR Desk (schéma %2 ; cette version connaît les schémas jusqu’au %3).</translation>
    </message>
    <message>
        <source>missing tables: %1</source>
        <translation>tables manquantes : %1</translation>
    </message>
    <message>
        <source>%1 is damaged: tables of schema %2 are missing (%3).</source>
        <translation>%1 est endommagé : des tables du schéma %2 manquent (%3).</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
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
        <translation>% de la valeur prédite</translation>
    </message>
    <message>
        <source>predicted %1 m, lower limit of normal %2 m</source>
        <translation>valeur prédite %1 m, limite inférieure de la normale %2 m</translation>
    </message>
    <message>
        <source>Below the lower limit of normal (%1)</source>
        <translation>Sous la limite inférieure de la normale (%1)</translation>
    </message>
    <message>
        <source>Within normal limits (%1)</source>
        <translation>Dans les limites de la normale (%1)</translation>
    </message>
    <message>
        <source> · %1 % of predicted</source>
        <translation> · %1 % de la valeur prédite</translation>
    </message>
    <message>
        <source>MCID 30 m, clinically important in cardiorespiratory disease only</source>
        <translation>MCID 30 m, cliniquement importante en pathologie cardiorespiratoire seulement</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>6MWT %1</source>
        <translation>TM6 %1</translation>
    </message>
    <message>
        <source>cardiorespiratory MCID</source>
        <translation>MCID cardiorespiratoire</translation>
    </message>
    <message>
        <source>Age outside %1–%2 years, the range of the reference equations: interpret the prediction with caution.</source>
        <translation>Âge hors de %1–%2 ans, la plage des équations de référence : interpréter la valeur prédite avec prudence.</translation>
    </message>
    <message>
        <source>(age outside %1–%2: caution)</source>
        <translation>(âge hors %1–%2 : prudence)</translation>
    </message>
    <message>
        <source>Enright &amp; Sherrill 1998, from the sex, age, height and weight of the latest test</source>
        <translation>Enright et Sherrill 1998, d'après le sexe, l'âge, la taille et le poids du dernier test</translation>
    </message>
    <message>
        <source>100 % of predicted</source>
        <translation>100 % de la valeur prédite</translation>
    </message>
    <message>
        <source>Predicted %1 m</source>
        <translation>Valeur prédite %1 m</translation>
    </message>
    <message>
        <source>Lower limit of normal %1 m</source>
        <translation>Limite inférieure de la normale %1 m</translation>
    </message>
</context>
<context>
    <name>SlideLayout</name>
    <message>
        <source>Meeting of %1</source>
        <translation>Réunion du %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>first result</source>
        <translation>1er résultat</translation>
    </message>
    <message>
        <source>Tests (trend since admission)</source>
        <translation>Tests (évolution depuis l'admission)</translation>
    </message>
    <message>
        <source>No test result in this stay yet.</source>
        <translation>Pas encore de résultat de test dans ce séjour.</translation>
    </message>
    <message numerus="yes">
        <source>+ %n other test(s) without a new result</source>
        <translation><numerusform>+ %n autre test sans nouveau résultat</numerusform><numerusform>+ %n autres tests sans nouveau résultat</numerusform></translation>
    </message>
    <message>
        <source>tested since admission</source>
        <translation>testé depuis l'admission</translation>
    </message>
    <message>
        <source>tested since the meeting of %1</source>
        <translation>testé depuis la réunion du %1</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Decisions of this meeting</source>
        <translation>Décisions de la réunion</translation>
    </message>
    <message>
        <source>Decisions of %1</source>
        <translation>Décisions du %1</translation>
    </message>
    <message>
        <source>Decisions of the previous meeting</source>
        <translation>Décisions de la réunion précédente</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation><numerusform>+ %n autre</numerusform><numerusform>+ %n autres</numerusform></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Medical issues</source>
        <translation>Problèmes médicaux</translation>
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
        <translation><numerusform>%n an</numerusform><numerusform>%n ans</numerusform></translation>
    </message>
    <message>
        <source>Day %1 / %2</source>
        <translation>J%1 / %2</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>J%1</translation>
    </message>
    <message>
        <source>Planned discharge %1</source>
        <translation>Sortie prévue le %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, pour le %2</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, pour le %3</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n'existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n'est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no SMR Desk database yet.</source>
        <translation>%1 est vide : il ne contient pas encore de base SMR Desk.</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL backup, not an SQLite database file: it belongs to a database on a server.</source>
        <translation>%1 est une sauvegarde PostgreSQL, pas un fichier de base SQLite : il correspond à une base sur un serveur.</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database file (another kind of file, or its first page is damaged).</source>
        <translation>%1 n'est pas un fichier de base SQLite (un autre type de fichier, ou sa première page est endommagée).</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite's integrity check found: %2</source>
        <translation>%1 est endommagé : la vérification d'intégrité de SQLite a trouvé : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: %n row(s) point to records that do not exist (%2).</source>
        <translation><numerusform>%1 est endommagé : %n ligne renvoie à des enregistrements qui n'existent pas (%2).</numerusform><numerusform>%1 est endommagé : %n lignes renvoient à des enregistrements qui n'existent pas (%2).</numerusform></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never replaces a file: choose another name, or move the old file away first.</source>
        <translation>%1 existe déjà ; une sauvegarde ne remplace jamais un fichier : choisissez un autre nom, ou déplacez d'abord l'ancien fichier.</translation>
    </message>
    <message>
        <source>Nothing was backed up: %1</source>
        <translation>Rien n'a été sauvegardé : %1</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>Le dossier de %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The backup of %1 into %2 failed: %3</source>
        <translation>La sauvegarde de %1 dans %2 a échoué : %3</translation>
    </message>
    <message>
        <source>The backup did not pass its check and was removed: %1</source>
        <translation>La sauvegarde n'a pas passé sa vérification et a été supprimée : %1</translation>
    </message>
    <message>
        <source>%1 could not be restored into %2: %3</source>
        <translation>%1 n'a pas pu être restauré dans %2 : %3</translation>
    </message>
    <message>
        <source>The restored database could not be written to the disk beside %1.</source>
        <translation>La base restaurée n'a pas pu être écrite sur le disque à côté de %1.</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>%1 n'a pas pu être remplacé.</translation>
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
        <translation>Sous-score psychosocial</translation>
    </message>
    <message>
        <source>High risk: psychologically informed physiotherapy</source>
        <translation>Risque élevé : kinésithérapie intégrant une approche psychologique</translation>
    </message>
    <message>
        <source>Medium risk: physiotherapy on physical symptoms and function</source>
        <translation>Risque moyen : kinésithérapie centrée sur les symptômes physiques et la fonction</translation>
    </message>
    <message>
        <source>Low risk: advice, reassurance and self-management</source>
        <translation>Risque faible : conseils, réassurance et autogestion</translation>
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
        <translation>Risque faible ≤ %1</translation>
    </message>
    <message>
        <source>Above it, medium risk, or high risk when the psychosocial subscale is %1 or more</source>
        <translation>Au-dessus, risque moyen, ou élevé si le sous-score psychosocial est d'au moins %1</translation>
    </message>
    <message>
        <source>Not high risk 0–%1</source>
        <translation>Risque non élevé 0–%1</translation>
    </message>
    <message>
        <source>High risk %1–%2</source>
        <translation>Risque élevé %1–%2</translation>
    </message>
</context>
<context>
    <name>StayCalendar</name>
    <message>
        <source>Admission on %1</source>
        <translation>Admission le %1</translation>
    </message>
    <message>
        <source>Discharged on %1</source>
        <translation>Sortie le %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation>J%1 sur %2</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>J%1</translation>
    </message>
    <message>
        <source>Arrival %1</source>
        <translation>Arrivée le %1</translation>
    </message>
</context>
<context>
    <name>StayFacts</name>
    <message numerus="yes">
        <source>%1, %2, from %3 to %4, %n day(s)</source>
        <translation><numerusform>%1, %2, du %3 au %4, %n jour</numerusform><numerusform>%1, %2, du %3 au %4, %n jours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, from %3 to %4 (planned), %n day(s)</source>
        <translation><numerusform>%1, %2, du %3 au %4 (prévue), %n jour</numerusform><numerusform>%1, %2, du %3 au %4 (prévue), %n jours</numerusform></translation>
    </message>
    <message>
        <source>%1, %2, since %3</source>
        <translation>%1, %2, depuis le %3</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation> ; </translation>
    </message>
</context>
<context>
    <name>StayLetters</name>
    <message>
        <source>The admission report is written from the signed admission assessment: sign it first.</source>
        <translation>Le bilan d'admission se rédige à partir du bilan signé : signez-le d'abord.</translation>
    </message>
    <message>
        <source>Admission report — %1</source>
        <translation>Bilan d'admission — %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Séjour</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Adresseur</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>Médecin généraliste</translation>
    </message>
    <message>
        <source>Reason for admission</source>
        <translation>Motif d'admission</translation>
    </message>
    <message>
        <source>Question of the referrer</source>
        <translation>Question de l'adresseur</translation>
    </message>
    <message>
        <source>History and treatments</source>
        <translation>Antécédents et traitements</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Spine surgery</source>
        <translation>Chirurgie du rachis</translation>
    </message>
    <message>
        <source>Comorbidities</source>
        <translation>Comorbidités</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Analgesics</source>
        <translation>Antalgiques</translation>
    </message>
    <message>
        <source>, long-term corticosteroids</source>
        <translation>, corticothérapie au long cours</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Intensity (0–10)</source>
        <translation>Intensité (0–10)</translation>
    </message>
    <message>
        <source>%1 at rest, %2 on activity</source>
        <translation>%1 au repos, %2 à l'effort</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Radiation</source>
        <translation>Irradiation</translation>
    </message>
    <message>
        <source>Work and social situation</source>
        <translation>Situation professionnelle et sociale</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Sick leave since</source>
        <translation>Arrêt de travail depuis le</translation>
    </message>
    <message>
        <source>Occupational case</source>
        <translation>Prise en charge professionnelle</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>Vit seul(e)</translation>
    </message>
    <message>
        <source>Home to centre</source>
        <translation>Trajet domicile–centre</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message>
        <source>Able to drive</source>
        <translation>Peut conduire</translation>
    </message>
    <message>
        <source>Height, weight, BMI</source>
        <translation>Taille, poids, IMC</translation>
    </message>
    <message>
        <source>%1 cm, %2 kg, BMI %3</source>
        <translation>%1 cm, %2 kg, IMC %3</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Drapeaux</translation>
    </message>
    <message>
        <source>No red flag.</source>
        <translation>Aucun drapeau rouge.</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Drapeaux rouges</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présents</translation>
    </message>
    <message>
        <source>Exclusion criteria</source>
        <translation>Critères de récusation</translation>
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
        <translation>Précautions</translation>
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
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Tests at admission</source>
        <translation>Tests d'admission</translation>
    </message>
    <message>
        <source>No test recorded yet.</source>
        <translation>Aucun test enregistré pour l'instant.</translation>
    </message>
    <message>
        <source>Care plan goals</source>
        <translation>Objectifs du projet de soins</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source> (by %1)</source>
        <translation> (échéance %1)</translation>
    </message>
    <message>
        <source>Assessment signed by %1 on %2.</source>
        <translation>Bilan signé par %1 le %2.</translation>
    </message>
    <message>
        <source>Discharge letter — %1</source>
        <translation>Lettre de liaison — %1</translation>
    </message>
    <message>
        <source>%1, referring physician</source>
        <translation>%1, médecin adresseur</translation>
    </message>
    <message>
        <source>%1, general practitioner</source>
        <translation>%1, médecin traitant</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Dear colleague,</source>
        <translation>Chère consœur, cher confrère,</translation>
    </message>
    <message>
        <source>individual rehabilitation</source>
        <translation>rééducation individuelle</translation>
    </message>
    <message>
        <source>Your patient Ms %1 stayed in our unit %2, in the %3 programme.</source>
        <translation>Votre patiente Mme %1 a séjourné dans notre unité %2, dans le programme « %3 ».</translation>
    </message>
    <message>
        <source>Your patient Mr %1 stayed in our unit %2, in the %3 programme.</source>
        <translation>Votre patient M. %1 a séjourné dans notre unité %2, dans le programme « %3 ».</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>single measure</source>
        <translation>mesure unique</translation>
    </message>
    <message>
        <source>Progress of the scores</source>
        <translation>Évolution des scores</translation>
    </message>
    <message>
        <source>No test was recorded during the stay.</source>
        <translation>Aucun test n'a été enregistré pendant le séjour.</translation>
    </message>
    <message>
        <source>MCID: minimal clinically important difference; MDC: minimal detectable change.</source>
        <translation>MCID : différence minimale cliniquement importante ; MDC : changement minimal détectable.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Où il en est</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Continue every day the self-exercise programme taught during the stay.</source>
        <translation>Poursuivre chaque jour le programme d'auto-exercices appris pendant le séjour.</translation>
    </message>
    <message>
        <source>Return to work: on sick leave since %1; a pre-return visit with the occupational physician is advised to prepare it.</source>
        <translation>Reprise du travail : en arrêt de travail depuis le %1 ; une visite de pré-reprise auprès du médecin du travail est conseillée pour la préparer.</translation>
    </message>
    <message>
        <source>Return to work: no sick leave in progress at admission.</source>
        <translation>Reprise du travail : pas d'arrêt de travail en cours à l'admission.</translation>
    </message>
    <message>
        <source>Follow-up consultation in our unit between %1 and %2 (3 to 6 months after discharge).</source>
        <translation>Consultation de suivi dans notre unité entre le %1 et le %2 (3 à 6 mois après la sortie).</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>Je vous prie de croire, chère consœur, cher confrère, en l'expression de mes sentiments confraternels.</translation>
    </message>
</context>
<context>
    <name>StayMode</name>
    <message>
        <source>Full hospitalisation (HC)</source>
        <translation>Hospitalisation complète (HC)</translation>
    </message>
    <message>
        <source>HC</source>
        <translation>HC</translation>
    </message>
    <message>
        <source>Day hospital (HTP)</source>
        <translation>Hospitalisation de jour (HTP)</translation>
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
        <translation>La date d'admission est obligatoire.</translation>
    </message>
    <message>
        <source>The admission date cannot be before the birth date (%1).</source>
        <translation>La date d'admission ne peut pas précéder la date de naissance (%1).</translation>
    </message>
    <message>
        <source>The admission date cannot be more than a year ahead (after %1).</source>
        <translation>La date d'admission ne peut pas être à plus d'un an (après le %1).</translation>
    </message>
    <message>
        <source>A stay in progress cannot have its admission date in the future (today is %1).</source>
        <translation>Un séjour en cours ne peut pas avoir une date d'admission dans le futur (nous sommes le %1).</translation>
    </message>
    <message>
        <source>The planned discharge date (%1) cannot be before the admission date (%2).</source>
        <translation>La date de sortie prévue (%1) ne peut pas précéder la date d'admission (%2).</translation>
    </message>
    <message>
        <source>The discharge date is required.</source>
        <translation>La date de sortie est obligatoire.</translation>
    </message>
    <message>
        <source>The discharge date (%1) cannot be before the admission date (%2).</source>
        <translation>La date de sortie (%1) ne peut pas précéder la date d'admission (%2).</translation>
    </message>
    <message>
        <source>The discharge date cannot be in the future (today is %1); the expected date goes in the planned discharge date.</source>
        <translation>La date de sortie ne peut pas être dans le futur (nous sommes le %1) ; la date attendue se saisit comme date de sortie prévue.</translation>
    </message>
    <message>
        <source>The programme's description is too long (at most %1 characters).</source>
        <translation>La précision du programme est trop longue (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The referrer's name is too long (at most %1 characters).</source>
        <translation>Le nom de l'adresseur est trop long (%1 caractères au plus).</translation>
    </message>
</context>
<context>
    <name>StayStatus</name>
    <message>
        <source>Pre-admission</source>
        <translation>Pré-admission</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
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
        <translation>Évolution d'une mesure, en % de la valeur initiale</translation>
    </message>
    <message>
        <source>Change in %</source>
        <translation>Évolution en %</translation>
    </message>
    <message>
        <source>Change of a measure, in its unit</source>
        <translation>Évolution d'une mesure, dans son unité</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>A measure reaches a value</source>
        <translation>Une mesure atteint une valeur</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Done by a date</source>
        <translation>Fait avant une date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Not measured (described in words)</source>
        <translation>Non mesuré (décrit en mots)</translation>
    </message>
    <message>
        <source>Unmeasured</source>
        <translation>Non mesuré</translation>
    </message>
</context>
<context>
    <name>TugInstrument</name>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Increased fall risk (13.5 s or more)</source>
        <translation>Risque de chute augmenté (13,5 s ou plus)</translation>
    </message>
    <message>
        <source>Below 13.5 s, but at or above the 12 s of CDC STEADI</source>
        <translation>Sous 13,5 s, mais au-delà des 12 s du CDC STEADI</translation>
    </message>
    <message>
        <source>No increased fall risk (under 12 s)</source>
        <translation>Pas de risque de chute augmenté (moins de 12 s)</translation>
    </message>
    <message>
        <source>Age norm %1 s (95 % CI %2–%3 s, Bohannon 2006)</source>
        <translation>Norme pour l'âge %1 s (IC 95 % %2–%3 s, Bohannon 2006)</translation>
    </message>
    <message>
        <source>Not to be used alone to predict falls (Barry 2014).</source>
        <translation>À ne pas utiliser seul pour prédire les chutes (Barry 2014).</translation>
    </message>
    <message>
        <source>MDC 3.2 s (chronic stroke; knee osteoarthritis 1.1 s)</source>
        <translation>MDC 3,2 s (AVC chronique ; gonarthrose 1,1 s)</translation>
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
        <translation>Risque de chute accru ≥ %1 s</translation>
    </message>
    <message>
        <source>Shumway-Cook 2000, older adults living at home; not to be used alone (Barry 2014)</source>
        <translation>Shumway-Cook 2000, personnes âgées vivant à domicile ; à ne pas utiliser seul (Barry 2014)</translation>
    </message>
    <message>
        <source>CDC STEADI ≥ %1 s</source>
        <translation>CDC STEADI ≥ %1 s</translation>
    </message>
    <message>
        <source>The fall-risk screening of the CDC (STEADI), as secondary information</source>
        <translation>Le dépistage du risque de chute du CDC (STEADI), à titre d'information secondaire</translation>
    </message>
    <message>
        <source>Norm %1–%2 years: %3 s</source>
        <translation>Norme %1–%2 ans : %3 s</translation>
    </message>
    <message>
        <source>Bohannon 2006, mean of healthy adults of this age</source>
        <translation>Bohannon 2006, moyenne des adultes sains de cet âge</translation>
    </message>
    <message>
        <source>Norm %1–%2 years, 95 % CI %3–%4 s</source>
        <translation>Norme %1–%2 ans, IC 95 % %3–%4 s</translation>
    </message>
    <message>
        <source>Bohannon 2006, 95 % confidence interval of the mean of healthy adults of this age</source>
        <translation>Bohannon 2006, intervalle de confiance à 95 % de la moyenne des adultes sains de cet âge</translation>
    </message>
</context>
<context>
    <name>UserRules</name>
    <message>
        <source>The login must have 2 to 32 characters among lower-case letters without accents, digits, dot, dash and underscore (for example cmartin).</source>
        <translation>L'identifiant doit avoir de 2 à 32 caractères parmi les minuscules sans accent, les chiffres, le point, le tiret et le tiret bas (par exemple cmartin).</translation>
    </message>
    <message>
        <source>The name shown to colleagues is required (for example Dr Claire Martin).</source>
        <translation>Le nom affiché aux collègues est obligatoire (par exemple Dr Claire Martin).</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Le nom est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>Choose at least one role; the roles are %1.</source>
        <translation>Choisissez au moins un rôle ; les rôles sont %1.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters; a sentence that is easy to remember is a good password.</source>
        <translation>Le mot de passe doit avoir au moins %1 caractères ; une phrase facile à retenir fait un bon mot de passe.</translation>
    </message>
    <message>
        <source>The password must not be the login.</source>
        <translation>Le mot de passe ne doit pas être l'identifiant.</translation>
    </message>
    <message>
        <source>The PIN must have 4 to 6 digits.</source>
        <translation>Le code PIN doit avoir de 4 à 6 chiffres.</translation>
    </message>
</context>
<context>
    <name>WeightBearing</name>
    <message>
        <source>Full weight-bearing</source>
        <translation>Appui complet</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>Partial weight-bearing</source>
        <translation>Appui partiel</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partiel</translation>
    </message>
    <message>
        <source>No weight-bearing</source>
        <translation>Pas d'appui</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun appui</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Nothing was saved: the change did not say what it changed, and every change must appear in the audit trail. Please report this fault.</source>
        <translation>Rien n'a été enregistré : la modification n'a pas dit ce qu'elle modifiait, et toute modification doit figurer dans le journal d'audit. Merci de signaler ce défaut.</translation>
    </message>
    <message>
        <source>Nothing was saved: the change is not attributed to anybody, and every change must appear in the audit trail under a name. Please report this fault.</source>
        <translation>Rien n'a été enregistré : la modification n'est attribuée à personne, et toute modification doit figurer dans le journal d'audit sous un nom. Merci de signaler ce défaut.</translation>
    </message>
    <message>
        <source>It broke while the changes were being saved: they may or may not have been recorded. Once the connection is back, look at the record before saving again.</source>
        <translation>Elle a été coupée pendant l'enregistrement : les modifications ont pu être enregistrées ou non. Une fois la connexion revenue, regardez l'enregistrement avant d'enregistrer de nouveau.</translation>
    </message>
    <message>
        <source>Nothing was saved. Retry once the connection is back.</source>
        <translation>Rien n'a été enregistré. Réessayez une fois la connexion revenue.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Give either --db (a file) or --db-url (a server), not both.</source>
        <translation>Donnez soit --db (un fichier), soit --db-url (un serveur), pas les deux.</translation>
    </message>
</context>
<context>
    <name>smr::AssessmentService</name>
    <message>
        <source>This admission assessment was changed elsewhere since you opened it. Your changes were not saved: reopen it to see the latest version.</source>
        <translation>Ce bilan d'admission a été modifié sur un autre poste depuis que vous l'avez ouvert. Vos modifications n'ont pas été enregistrées : rouvrez-le pour voir la dernière version.</translation>
    </message>
    <message>
        <source>No stay has the identifier %1.</source>
        <translation>Aucun séjour n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>The stay no. %1 was cancelled: its admission assessment cannot be written.</source>
        <translation>Le séjour n° %1 a été annulé : son bilan d'admission ne peut pas être rédigé.</translation>
    </message>
    <message>
        <source>This stay already has an admission assessment (saved elsewhere since you opened the form). Your changes were not saved: reopen it.</source>
        <translation>Ce séjour a déjà un bilan d'admission (enregistré sur un autre poste depuis l'ouverture du formulaire). Vos modifications n'ont pas été enregistrées : rouvrez-le.</translation>
    </message>
    <message>
        <source>No admission assessment has the identifier %1.</source>
        <translation>Aucun bilan d'admission n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>This admission assessment is signed and can no longer be changed: amend it, giving the reason, to write a new version.</source>
        <translation>Ce bilan d'admission est signé et ne peut plus être modifié : faites-en une nouvelle version en indiquant le motif.</translation>
    </message>
    <message>
        <source>The stay was changed elsewhere while the assessment was being signed. Nothing was saved: reopen the stay and sign again.</source>
        <translation>Le séjour a été modifié sur un autre poste pendant la signature du bilan. Rien n'a été enregistré : rouvrez le séjour et signez à nouveau.</translation>
    </message>
    <message>
        <source>This admission assessment is not signed yet: change it directly.</source>
        <translation>Ce bilan d'admission n'est pas encore signé : modifiez-le directement.</translation>
    </message>
    <message>
        <source>A newer version of this admission assessment exists (version %1): reopen it to see it.</source>
        <translation>Une version plus récente de ce bilan d'admission existe (version %1) : rouvrez-le pour la voir.</translation>
    </message>
    <message>
        <source>Give the reason for changing the signed admission assessment.</source>
        <translation>Indiquez le motif de la modification du bilan d'admission signé.</translation>
    </message>
    <message>
        <source>The red flag "%1" is not answered yes in this stay's admission assessment.</source>
        <translation>Le drapeau rouge « %1 » n'est pas coché oui dans le bilan d'admission de ce séjour.</translation>
    </message>
    <message>
        <source>Say what was done about the red flag "%1".</source>
        <translation>Indiquez ce qui a été fait pour le drapeau rouge « %1 ».</translation>
    </message>
    <message>
        <source>The action is too long: at most %1 characters.</source>
        <translation>L'action est trop longue : %1 caractères au plus.</translation>
    </message>
</context>
<context>
    <name>smr::CarePlanService</name>
    <message>
        <source>No stay has the identifier %1.</source>
        <translation>Aucun séjour n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>This care plan was changed elsewhere since you opened it. Your changes were not saved: reopen it to see the latest version.</source>
        <translation>Ce projet de soins a été modifié ailleurs depuis que vous l'avez ouvert. Vos modifications n'ont pas été enregistrées : rouvrez-le pour voir la dernière version.</translation>
    </message>
    <message>
        <source>Stay no. %1 has no care plan yet.</source>
        <translation>Le séjour n° %1 n'a pas encore de projet de soins.</translation>
    </message>
    <message>
        <source>Stay no. %1 was cancelled: a cancelled stay has no care plan.</source>
        <translation>Le séjour n° %1 a été annulé : un séjour annulé n'a pas de projet de soins.</translation>
    </message>
    <message>
        <source>No care plan has the identifier %1.</source>
        <translation>Aucun projet de soins n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>Care plan no. %1 belongs to stay no. %2; it cannot move to stay no. %3.</source>
        <translation>Le projet de soins n° %1 appartient au séjour n° %2 ; il ne peut pas passer au séjour n° %3.</translation>
    </message>
    <message>
        <source>Stay no. %1 already has a care plan (no. %2): open it to change it.</source>
        <translation>Le séjour n° %1 a déjà un projet de soins (n° %2) : ouvrez-le pour le modifier.</translation>
    </message>
    <message>
        <source>Stay no. %1 was cancelled: its care plan cannot be validated.</source>
        <translation>Le séjour n° %1 a été annulé : son projet de soins ne peut pas être validé.</translation>
    </message>
    <message>
        <source>This care plan was already validated by %1 on %2.</source>
        <translation>Ce projet de soins a déjà été validé par %1 le %2.</translation>
    </message>
</context>
<context>
    <name>smr::DemoService</name>
    <message>
        <source>The number of demonstration patients must be between 1 and %1.</source>
        <translation>Le nombre de patients de démonstration doit être compris entre 1 et %1.</translation>
    </message>
    <message numerus="yes">
        <source>The database already holds %n patient(s): demonstration data is loaded only into an empty database.</source>
        <translation><numerusform>La base contient déjà %n patient : les données de démonstration ne se chargent que dans une base vide.</numerusform><numerusform>La base contient déjà %n patients : les données de démonstration ne se chargent que dans une base vide.</numerusform></translation>
    </message>
</context>
<context>
    <name>smr::DocumentService</name>
    <message>
        <source>No stay has the identifier %1.</source>
        <translation>Aucun séjour n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>No meeting has the identifier %1.</source>
        <translation>Aucune réunion n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>The minutes are written once the meeting is closed and signed; this meeting is still open.</source>
        <translation>Le compte rendu se rédige une fois la réunion close et signée ; cette réunion est encore ouverte.</translation>
    </message>
    <message>
        <source>No result has the identifier %1.</source>
        <translation>Aucun résultat n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>A result sheet is written for a final result; this one is a draft.</source>
        <translation>Une fiche de résultat se rédige pour un résultat validé ; celui-ci est un brouillon.</translation>
    </message>
    <message>
        <source>The on-call sheet needs its day.</source>
        <translation>La fiche d'astreinte a besoin de sa date.</translation>
    </message>
    <message>
        <source>Unknown kind of document.</source>
        <translation>Type de document inconnu.</translation>
    </message>
    <message>
        <source>The title of the document is required.</source>
        <translation>Le titre du document est obligatoire.</translation>
    </message>
    <message>
        <source>The title of the document is too long (at most %1 characters).</source>
        <translation>Le titre du document est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The text of the document is empty.</source>
        <translation>Le texte du document est vide.</translation>
    </message>
    <message>
        <source>The text of the document is too long (at most 2 MB).</source>
        <translation>Le texte du document est trop long (2 Mo au plus).</translation>
    </message>
    <message>
        <source>This draft was saved elsewhere since you opened it. Nothing was saved: close it and open it again.</source>
        <translation>Ce brouillon a été enregistré ailleurs depuis que vous l'avez ouvert. Rien n'a été enregistré : fermez-le et rouvrez-le.</translation>
    </message>
    <message>
        <source>This draft was saved elsewhere since you opened it.</source>
        <translation>Ce brouillon a été enregistré ailleurs depuis que vous l'avez ouvert.</translation>
    </message>
    <message>
        <source>This document has no draft.</source>
        <translation>Ce document n'a pas de brouillon.</translation>
    </message>
    <message>
        <source>This draft was saved elsewhere since you opened it. Nothing was discarded.</source>
        <translation>Ce brouillon a été enregistré ailleurs depuis que vous l'avez ouvert. Rien n'a été supprimé.</translation>
    </message>
    <message>
        <source>The document's PDF is missing or is not a PDF.</source>
        <translation>Le PDF du document manque ou n'est pas un PDF.</translation>
    </message>
    <message>
        <source>No document has the identifier %1.</source>
        <translation>Aucun document n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>The establishment's name is required.</source>
        <translation>Le nom de l'établissement est obligatoire.</translation>
    </message>
    <message>
        <source>A line of the letterhead is too long (at most %1 characters).</source>
        <translation>Une ligne de l'en-tête est trop longue (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The FINESS number has 9 characters: the department (2 digits, or 2A, 2B) and 7 digits, for example 750712184.</source>
        <translation>Le numéro FINESS compte 9 caractères : le département (2 chiffres, ou 2A, 2B) puis 7 chiffres, par exemple 750712184.</translation>
    </message>
    <message>
        <source>The logo is too large (at most 512 KB).</source>
        <translation>Le logo est trop lourd (512 Ko au plus).</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Le logo doit être une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The name of the signature block is required.</source>
        <translation>Le nom du bloc de signature est obligatoire.</translation>
    </message>
    <message>
        <source>The RPPS number has 11 digits.</source>
        <translation>Le numéro RPPS compte 11 chiffres.</translation>
    </message>
    <message>
        <source>A line of the signature block is too long (at most %1 characters).</source>
        <translation>Une ligne du bloc de signature est trop longue (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The letterhead was changed elsewhere since you opened it. Nothing was saved: open it again.</source>
        <translation>L'en-tête a été modifié ailleurs depuis que vous l'avez ouvert. Rien n'a été enregistré : rouvrez-le.</translation>
    </message>
    <message>
        <source>Your signature block was changed elsewhere since you opened it. Nothing was saved: open it again.</source>
        <translation>Votre bloc de signature a été modifié ailleurs depuis que vous l'avez ouvert. Rien n'a été enregistré : rouvrez-le.</translation>
    </message>
</context>
<context>
    <name>smr::GroupingService</name>
    <message>
        <source>No stay has the identifier %1.</source>
        <translation>Aucun séjour n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>Only a stay in progress or a pre-admission changes group; stay no. %1 is %2.</source>
        <translation>Seul un séjour en cours ou une préadmission change de groupe ; le séjour n° %1 est %2.</translation>
    </message>
    <message>
        <source>The group of this patient was changed elsewhere since you looked. Nothing was saved: look at the groups again.</source>
        <translation>Le groupe de ce patient a été modifié ailleurs depuis votre consultation. Rien n'a été enregistré : regardez à nouveau les groupes.</translation>
    </message>
    <message>
        <source>The group must be one of %1 (%2 only says the Dallas questionnaire is missing).</source>
        <translation>Groupe : valeur attendue parmi %1 (%2 indique seulement que le questionnaire Dallas manque).</translation>
    </message>
    <message>
        <source>The reason for the group is required: say why the team chose it.</source>
        <translation>Motif du groupe obligatoire : dites pourquoi l'équipe l'a choisi.</translation>
    </message>
    <message>
        <source>The reason for the group is too long (at most %1 characters).</source>
        <translation>Motif du groupe : texte trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>Stay no. %1 has no group chosen by the team: it is already in the group its Dallas questionnaire suggests.</source>
        <translation>Le séjour n° %1 n'a pas de groupe choisi par l'équipe : il est déjà dans le groupe que suggère son questionnaire Dallas.</translation>
    </message>
    <message>
        <source>The first day of the week is required (a date).</source>
        <translation>Premier jour de la semaine obligatoire (une date).</translation>
    </message>
</context>
<context>
    <name>smr::MeetingService</name>
    <message>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation>La note est trop longue (%1 caractères ; %2 au plus).</translation>
    </message>
    <message>
        <source>This note was changed by someone else since you opened it. Nothing was saved: copy your text, look at theirs, then write it again.</source>
        <translation>Cette note a été modifiée par quelqu'un d'autre depuis son ouverture. Rien n'a été enregistré : copiez votre texte, lisez le sien, puis écrivez-le de nouveau.</translation>
    </message>
    <message>
        <source>The medical issues are too long (%1 characters; at most %2).</source>
        <translation>Les problèmes médicaux sont trop longs (%1 caractères ; %2 au plus).</translation>
    </message>
    <message>
        <source>Stay no. %1 is %2: a decision on its discharge date or programme needs a stay in progress.</source>
        <translation>Le séjour n° %1 est %2 : une décision sur sa date de sortie ou son programme demande un séjour en cours.</translation>
    </message>
    <message>
        <source>The date the stay is extended to is required.</source>
        <translation>La date jusqu'à laquelle le séjour est prolongé est obligatoire.</translation>
    </message>
    <message>
        <source>An extension goes beyond the planned discharge (%1): choose a later date, or "Set the discharge date" to bring it forward.</source>
        <translation>Une prolongation va au-delà de la sortie prévue (%1) : choisissez une date plus tardive, ou « Fixer la date de sortie » pour l'avancer.</translation>
    </message>
    <message>
        <source>The new discharge date must be on or after the meeting (%1).</source>
        <translation>La nouvelle date de sortie doit être le jour de la réunion (%1) ou après.</translation>
    </message>
    <message>
        <source>The discharge date is required.</source>
        <translation>La date de sortie est obligatoire.</translation>
    </message>
    <message>
        <source>The discharge date must be on or after the meeting (%1).</source>
        <translation>La date de sortie doit être le jour de la réunion (%1) ou après.</translation>
    </message>
    <message>
        <source>The programme is required: one of %1.</source>
        <translation>Le programme est obligatoire : l'un de %1.</translation>
    </message>
    <message>
        <source>Say to whom the patient is referred.</source>
        <translation>Indiquez vers qui le patient est orienté.</translation>
    </message>
    <message>
        <source>Describe the decision.</source>
        <translation>Décrivez la décision.</translation>
    </message>
    <message>
        <source>The discharge date must be within a year of the meeting (by %1).</source>
        <translation>La date de sortie doit être dans l'année qui suit la réunion (au plus tard le %1).</translation>
    </message>
    <message>
        <source>The decision's text is too long (at most %1 characters).</source>
        <translation>Le texte de la décision est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>No decision in force has the identifier %1.</source>
        <translation>Aucune décision en vigueur n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Indiquez ce qui est à faire.</translation>
    </message>
    <message>
        <source>The action is too long (at most %1 characters).</source>
        <translation>L'action est trop longue (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The due date must be on or after the meeting (%1).</source>
        <translation>L'échéance doit être le jour de la réunion (%1) ou après.</translation>
    </message>
    <message>
        <source>No action has the identifier %1.</source>
        <translation>Aucune action n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>Stay no. %1 is not on the agenda of this meeting.</source>
        <translation>Le séjour n° %1 n'est pas à l'ordre du jour de cette réunion.</translation>
    </message>
    <message>
        <source>This meeting was changed elsewhere since you looked. Nothing was saved: look at it again, then redo your change.</source>
        <translation>Cette réunion a été modifiée ailleurs depuis votre lecture. Rien n'a été enregistré : regardez-la de nouveau, puis refaites votre modification.</translation>
    </message>
    <message>
        <source>No meeting has the identifier %1.</source>
        <translation>Aucune réunion n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>The meeting of %1 is closed and signed: it can no longer be changed. To correct it, reopen it for a correction, with its reason.</source>
        <translation>La réunion du %1 est close et signée : elle ne peut plus être modifiée. Pour la corriger, rouvrez-la pour correction, avec son motif.</translation>
    </message>
    <message>
        <source>Stay no. %1 is not on the agenda of the meeting of %2.</source>
        <translation>Le séjour n° %1 n'est pas à l'ordre du jour de la réunion du %2.</translation>
    </message>
    <message>
        <source>Unknown or inactive discipline "%1": the discipline must be one of %2.</source>
        <translation>Discipline « %1 » inconnue ou inactive : la discipline doit être l'une de %2.</translation>
    </message>
    <message>
        <source>Refused: %1 writes the notes of %2 only; the note of %3 is written by its discipline or by whoever runs the meeting.</source>
        <translation>Refusé : %1 écrit les notes de %2 seulement ; la note de %3 est écrite par sa discipline ou par qui anime la réunion.</translation>
    </message>
    <message>
        <source>The date of the meeting is required (a date, for example %1).</source>
        <translation>La date de la réunion est obligatoire (une date, par exemple %1).</translation>
    </message>
    <message>
        <source>The date of the meeting must be within a year of today (%1).</source>
        <translation>La date de la réunion doit être à moins d'un an d'aujourd'hui (%1).</translation>
    </message>
    <message>
        <source>The unit already has a meeting on %1: open it rather than creating another.</source>
        <translation>L'unité a déjà une réunion le %1 : ouvrez-la plutôt que d'en créer une autre.</translation>
    </message>
    <message>
        <source>Attendee %1: the name is required.</source>
        <translation>Participant %1 : le nom est obligatoire.</translation>
    </message>
    <message>
        <source>Attendee %1: the name is too long (at most 100 characters).</source>
        <translation>Participant %1 : le nom est trop long (100 caractères au plus).</translation>
    </message>
    <message>
        <source>%1 is already in the list of attendees.</source>
        <translation>%1 figure déjà parmi les participants.</translation>
    </message>
    <message>
        <source>Attendee %1: %2</source>
        <translation>Participant %1 : %2</translation>
    </message>
    <message>
        <source>The meeting of %1 has already started.</source>
        <translation>La réunion du %1 a déjà commencé.</translation>
    </message>
    <message>
        <source>The new order must list every patient of the agenda once (%1 patients); the agenda changed: look at it again.</source>
        <translation>Le nouvel ordre doit citer une fois chaque patient de l'ordre du jour (%1 patients) ; l'ordre du jour a changé : regardez-le de nouveau.</translation>
    </message>
    <message>
        <source>A meeting is closed once it has taken place: start the meeting of %1 first.</source>
        <translation>Une réunion se clôt une fois tenue : ouvrez d'abord la séance du %1.</translation>
    </message>
    <message>
        <source>Name the attendees before closing the meeting: at least one, with their discipline.</source>
        <translation>Indiquez les participants avant de clore la réunion : au moins un, avec sa discipline.</translation>
    </message>
    <message>
        <source>Only a closed meeting is reopened for a correction; the meeting of %1 is %2.</source>
        <translation>Seule une réunion close se rouvre pour correction ; la réunion du %1 est %2.</translation>
    </message>
    <message>
        <source>The reason for the correction is required: say what is corrected and why.</source>
        <translation>Le motif de la correction est obligatoire : dites ce qui est corrigé et pourquoi.</translation>
    </message>
    <message>
        <source>The reason for the correction is too long (at most %1 characters).</source>
        <translation>Le motif de la correction est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>Discipline %1: the code "%2" must be 2 to 40 lower-case letters, digits or _, starting with a letter.</source>
        <translation>Discipline %1 : le code « %2 » doit compter de 2 à 40 lettres minuscules, chiffres ou _, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>Discipline %1: the code "%2" is listed twice.</source>
        <translation>Discipline %1 : le code « %2 » figure deux fois.</translation>
    </message>
    <message>
        <source>Discipline %1: the name is required.</source>
        <translation>Discipline %1 : le nom est obligatoire.</translation>
    </message>
    <message>
        <source>Discipline %1: the name is too long (at most 60 characters).</source>
        <translation>Discipline %1 : le nom est trop long (60 caractères au plus).</translation>
    </message>
    <message>
        <source>At least one discipline must stay active.</source>
        <translation>Au moins une discipline doit rester active.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médecine</translation>
    </message>
</context>
<context>
    <name>smr::OnCallService</name>
    <message>
        <source>No stay has the identifier %1.</source>
        <translation>Aucun séjour n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>The medical issues are too long (%1 characters; at most %2).</source>
        <translation>Les problèmes médicaux sont trop longs (%1 caractères ; %2 au plus).</translation>
    </message>
    <message>
        <source>The treatments to watch are too long (%1 characters; at most %2).</source>
        <translation>Les traitements à surveiller sont trop longs (%1 caractères ; au plus %2).</translation>
    </message>
    <message>
        <source>The "if … then …" instructions are too long (%1 characters; at most %2).</source>
        <translation>Les consignes « si … alors … » sont trop longues (%1 caractères ; au plus %2).</translation>
    </message>
    <message>
        <source>On-call notes are written for a pre-admission or a stay in progress; stay no. %1 is %2.</source>
        <translation>Les consignes d'astreinte s'écrivent pour une préadmission ou un séjour en cours ; le séjour n° %1 est %2.</translation>
    </message>
    <message>
        <source>The on-call notes of this patient were changed elsewhere since you opened them. Nothing was saved: look at them again.</source>
        <translation>Les consignes d'astreinte de ce patient ont été modifiées ailleurs depuis leur ouverture. Rien n'a été enregistré : relisez-les.</translation>
    </message>
    <message>
        <source>Analgesics: %1</source>
        <translation>Antalgiques : %1</translation>
    </message>
    <message>
        <source>Corticosteroids</source>
        <translation>Corticoïdes</translation>
    </message>
</context>
<context>
    <name>smr::PatientService</name>
    <message>
        <source>The NIR %1 is already recorded for %2 (IPP %3).</source>
        <translation>Le NIR %1 est déjà enregistré pour %2 (IPP %3).</translation>
    </message>
    <message>
        <source>%1's record was changed elsewhere since you opened it. Your changes were not saved: reopen the record to see the latest version.</source>
        <translation>Le dossier de %1 a été modifié ailleurs depuis son ouverture. Vos modifications n'ont pas été enregistrées : rouvrez le dossier pour voir la dernière version.</translation>
    </message>
    <message>
        <source>No patient has the identifier %1.</source>
        <translation>Aucun patient n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>The IPP %1 is already used by %2, birth date %3.</source>
        <translation>L'IPP %1 est déjà attribué à %2, date de naissance %3.</translation>
    </message>
</context>
<context>
    <name>smr::ProgressService</name>
    <message>
        <source>No stay has the identifier %1.</source>
        <translation>Aucun séjour n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>The patient of stay no. %1 cannot be found.</source>
        <translation>Le patient du séjour n° %1 est introuvable.</translation>
    </message>
    <message>
        <source>Unknown instrument "%1"; the instruments are %2.</source>
        <translation>Instrument « %1 » inconnu ; les instruments sont %2.</translation>
    </message>
    <message>
        <source>Unknown measure "%1" of %2; the measures are %3.</source>
        <translation>Mesure « %1 » inconnue pour %2 ; les mesures sont %3.</translation>
    </message>
    <message>
        <source>The day is required (a date).</source>
        <translation>Le jour est obligatoire (une date).</translation>
    </message>
    <message>
        <source>No patient in progress in this unit has a Dallas questionnaire.</source>
        <translation>Aucun patient en cours de séjour dans cette unité n'a de questionnaire de Dallas.</translation>
    </message>
</context>
<context>
    <name>smr::ResultService</name>
    <message>
        <source>No stay has the identifier %1.</source>
        <translation>Aucun séjour n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>Stay %1 was cancelled: it takes no test results.</source>
        <translation>Le séjour %1 a été annulé : il ne reçoit pas de résultats de tests.</translation>
    </message>
    <message>
        <source>Unknown instrument "%1"; the instruments are %2.</source>
        <translation>Instrument « %1 » inconnu ; les instruments sont %2.</translation>
    </message>
    <message>
        <source>The date and time of the test are required.</source>
        <translation>La date et l'heure du test sont obligatoires.</translation>
    </message>
    <message>
        <source>The test cannot be dated before the admission (%1).</source>
        <translation>Le test ne peut pas être daté d'avant l'admission (%1).</translation>
    </message>
    <message>
        <source>The test cannot be dated after the discharge (%1).</source>
        <translation>Le test ne peut pas être daté d'après la sortie (%1).</translation>
    </message>
    <message>
        <source>The test cannot be dated in the future (now: %1).</source>
        <translation>Le test ne peut pas être daté dans le futur (il est %1).</translation>
    </message>
    <message>
        <source>The name of the person who entered the result is required.</source>
        <translation>Le nom de la personne qui saisit le résultat est obligatoire.</translation>
    </message>
    <message>
        <source>The remarks are too long (at most %1 characters).</source>
        <translation>Les remarques sont trop longues (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The draft %1 no longer exists: it was discarded.</source>
        <translation>Le brouillon %1 n'existe plus : il a été abandonné.</translation>
    </message>
    <message>
        <source>Result %1 is already final: a change is made as a correction.</source>
        <translation>Le résultat %1 est déjà validé : une modification se fait par une correction.</translation>
    </message>
    <message>
        <source>This draft was changed elsewhere; reopen it to continue.</source>
        <translation>Ce brouillon a été modifié ailleurs ; rouvrez-le pour continuer.</translation>
    </message>
    <message>
        <source>There is no final result %1 to correct.</source>
        <translation>Il n'y a pas de résultat validé %1 à corriger.</translation>
    </message>
    <message>
        <source>A correction keeps the stay and the instrument of the result it corrects.</source>
        <translation>Une correction garde le séjour et l'instrument du résultat qu'elle corrige.</translation>
    </message>
    <message>
        <source>Give the reason for the correction: the previous version stays visible with it.</source>
        <translation>Indiquez le motif de la correction : la version précédente reste visible avec lui.</translation>
    </message>
    <message>
        <source>This draft was changed elsewhere; reopen it before confirming.</source>
        <translation>Ce brouillon a été modifié ailleurs ; rouvrez-le avant de valider.</translation>
    </message>
    <message>
        <source>There is no draft %1.</source>
        <translation>Il n'y a pas de brouillon %1.</translation>
    </message>
    <message>
        <source>No result has the identifier %1.</source>
        <translation>Aucun résultat n'a l'identifiant %1.</translation>
    </message>
</context>
<context>
    <name>smr::Session</name>
    <message>
        <source>Nobody is signed in: sign in to save changes.</source>
        <translation>Personne n'est connecté : connectez-vous pour enregistrer.</translation>
    </message>
    <message>
        <source>Refused: the right to %1 is missing. %2's roles (%3) do not give it; ask a colleague who has it or the administrator.</source>
        <translation>Refusé : il manque le droit de %1. Les rôles de %2 (%3) ne le donnent pas ; demandez à un collègue qui l'a ou à l'administrateur.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>smr::StayService</name>
    <message>
        <source>No patient has the identifier %1.</source>
        <translation>Aucun patient n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>No stay has the identifier %1.</source>
        <translation>Aucun séjour n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>Unknown unit "%1": the units are %2.</source>
        <translation>Unité « %1 » inconnue : les unités sont %2.</translation>
    </message>
    <message>
        <source>The unit %1 is closed to new stays: the open units are %2.</source>
        <translation>L'unité %1 est fermée aux nouveaux séjours : les unités ouvertes sont %2.</translation>
    </message>
    <message>
        <source>%1 already has an open stay (no. %2, %3 since %4): close or cancel it before opening another.</source>
        <translation>%1 a déjà un séjour ouvert (n° %2, %3 depuis le %4) : clôturez-le ou annulez-le avant d'en ouvrir un autre.</translation>
    </message>
    <message>
        <source>This stay was changed elsewhere since you opened it. Your changes were not saved: reopen it to see the latest version.</source>
        <translation>Ce séjour a été modifié ailleurs depuis son ouverture. Vos modifications n'ont pas été enregistrées : rouvrez-le pour voir la dernière version.</translation>
    </message>
    <message>
        <source>A cancelled stay cannot be changed.</source>
        <translation>Un séjour annulé ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Only a pre-admission can be admitted; this stay is %1.</source>
        <translation>Seule une pré-admission peut être admise ; ce séjour est : %1.</translation>
    </message>
    <message>
        <source>Only a stay in progress can be closed; this stay is %1.</source>
        <translation>Seul un séjour en cours peut être clôturé ; ce séjour est : %1.</translation>
    </message>
    <message>
        <source>Only an open stay can be cancelled; this stay is %1.</source>
        <translation>Seul un séjour ouvert peut être annulé ; ce séjour est : %1.</translation>
    </message>
    <message>
        <source>Give the reason for cancelling the stay.</source>
        <translation>Indiquez le motif d'annulation du séjour.</translation>
    </message>
    <message>
        <source>The admission date cannot be before the end of the previous stay (discharged on %1).</source>
        <translation>La date d'admission ne peut pas précéder la fin du séjour précédent (sortie le %1).</translation>
    </message>
</context>
<context>
    <name>smr::UnitService</name>
    <message>
        <source>The unit's name is required and must contain letters or digits.</source>
        <translation>Le nom de l'unité est obligatoire et doit contenir des lettres ou des chiffres.</translation>
    </message>
    <message>
        <source>The unit's name is too long (at most %1 characters).</source>
        <translation>Le nom de l'unité est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>A unit named %1 already exists.</source>
        <translation>Une unité nommée %1 existe déjà.</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>Il n'existe pas d'unité %1.</translation>
    </message>
    <message>
        <source>The unit %1 was changed elsewhere meanwhile; nothing was saved: look at the list again.</source>
        <translation>L'unité %1 a été modifiée ailleurs entre-temps ; rien n'a été enregistré : regardez de nouveau la liste.</translation>
    </message>
    <message>
        <source>The unit is required: one of %1 (File › Settings › Units lists them).</source>
        <translation>Unité obligatoire : une parmi %1 (la liste est dans Fichier › Paramètres › Unités).</translation>
    </message>
    <message>
        <source>Unknown unit "%1": the unit must be one of %2 (File › Settings › Units lists them).</source>
        <translation>Unité « %1 » inconnue : valeur attendue parmi %2 (la liste est dans Fichier › Paramètres › Unités).</translation>
    </message>
</context>
<context>
    <name>smr::UserService</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>L'identifiant ou le mot de passe est faux.</translation>
    </message>
    <message>
        <source>No account has the identifier %1.</source>
        <translation>Aucun compte n'a l'identifiant %1.</translation>
    </message>
    <message>
        <source>The %1 could not be protected: the computer lacks memory. Close other programs and try again.</source>
        <translation>Le %1 n'a pas pu être protégé : l'ordinateur manque de mémoire. Fermez d'autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>code PIN</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>The administrator account already exists: sign in with it.</source>
        <translation>Le compte administrateur existe déjà : connectez-vous avec lui.</translation>
    </message>
    <message>
        <source>The login %1 is already %2's.</source>
        <translation>L'identifiant %1 est déjà celui de %2.</translation>
    </message>
    <message>
        <source>%1 is the only active administrator: give the role to another account first, so that somebody can still manage the accounts.</source>
        <translation>%1 est le seul administrateur actif : donnez d'abord ce rôle à un autre compte, pour que quelqu'un puisse encore gérer les comptes.</translation>
    </message>
    <message>
        <source>%1's account was changed elsewhere since you opened it; nothing was saved: open it again.</source>
        <translation>Le compte de %1 a été modifié ailleurs depuis que vous l'avez ouvert ; rien n'a été enregistré : rouvrez-le.</translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>Tapez votre identifiant.</translation>
    </message>
    <message>
        <source>This account is deactivated: ask an administrator to reactivate it.</source>
        <translation>Ce compte est désactivé : demandez à un administrateur de le réactiver.</translation>
    </message>
    <message>
        <source>The command-line tool has no password of its own.</source>
        <translation>L'outil en ligne de commande n'a pas de mot de passe à lui.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est faux.</translation>
    </message>
    <message>
        <source>Your account no longer exists.</source>
        <translation>Votre compte n'existe plus.</translation>
    </message>
    <message>
        <source>The command-line tool has no PIN.</source>
        <translation>L'outil en ligne de commande n'a pas de code PIN.</translation>
    </message>
</context>
<context>
    <name>smr::ui::AccountDialog</name>
    <message>
        <source>SMR Desk — first start</source>
        <translation>SMR Desk — premier démarrage</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Account of %1</source>
        <translation>Compte de %1</translation>
    </message>
    <message>
        <source>Name shown *</source>
        <translation>Nom affiché *</translation>
    </message>
    <message>
        <source>e.g. Dr Claire Martin</source>
        <translation>ex. Dr Claire Martin</translation>
    </message>
    <message>
        <source>Login *</source>
        <translation>Identifiant *</translation>
    </message>
    <message>
        <source>e.g. cmartin</source>
        <translation>ex. cmartin</translation>
    </message>
    <message>
        <source>Roles *</source>
        <translation>Rôles *</translation>
    </message>
    <message>
        <source>Password *</source>
        <translation>Mot de passe *</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>au moins %1 caractères</translation>
    </message>
    <message>
        <source>Password again *</source>
        <translation>Mot de passe, à nouveau *</translation>
    </message>
    <message>
        <source>Active account (can sign in)</source>
        <translation>Compte actif (peut se connecter)</translation>
    </message>
    <message>
        <source>&amp;Create the account</source>
        <translation>&amp;Créer le compte</translation>
    </message>
    <message>
        <source>Welcome to SMR Desk</source>
        <translation>Bienvenue dans SMR Desk</translation>
    </message>
    <message>
        <source>This database has no account yet. Create the account of its administrator: the person who will then create the accounts of the team (Account menu, Accounts). Tick the roles you also have in the unit, for example Physician.</source>
        <translation>Cette base n'a encore aucun compte. Créez le compte de son administrateur : la personne qui créera ensuite les comptes de l'équipe (menu Compte, Comptes). Cochez les rôles que vous avez aussi dans l'unité, par exemple Médecin.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent : tapez deux fois le même mot de passe.</translation>
    </message>
</context>
<context>
    <name>smr::ui::AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;ompte</translation>
    </message>
    <message>
        <source>&amp;Lock the session</source>
        <translation>&amp;Verrouiller la session</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Changer mon &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Choose my &amp;PIN…</source>
        <translation>Choisir mon code &amp;PIN…</translation>
    </message>
    <message>
        <source>Lock &amp;automatically</source>
        <translation>Verrouiller &amp;automatiquement</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation><numerusform>Après %n minute sans utilisation</numerusform><numerusform>Après %n minutes sans utilisation</numerusform></translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation>Co&amp;mptes…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Journal d'audit…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>Personne n'est connecté</translation>
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
        <translation><numerusform>%n décision</numerusform><numerusform>%n décisions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation><numerusform>%n action ouverte</numerusform><numerusform>%n actions ouvertes</numerusform></translation>
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
        <translation>Motif d'admission et antécédents</translation>
    </message>
    <message>
        <source>&amp;Reason for admission *</source>
        <translation>&amp;Motif d'admission *</translation>
    </message>
    <message>
        <source>Referrer's &amp;question</source>
        <translation>&amp;Question de l'adresseur</translation>
    </message>
    <message>
        <source>Medical and surgical &amp;history</source>
        <translation>&amp;Antécédents médicaux et chirurgicaux</translation>
    </message>
    <message>
        <source>Spine surgery</source>
        <translation>Chirurgie du rachis</translation>
    </message>
    <message>
        <source>Date (dd/mm/yyyy)</source>
        <translation>Date (jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>Add a spine surgery</source>
        <translation>Ajouter une chirurgie du rachis</translation>
    </message>
    <message>
        <source>&amp;Comorbidities</source>
        <translation>&amp;Comorbidités</translation>
    </message>
    <message>
        <source>Current &amp;treatments</source>
        <translation>&amp;Traitements en cours</translation>
    </message>
    <message>
        <source>Corticosteroids</source>
        <translation>Corticoïdes</translation>
    </message>
    <message>
        <source>&amp;Analgesics (WHO step)</source>
        <translation>Antal&amp;giques (palier OMS)</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Pain at &amp;rest</source>
        <translation>Douleur au &amp;repos</translation>
    </message>
    <message>
        <source>Pain on &amp;activity</source>
        <translation>Douleur à l'a&amp;ctivité</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Localisation</translation>
    </message>
    <message>
        <source>Radiation to the &amp;leg</source>
        <translation>&amp;Irradiation dans la jambe</translation>
    </message>
    <message>
        <source>Work and social situation, height and weight</source>
        <translation>Situation professionnelle et sociale, taille et poids</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation>&amp;Profession</translation>
    </message>
    <message>
        <source>Sick leave since</source>
        <translation>Arrêt de travail depuis le</translation>
    </message>
    <message>
        <source>Work accident or occupational disease</source>
        <translation>Accident du travail ou maladie professionnelle</translation>
    </message>
    <message>
        <source>Employer in contact with the occupational physician</source>
        <translation>Employeur en lien avec le médecin du travail</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>Vit seul(e)</translation>
    </message>
    <message>
        <source>&amp;Distance home–centre</source>
        <translation>&amp;Distance domicile–centre</translation>
    </message>
    <message>
        <source>Able to drive</source>
        <translation>Peut conduire</translation>
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
        <translation>Drapeaux rouges (HAS 2019)</translation>
    </message>
    <message>
        <source>Yellow, blue and black flags</source>
        <translation>Drapeaux jaunes, bleus et noirs</translation>
    </message>
    <message>
        <source>Exclusion criteria</source>
        <translation>Critères de récusation</translation>
    </message>
    <message>
        <source>Ticked by itself when the BMI is 40 or more.</source>
        <translation>Coché automatiquement quand l'IMC atteint 40.</translation>
    </message>
    <message>
        <source>Why the stay continues despite the criterion</source>
        <translation>Pourquoi le séjour se poursuit malgré le critère</translation>
    </message>
    <message>
        <source>Full or day hospitalisation</source>
        <translation>Hospitalisation complète ou de jour</translation>
    </message>
    <message>
        <source>Comorbidities needing supervision</source>
        <translation>Comorbidités nécessitant une surveillance</translation>
    </message>
    <message>
        <source>Severe pain resistant to treatment</source>
        <translation>Douleur sévère résistante au traitement</translation>
    </message>
    <message>
        <source>To choose</source>
        <translation>À choisir</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>&amp;Mode chosen *</source>
        <translation>&amp;Mode retenu *</translation>
    </message>
    <message>
        <source>Precautions for rehabilitation</source>
        <translation>Précautions pour la rééducation</translation>
    </message>
    <message>
        <source> /min</source>
        <translation> /min</translation>
    </message>
    <message>
        <source>Limb, side, until when</source>
        <translation>Membre, côté, jusqu'à quand</translation>
    </message>
    <message>
        <source>Brace</source>
        <translation>Corset</translation>
    </message>
    <message>
        <source>Which brace, when</source>
        <translation>Quel corset, quand</translation>
    </message>
    <message>
        <source>Fall risk</source>
        <translation>Risque de chute</translation>
    </message>
    <message>
        <source>Osteoporosis</source>
        <translation>Ostéoporose</translation>
    </message>
    <message>
        <source>Maximum heart rate</source>
        <translation>Fréquence cardiaque maximale</translation>
    </message>
    <message>
        <source>Maximum blood pressure</source>
        <translation>Pression artérielle maximale</translation>
    </message>
    <message>
        <source>Weight-bearing</source>
        <translation>Appui</translation>
    </message>
    <message>
        <source>Lifting limit</source>
        <translation>Limite de port de charge</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Complex medical profile</source>
        <translation>Profil médical complexe</translation>
    </message>
    <message>
        <source>Cognitive or psychiatric disorder</source>
        <translation>Trouble cognitif ou psychiatrique</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Incapacité</translation>
    </message>
    <message>
        <source>Level-2 profiles</source>
        <translation>Profils de niveau 2</translation>
    </message>
    <message>
        <source>&amp;Orientation chosen *</source>
        <translation>&amp;Orientation retenue *</translation>
    </message>
    <message>
        <source>Height, weight</source>
        <translation>Taille, poids</translation>
    </message>
    <message>
        <source>&amp;Fatigability</source>
        <translation>&amp;Fatigabilité</translation>
    </message>
    <message>
        <source>Tires quickly on effort: weighs on the orientation and on the groups.</source>
        <translation>Se fatigue vite à l'effort : compte pour l'orientation et pour les groupes.</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Required when the orientation chosen is not the one suggested</source>
        <translation>Obligatoire si l'orientation choisie n'est pas celle suggérée</translation>
    </message>
    <message>
        <source>Reason, &amp;note</source>
        <translation>Motif, &amp;note</translation>
    </message>
    <message>
        <source>Sick leave since: %1</source>
        <translation>Arrêt de travail depuis : %1</translation>
    </message>
    <message>
        <source>Spine surgery, line %1: "%2" is not a date: type it as DD/MM/YYYY, for example 12/03/2019.</source>
        <translation>Chirurgie du rachis, ligne %1 : « %2 » n'est pas une date : saisissez-la sous la forme JJ/MM/AAAA, par exemple 12/03/2019.</translation>
    </message>
</context>
<context>
    <name>smr::ui::AssessmentTab</name>
    <message>
        <source>Save the &amp;draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation>&amp;Nouvelle version…</translation>
    </message>
    <message>
        <source>Ctrl+S also saves the draft.</source>
        <translation>Ctrl+S enregistre aussi le brouillon.</translation>
    </message>
    <message>
        <source>Baseline tests with no result in this stay:</source>
        <translation>Tests de référence sans résultat dans ce séjour :</translation>
    </message>
    <message>
        <source>Version %1 signed by %2 on %3: read-only.</source>
        <translation>Version %1 signée par %2 le %3 : lecture seule.</translation>
    </message>
    <message>
        <source>New admission assessment: not saved yet.</source>
        <translation>Nouveau bilan d'admission : pas encore enregistré.</translation>
    </message>
    <message>
        <source>Version %1, draft (reason for the new version: %2).</source>
        <translation>Version %1, brouillon (motif de la nouvelle version : %2).</translation>
    </message>
    <message>
        <source>Draft, not signed.</source>
        <translation>Brouillon, non signé.</translation>
    </message>
    <message>
        <source>BMI: enter the height and the weight</source>
        <translation>IMC : saisissez la taille et le poids</translation>
    </message>
    <message>
        <source>Exclusion criterion present: %1. Justify below why the stay continues; the assessment cannot be signed without it.</source>
        <translation>Critère de récusation présent : %1. Justifiez ci-dessous la poursuite du séjour ; le bilan ne peut pas être signé sans cela.</translation>
    </message>
    <message>
        <source>%1: no indication of full hospitalisation.</source>
        <translation>%1 : aucune indication d'hospitalisation complète.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>No suggestion yet: enter the Dallas, Oswestry and STarT Back questionnaires.</source>
        <translation>Pas encore de suggestion : saisissez les questionnaires Dallas, Oswestry et STarT Back.</translation>
    </message>
    <message>
        <source>Without %1 yet.</source>
        <translation>Sans %1 pour l'instant.</translation>
    </message>
    <message>
        <source>Red flag: %1. Record what was done about it (imaging, referral) under the red flags.</source>
        <translation>Drapeau rouge : %1. Notez ce qui a été fait (imagerie, avis spécialisé) sous les drapeaux rouges.</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1 : %2 (%3, %4)</translation>
    </message>
    <message>
        <source>What was done about "%1"</source>
        <translation>Ce qui a été fait pour « %1 »</translation>
    </message>
    <message>
        <source>Record the action</source>
        <translation>Enregistrer l'action</translation>
    </message>
    <message>
        <source>Enter this test now</source>
        <translation>Saisir ce test maintenant</translation>
    </message>
    <message>
        <source>Sign the admission assessment</source>
        <translation>Signer le bilan d'admission</translation>
    </message>
    <message>
        <source>Once signed, the assessment can no longer be changed; a later change will be a new version with its reason. Sign it now?</source>
        <translation>Une fois signé, le bilan ne peut plus être modifié ; une modification ultérieure sera une nouvelle version avec son motif. Signer maintenant ?</translation>
    </message>
    <message>
        <source>New version of the admission assessment</source>
        <translation>Nouvelle version du bilan d'admission</translation>
    </message>
    <message>
        <source>Reason for the new version:</source>
        <translation>Motif de la nouvelle version :</translation>
    </message>
    <message>
        <source>BMI %1 kg/m² — %2</source>
        <translation>IMC %1 kg/m² — %2</translation>
    </message>
    <message>
        <source>Suggestion when signed: %1: %2.</source>
        <translation>Suggestion à la signature : %1 : %2.</translation>
    </message>
</context>
<context>
    <name>smr::ui::AttendeesDialog</name>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Add someone with an account…</source>
        <translation>Ajouter une personne ayant un compte…</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>Ajouter une &amp;personne</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>The attendees and their disciplines appear in the minutes.</source>
        <translation>Les participants et leur discipline figurent au compte rendu.</translation>
    </message>
</context>
<context>
    <name>smr::ui::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Tous les patients</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Every change is recorded here with its author and can never be altered. Scroll down to read older entries.</source>
        <translation>Chaque modification est inscrite ici avec son auteur et ne peut jamais être altérée. Faites défiler vers le bas pour lire les entrées plus anciennes.</translation>
    </message>
</context>
<context>
    <name>smr::ui::AuditModel</name>
    <message numerus="yes">
        <source>%1 and %n other field(s)</source>
        <translation><numerusform>%1 et %n autre champ</numerusform><numerusform>%1 et %n autres champs</numerusform></translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
</context>
<context>
    <name>smr::ui::CarePlanForm</name>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Each goal measurable where possible: ODI −30 % of the baseline, 6-minute walk +50 m, Berg 45 or more, a return-to-work date.</source>
        <translation>Chaque objectif mesurable si possible : ODI −30 % de la valeur initiale, test de marche de 6 minutes +50 m, Berg 45 ou plus, une date de reprise du travail.</translation>
    </message>
    <message>
        <source>&amp;Add a goal</source>
        <translation>&amp;Ajouter un objectif</translation>
    </message>
    <message>
        <source>Disciplines and sessions a week</source>
        <translation>Disciplines et séances par semaine</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuelles</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collectives</translation>
    </message>
    <message>
        <source> / week</source>
        <translation> / sem.</translation>
    </message>
    <message>
        <source>* the therapies of décret n° 2022-25.</source>
        <translation>* les thérapies du décret n° 2022-25.</translation>
    </message>
    <message>
        <source>Reason for the shortfall (required to save a plan short of the decree)</source>
        <translation>Motif de l'écart (obligatoire pour enregistrer un projet en deçà du décret)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>In a &amp;week</source>
        <translation>Dans une &amp;semaine</translation>
    </message>
    <message>
        <source>The weekly review: a week from today</source>
        <translation>La réévaluation hebdomadaire : dans une semaine</translation>
    </message>
    <message>
        <source>Agreed &amp;today</source>
        <translation>Accord au&amp;jourd'hui</translation>
    </message>
    <message>
        <source>Planned &amp;duration</source>
        <translation>&amp;Durée prévue</translation>
    </message>
    <message>
        <source>Next &amp;review</source>
        <translation>Prochaine &amp;réévaluation</translation>
    </message>
    <message>
        <source>Patient's a&amp;greement on</source>
        <translation>Accord du &amp;patient le</translation>
    </message>
    <message>
        <source>recorded by %1</source>
        <translation>enregistré par %1</translation>
    </message>
    <message>
        <source>Total: %1 sessions a week (%2 individual, %3 collective); %4 therapies of the decree.</source>
        <translation>Total : %1 séances par semaine (%2 individuelles, %3 collectives) ; %4 thérapie(s) du décret.</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Prochaine réévaluation : %1</translation>
    </message>
    <message>
        <source>Agreement: %1</source>
        <translation>Accord : %1</translation>
    </message>
    <message>
        <source>✔ Meets the minimum of décret n° 2022-25 in %1.</source>
        <translation>✔ Conforme au minimum du décret n° 2022-25 en %1.</translation>
    </message>
    <message>
        <source>⚠ Short of the minimum of décret n° 2022-25 in %1:</source>
        <translation>⚠ En deçà du minimum du décret n° 2022-25 en %1 :</translation>
    </message>
</context>
<context>
    <name>smr::ui::CarePlanTab</name>
    <message>
        <source>&amp;Save the plan</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <source>Ctrl+S also saves the plan.</source>
        <translation>Ctrl+S enregistre aussi le projet.</translation>
    </message>
    <message>
        <source>No care plan yet for this stay: not saved.</source>
        <translation>Pas encore de projet de soins pour ce séjour : non enregistré.</translation>
    </message>
    <message>
        <source>Care plan, version %1.</source>
        <translation>Projet de soins, version %1.</translation>
    </message>
    <message>
        <source>⚠ Review due since %1.</source>
        <translation>⚠ Réévaluation attendue depuis le %1.</translation>
    </message>
    <message>
        <source>Next review on %1.</source>
        <translation>Prochaine réévaluation le %1.</translation>
    </message>
    <message>
        <source>The patient's agreement is not recorded yet.</source>
        <translation>L'accord du patient n'est pas encore enregistré.</translation>
    </message>
    <message>
        <source>&amp;Validate the plan</source>
        <translation>&amp;Valider le projet</translation>
    </message>
    <message>
        <source>Saves what is typed, then records your validation of the plan as a physician. A later change asks for it again.</source>
        <translation>Enregistre la saisie, puis votre validation du projet en tant que médecin. Une modification ultérieure demande une nouvelle validation.</translation>
    </message>
    <message>
        <source>✔ Validated by %1 on %2.</source>
        <translation>✔ Validé par %1 le %2.</translation>
    </message>
    <message>
        <source>⚠ Changed since its validation by %1 on %2 (version %3): to be validated again.</source>
        <translation>⚠ Modifié depuis sa validation par %1 le %2 (version %3) : à valider de nouveau.</translation>
    </message>
    <message>
        <source>Not validated by a physician yet.</source>
        <translation>Pas encore validé par un médecin.</translation>
    </message>
</context>
<context>
    <name>smr::ui::CensusModel</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n an</numerusform><numerusform>%n ans</numerusform></translation>
    </message>
    <message>
        <source>No stay</source>
        <translation>Aucun séjour</translation>
    </message>
    <message>
        <source>%1
Born on %2 · IPP %3</source>
        <translation>%1
Date de naissance : %2 · IPP %3</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Séjour</translation>
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
        <translation>Rechercher : nom, IPP ou date de naissance (Ctrl+F)</translation>
    </message>
    <message>
        <source>Current stays</source>
        <translation>Séjours en cours</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Tous les patients</translation>
    </message>
    <message>
        <source>HC and HTP</source>
        <translation>HC et HTP</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Toutes les unités</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (fermée)</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found</source>
        <translation><numerusform>%n patient trouvé</numerusform><numerusform>%n patients trouvés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n current stay(s)</source>
        <translation><numerusform>%n séjour en cours</numerusform><numerusform>%n séjours en cours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation><numerusform>%n patient</numerusform><numerusform>%n patients</numerusform></translation>
    </message>
    <message>
        <source>More than %1 patients found: type more letters</source>
        <translation>Plus de %1 patients trouvés : tapez quelques lettres de plus</translation>
    </message>
</context>
<context>
    <name>smr::ui::ChartView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Exporter en &amp;SVG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>Export the chart as SVG</source>
        <translation>Exporter le graphique en SVG</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
</context>
<context>
    <name>smr::ui::ConflictDialog</name>
    <message>
        <source>Changed on another workstation</source>
        <translation>Modifié sur un autre poste</translation>
    </message>
    <message>
        <source>While you were editing, another workstation saved a change to %1.</source>
        <translation>Pendant votre saisie, un autre poste a enregistré une modification de %1.</translation>
    </message>
    <message>
        <source>Nothing has been overwritten. Compare both versions, choose, then save.</source>
        <translation>Rien n'a été écrasé. Comparez les deux versions, choisissez, puis enregistrez.</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Modifié des deux côtés</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>Votre saisie</translation>
    </message>
    <message>
        <source>The other workstation's</source>
        <translation>Celle de l'autre poste</translation>
    </message>
    <message>
        <source>Keep both (theirs, then yours)</source>
        <translation>Garder les deux (l'autre, puis la vôtre)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Kept as the other workstation saved it:</source>
        <translation>Gardé comme l'autre poste l'a enregistré :</translation>
    </message>
    <message>
        <source>Kept as you typed it:</source>
        <translation>Gardé comme vous l'avez saisi :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Back to the form with these values</source>
        <translation>&amp;Revenir au formulaire avec ces valeurs</translation>
    </message>
</context>
<context>
    <name>smr::ui::DateField</name>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>"%1" is not a date: type it as DD/MM/YYYY, for example 12/03/1956.</source>
        <translation>« %1 » n'est pas une date : saisissez-la sous la forme JJ/MM/AAAA, par exemple 12/03/1956.</translation>
    </message>
</context>
<context>
    <name>smr::ui::DecisionsPanel</name>
    <message>
        <source>&amp;Withdraw the decision</source>
        <translation>&amp;Retirer la décision</translation>
    </message>
    <message>
        <source>Record the &amp;decision</source>
        <translation>Enregistrer la &amp;décision</translation>
    </message>
    <message>
        <source>Add the &amp;action</source>
        <translation>Ajouter l'&amp;action</translation>
    </message>
    <message>
        <source>Details, or to whom the patient is referred</source>
        <translation>Précisions, ou vers qui le patient est orienté</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Ce qui est à faire</translation>
    </message>
    <message>
        <source>Due date (optional)</source>
        <translation>Échéance (facultative)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Open actions come back at every meeting until they are ticked done.</source>
        <translation>Les actions ouvertes reviennent à chaque réunion jusqu'à ce qu'elles soient cochées comme faites.</translation>
    </message>
    <message>
        <source>To whom the patient is referred</source>
        <translation>Vers qui le patient est orienté</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>La décision</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Précisions (facultatives)</translation>
    </message>
    <message>
        <source>No decision at the previous meeting.</source>
        <translation>Aucune décision à la réunion précédente.</translation>
    </message>
    <message>
        <source>At the previous meeting:</source>
        <translation>À la réunion précédente :</translation>
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
        <translation>SMR Desk — serveur</translation>
    </message>
    <message>
        <source>%1

Password of the database for %2:</source>
        <translation>%1

Mot de passe de la base pour %2 :</translation>
    </message>
    <message>
        <source>SMR Desk cannot start</source>
        <translation>SMR Desk ne peut pas démarrer</translation>
    </message>
    <message>
        <source>SMR Desk — damaged database</source>
        <translation>SMR Desk — base de données endommagée</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: SMR Desk cannot use it as it is.

%2

Nothing has been changed in it. You can put a backup in its place; the damaged file is kept beside it under another name.</source>
        <translation>Le fichier de base de données %1 est endommagé : SMR Desk ne peut pas l'utiliser tel quel.

%2

Rien n'y a été modifié. Vous pouvez mettre une sauvegarde à sa place ; le fichier endommagé est conservé à côté, sous un autre nom.</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Choisir la sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>SMR Desk backups (*.sqlite)</source>
        <translation>Sauvegardes SMR Desk (*.sqlite)</translation>
    </message>
    <message>
        <source>The damaged file could not be moved aside (%1): check the folder's permissions.</source>
        <translation>Le fichier endommagé n'a pas pu être mis de côté (%1) : vérifiez les droits du dossier.</translation>
    </message>
    <message>
        <source>The backup %1 is back in place. The damaged file is kept as %2.</source>
        <translation>La sauvegarde %1 est remise en place. Le fichier endommagé est conservé sous le nom %2.</translation>
    </message>
    <message>
        <source>SMR Desk</source>
        <translation>SMR Desk</translation>
    </message>
    <message>
        <source>Save a backup of the database before leaving?

Backups go to %1; the last %2 are kept. File › Settings › Backup on exit chooses whether to ask.</source>
        <translation>Enregistrer une sauvegarde de la base avant de quitter ?

Les sauvegardes vont dans %1 ; les %2 dernières sont conservées. Fichier › Paramètres › Sauvegarde en quittant choisit s'il faut demander.</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>Enregistrer la sauvegarde</translation>
    </message>
    <message>
        <source>Backup not saved</source>
        <translation>Sauvegarde non enregistrée</translation>
    </message>
</context>
<context>
    <name>smr::ui::DisciplinesDialog</name>
    <message>
        <source>Disciplines of the meeting</source>
        <translation>Disciplines de la réunion</translation>
    </message>
    <message>
        <source>Discipline (ticked: shown at the meeting)</source>
        <translation>Discipline (cochée : présente en réunion)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Each ticked discipline has its note for every patient, in this order. Rename one by editing its name; untick it to hide it.</source>
        <translation>Chaque discipline cochée a sa note pour chaque patient, dans cet ordre. Renommez-en une en modifiant son nom ; décochez-la pour la masquer.</translation>
    </message>
</context>
<context>
    <name>smr::ui::DocumentEditorDialog</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Te&amp;xt (generated from the record: complete it, correct it)</source>
        <translation>Te&amp;xte (rédigé à partir du dossier : complétez-le, corrigez-le)</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Saves the text as a draft (Ctrl+S)</source>
        <translation>Enregistre le texte comme brouillon (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Write again from the record</source>
        <translation>&amp;Rédiger de nouveau à partir du dossier</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Prints the document (Ctrl+P)</source>
        <translation>Imprime le document (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finaliser…</translation>
    </message>
    <message>
        <source>Stores this version with its PDF; it will never change. A new version can follow.</source>
        <translation>Enregistre cette version avec son PDF ; elle ne changera plus. Une nouvelle version peut suivre.</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>&amp;Nouvelle version</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), as printed</source>
        <translation><numerusform>%n page, telle qu'imprimée</numerusform><numerusform>%n pages, telles qu'imprimées</numerusform></translation>
    </message>
    <message>
        <source>Version %1, finalised by %2 on %3: it never changes.</source>
        <translation>Version %1, finalisée par %2 le %3 : elle ne change plus.</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Modifications pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Draft saved on %1 at %2.</source>
        <translation>Brouillon enregistré le %1 à %2.</translation>
    </message>
    <message>
        <source>Written from the record; not saved yet.</source>
        <translation>Rédigé à partir du dossier ; pas encore enregistré.</translation>
    </message>
    <message>
        <source>No letterhead is set: File › Settings › Letterhead.</source>
        <translation>Aucun en-tête n'est défini : Fichier › Paramètres › En-tête et signature.</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Brouillon non enregistré</translation>
    </message>
    <message>
        <source>Write again from the record</source>
        <translation>Rédiger de nouveau à partir du dossier</translation>
    </message>
    <message>
        <source>The text will be written again from the record as it is now: what you typed in it is replaced. Go on?</source>
        <translation>Le texte va être rédigé de nouveau à partir du dossier tel qu'il est : ce que vous y avez saisi est remplacé. Continuer ?</translation>
    </message>
    <message>
        <source>Write again</source>
        <translation>Rédiger de nouveau</translation>
    </message>
    <message>
        <source>Nothing written</source>
        <translation>Rien n'a été rédigé</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF non enregistré</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>Le PDF n'a pas pu être écrit dans %1 : %2</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <source>Finalise version %1 of the %2? It is stored with its PDF and never changes again; a new version can follow.</source>
        <translation>Finaliser la version %1 de la %2 ? Elle est enregistrée avec son PDF et ne changera plus ; une nouvelle version peut suivre.</translation>
    </message>
    <message>
        <source>Not finalised</source>
        <translation>Non finalisé</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalisé</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 of the %2 is finalised (%n page(s)).</source>
        <translation><numerusform>La version %1 de la %2 est finalisée (%n page).</numerusform><numerusform>La version %1 de la %2 est finalisée (%n pages).</numerusform></translation>
    </message>
    <message>
        <source>Starts the next version from this one's text</source>
        <translation>Commence la version suivante à partir du texte de celle-ci</translation>
    </message>
</context>
<context>
    <name>smr::ui::DocumentsTab</name>
    <message>
        <source>No document for this stay yet.</source>
        <translation>Aucun document pour ce séjour pour l'instant.</translation>
    </message>
    <message>
        <source>&amp;Admission report…</source>
        <translation>&amp;Bilan d'admission…</translation>
    </message>
    <message>
        <source>&amp;Discharge letter…</source>
        <translation>&amp;Lettre de liaison…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
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
        <translation>Par</translation>
    </message>
    <message>
        <source>No stay: documents are written for a stay.</source>
        <translation>Aucun séjour : les documents se rédigent pour un séjour.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
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
        <translation>Ce &amp;séjour</translation>
    </message>
    <message>
        <source>This &amp;patient, every stay</source>
        <translation>Ce &amp;patient, tous ses séjours</translation>
    </message>
    <message>
        <source>A &amp;unit over a period</source>
        <translation>Une &amp;unité sur une période</translation>
    </message>
    <message>
        <source>Add a &amp;BOM (spreadsheets)</source>
        <translation>Ajouter un &amp;BOM (tableurs)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>This &amp;stay: %1, admitted on %2 (%3)</source>
        <translation>Ce &amp;séjour : %1, admission le %2 (%3)</translation>
    </message>
    <message>
        <source>This &amp;patient, every stay: %1</source>
        <translation>Ce &amp;patient, tous ses séjours : %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>The results performed on these days, both included.</source>
        <translation>Les tests passés ces jours-là, les deux jours compris.</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Que faut-il exporter ?</translation>
    </message>
    <message>
        <source>Spreadsheet software needs it to read accented letters right.</source>
        <translation>Les tableurs en ont besoin pour lire correctement les lettres accentuées.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The CSV holds neither names nor birth dates: the IPP and the numbers of stays and results lead back to the record. The FHIR bundle carries the patient's identity, for the establishment's FHIR server.</source>
        <translation>Le CSV ne contient ni nom ni date de naissance : l'IPP et les numéros de séjour et de résultat renvoient au dossier. Le paquet FHIR porte l'identité du patient, pour le serveur FHIR de l'établissement.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>FHIR bundles (*.json)</source>
        <translation>Paquets FHIR (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be created: %2</source>
        <translation>Le fichier %1 n'a pas pu être créé : %2</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Rien n'a été exporté : %1</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Le fichier %1 n'a pas pu être écrit : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) exported to %1.</source>
        <translation><numerusform>%n résultat exporté dans %1.</numerusform><numerusform>%n résultats exportés dans %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>smr::ui::FieldsForm</name>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>"—": not given</source>
        <translation>« — » : non renseigné</translation>
    </message>
    <message>
        <source>"%1" is not a number.</source>
        <translation>« %1 » n'est pas un nombre.</translation>
    </message>
    <message>
        <source>"%1" is not a whole number.</source>
        <translation>« %1 » n'est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Give more than %1 and at most %2%3.</source>
        <translation>Donnez plus de %1 et au plus %2%3.</translation>
    </message>
    <message>
        <source>Give a value from %1 to %2%3.</source>
        <translation>Donnez une valeur de %1 à %2%3.</translation>
    </message>
    <message>
        <source>The stored value "%1" is not one of the choices.</source>
        <translation>La valeur enregistrée « %1 » ne fait pas partie des choix.</translation>
    </message>
</context>
<context>
    <name>smr::ui::GoalRow</name>
    <message>
        <source>Achieved on</source>
        <translation>Atteint le</translation>
    </message>
    <message>
        <source>by</source>
        <translation>avant le</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this goal from the plan</source>
        <translation>Retirer cet objectif du projet</translation>
    </message>
    <message>
        <source>What is aimed at, in words (required when not measured)</source>
        <translation>Ce qui est visé, en mots (obligatoire si non mesuré)</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Réévaluation le</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Lower is better for this measure.</source>
        <translation>Plus bas vaut mieux pour cette mesure.</translation>
    </message>
    <message>
        <source>Higher is better for this measure.</source>
        <translation>Plus haut vaut mieux pour cette mesure.</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Objectif %1 : %2</translation>
    </message>
</context>
<context>
    <name>smr::ui::GroupingDialog</name>
    <message>
        <source>&amp;Move to…</source>
        <translation>Dé&amp;placer vers…</translation>
    </message>
    <message>
        <source>&amp;Back to the suggested group</source>
        <translation>&amp;Revenir au groupe suggéré</translation>
    </message>
    <message>
        <source>Groups for collective sessions</source>
        <translation>Groupes de séances collectives</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (fermée)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unité</translation>
    </message>
    <message>
        <source>&amp;Week from</source>
        <translation>&amp;Semaine du</translation>
    </message>
    <message>
        <source>Select a patient, then move them (Enter, the button or the context menu). Groups follow the latest Dallas questionnaire until the team chooses.</source>
        <translation>Sélectionnez un patient puis déplacez-le (Entrée, le bouton ou le menu contextuel). Les groupes suivent le dernier questionnaire Dallas tant que l'équipe n'en a pas choisi un autre.</translation>
    </message>
    <message>
        <source>to %1 %2</source>
        <translation>au %1 %2</translation>
    </message>
    <message>
        <source>Moving a patient needs the right to manage meetings.</source>
        <translation>Déplacer un patient demande le droit « gérer les réunions de synthèse ».</translation>
    </message>
</context>
<context>
    <name>smr::ui::InstrumentCardView</name>
    <message>
        <source>Enter…</source>
        <translation>Saisir…</translation>
    </message>
    <message>
        <source>No result in this stay.</source>
        <translation>Aucun résultat dans ce séjour.</translation>
    </message>
    <message>
        <source>Enter a %1 for this stay.</source>
        <translation>Saisir un %1 pour ce séjour.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n result(s)</source>
        <translation><numerusform>%1 · %n résultat</numerusform><numerusform>%1 · %n résultats</numerusform></translation>
    </message>
    <message>
        <source>Since admission:</source>
        <translation>Depuis l'admission :</translation>
    </message>
    <message>
        <source>Since the previous:</source>
        <translation>Depuis le précédent :</translation>
    </message>
    <message>
        <source>First result of the stay.</source>
        <translation>Premier résultat du séjour.</translation>
    </message>
</context>
<context>
    <name>smr::ui::ItemProgressStrip</name>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Item %1 / %2</source>
        <translation>Item %1 / %2</translation>
    </message>
    <message>
        <source>Item %1: answered</source>
        <translation>Item %1 : répondu</translation>
    </message>
    <message>
        <source>Item %1: no answer given on purpose</source>
        <translation>Item %1 : sans réponse, volontairement</translation>
    </message>
    <message>
        <source>Item %1: to correct</source>
        <translation>Item %1 : à corriger</translation>
    </message>
    <message>
        <source>Item %1: not answered</source>
        <translation>Item %1 : sans réponse</translation>
    </message>
</context>
<context>
    <name>smr::ui::Keypad</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
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
        <translation>Votre rôle ne donne pas le droit de %1.</translation>
    </message>
</context>
<context>
    <name>smr::ui::LetterPad</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>First letters of the name</source>
        <translation>Premières lettres du nom</translation>
    </message>
</context>
<context>
    <name>smr::ui::LetterheadDialog</name>
    <message>
        <source>Letterhead and signature</source>
        <translation>En-tête et signature</translation>
    </message>
    <message>
        <source>9 characters, e.g. 690000123</source>
        <translation>9 caractères, p. ex. 690000123</translation>
    </message>
    <message>
        <source>e.g. Confidential — medical secrecy</source>
        <translation>p. ex. Confidentiel — secret médical</translation>
    </message>
    <message>
        <source>e.g. Physical medicine and rehabilitation</source>
        <translation>p. ex. Médecine physique et de réadaptation</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 chiffres</translation>
    </message>
    <message>
        <source>Establishment's letterhead (every document)</source>
        <translation>En-tête de l'établissement (tous les documents)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;FINESS number</source>
        <translation>Numéro &amp;FINESS</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>F&amp;ooter</source>
        <translation>&amp;Pied de page</translation>
    </message>
    <message>
        <source>Choose a &amp;logo…</source>
        <translation>Choisir un &amp;logo…</translation>
    </message>
    <message>
        <source>&amp;Remove the logo</source>
        <translation>&amp;Retirer le logo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>The secretariat or an administrator sets the letterhead.</source>
        <translation>Le secrétariat ou un administrateur définit l'en-tête.</translation>
    </message>
    <message>
        <source>My signature block (letters and reports I sign)</source>
        <translation>Mon bloc de signature (lettres et comptes rendus que je signe)</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>&amp;Qualification</source>
        <translation>&amp;Qualification</translation>
    </message>
    <message>
        <source>&amp;RPPS number</source>
        <translation>Numéro &amp;RPPS</translation>
    </message>
    <message>
        <source>Other &amp;line</source>
        <translation>Autre &amp;ligne</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
</context>
<context>
    <name>smr::ui::LockScreen</name>
    <message>
        <source>SMR Desk — locked</source>
        <translation>SMR Desk — verrouillé</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Session verrouillée</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Change user</source>
        <translation>&amp;Changer d'utilisateur</translation>
    </message>
    <message>
        <source>Ends %1's session; drafts of test results are kept.</source>
        <translation>Termine la session de %1 ; les brouillons de résultats sont conservés.</translation>
    </message>
    <message>
        <source>Type your PIN to continue.</source>
        <translation>Tapez votre code PIN pour continuer.</translation>
    </message>
    <message>
        <source>Type your password to continue.</source>
        <translation>Tapez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: type your password to continue.</source>
        <translation>Trop de codes PIN faux : tapez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code PIN faux.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe faux.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
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
        <translation>Choisissez un patient dans la liste, ou recherchez-le par nom, IPP ou date de naissance (Ctrl+F).</translation>
    </message>
    <message>
        <source>Local database: %1</source>
        <translation>Base locale : %1</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Aujourd'hui : %1</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>&amp;Find a patient</source>
        <translation>&amp;Rechercher un patient</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Modifier le patient…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>&amp;Enregistrer les notes</translation>
    </message>
    <message>
        <source>&amp;Open a stay…</source>
        <translation>&amp;Ouvrir un séjour…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Edit the &amp;stay…</source>
        <translation>Modifier le &amp;séjour…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Confirm the &amp;admission…</source>
        <translation>Confirmer l'&amp;admission…</translation>
    </message>
    <message>
        <source>Record the &amp;discharge…</source>
        <translation>Enregistrer la &amp;sortie…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Cancel the stay…</source>
        <translation>&amp;Annuler le séjour…</translation>
    </message>
    <message>
        <source>Load &amp;demonstration data…</source>
        <translation>Charger des données de &amp;démonstration…</translation>
    </message>
    <message>
        <source>&amp;Units…</source>
        <translation>&amp;Unités…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About SMR Desk</source>
        <translation>À &amp;propos de SMR Desk</translation>
    </message>
    <message>
        <source>About SMR Desk</source>
        <translation>À propos de SMR Desk</translation>
    </message>
    <message>
        <source>SMR Desk %1
The physician's desk of SMR rehabilitation units.
Free software under the GNU GPL, version 3 or later.</source>
        <translation>SMR Desk %1
Le bureau du médecin des unités de soins médicaux et de réadaptation.
Logiciel libre sous licence GNU GPL, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Séjour</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>The notes of %1</source>
        <translation>Les notes de %1</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message numerus="yes">
        <source>%n fictitious patient(s) loaded.</source>
        <translation><numerusform>%n patient fictif chargé.</numerusform><numerusform>%n patients fictifs chargés.</numerusform></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Connecté : %1</translation>
    </message>
    <message>
        <source>&amp;Backup on exit</source>
        <translation>&amp;Sauvegarde en quittant</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <source>A&amp;lways</source>
        <translation>&amp;Toujours</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Jamais</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Se reconnecter</translation>
    </message>
    <message>
        <source>Connection to the server lost: nothing can be saved until it is back.</source>
        <translation>Connexion au serveur perdue : rien ne peut être enregistré avant son retour.</translation>
    </message>
    <message>
        <source>The server is still unreachable: try again in a moment.</source>
        <translation>Le serveur est toujours injoignable : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>&amp;Groups for collective sessions…</source>
        <translation>&amp;Groupes de séances collectives…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unité</translation>
    </message>
    <message>
        <source>&amp;Progress of the unit…</source>
        <translation>&amp;Progression de l'unité…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>&amp;Weekly meeting…</source>
        <translation>&amp;Réunion de synthèse…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Tablet mode (gym)</source>
        <translation>Mode &amp;tablette (plateau technique)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Admission &amp;report…</source>
        <translation>&amp;Bilan d'admission…</translation>
    </message>
    <message>
        <source>Discharge &amp;letter…</source>
        <translation>&amp;Lettre de liaison…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Letterhead and signature…</source>
        <translation>&amp;En-tête et signature…</translation>
    </message>
    <message>
        <source>On-call &amp;notes…</source>
        <translation>Consignes d'astrein&amp;te…</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>E&amp;xporter les résultats…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>On-call &amp;sheet…</source>
        <translation>Fiche d'a&amp;streinte…</translation>
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
        <translation>Depuis la réunion précédente</translation>
    </message>
    <message>
        <source>Notes of the disciplines</source>
        <translation>Notes des disciplines</translation>
    </message>
    <message>
        <source>Medical issues</source>
        <translation>Problèmes médicaux</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>Cette réunion</translation>
    </message>
    <message>
        <source>Previous meeting</source>
        <translation>Réunion précédente</translation>
    </message>
    <message>
        <source>No patient on the agenda.</source>
        <translation>Aucun patient à l'ordre du jour.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>planned discharge %1</source>
        <translation>sortie prévue le %1</translation>
    </message>
    <message>
        <source>Tests taken after %1:</source>
        <translation>Tests passés après le %1 :</translation>
    </message>
    <message>
        <source>No test taken since %1.</source>
        <translation>Aucun test passé depuis le %1.</translation>
    </message>
    <message>
        <source>Write the note…</source>
        <translation>Écrire la note…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The note of %1 was not saved: %2</source>
        <translation>La note de %1 n'a pas été enregistrée : %2</translation>
    </message>
    <message>
        <source>The medical issues were not saved: %1</source>
        <translation>Les problèmes médicaux n'ont pas été enregistrés : %1</translation>
    </message>
    <message>
        <source>Tests of the stay (the patient's first meeting):</source>
        <translation>Tests du séjour (première réunion pour ce patient) :</translation>
    </message>
    <message>
        <source>No test in the stay yet.</source>
        <translation>Aucun test dans le séjour pour l'instant.</translation>
    </message>
</context>
<context>
    <name>smr::ui::MeetingWindow</name>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;Nouvelle réunion</translation>
    </message>
    <message>
        <source>A&amp;ttendees…</source>
        <translation>Par&amp;ticipants…</translation>
    </message>
    <message>
        <source>&amp;Start the meeting</source>
        <translation>&amp;Ouvrir la séance</translation>
    </message>
    <message>
        <source>C&amp;lose and sign…</source>
        <translation>C&amp;lore et signer…</translation>
    </message>
    <message>
        <source>Re&amp;open for a correction…</source>
        <translation>Rou&amp;vrir pour correction…</translation>
    </message>
    <message>
        <source>D&amp;isciplines…</source>
        <translation>D&amp;isciplines…</translation>
    </message>
    <message>
        <source>&amp;Initials only</source>
        <translation>&amp;Initiales seulement</translation>
    </message>
    <message>
        <source>&amp;Project (F5)</source>
        <translation>&amp;Projeter (F5)</translation>
    </message>
    <message>
        <source>Weekly meeting</source>
        <translation>Réunion de synthèse</translation>
    </message>
    <message>
        <source>For teaching sessions: the slides show initials, no name, birth date or IPP.</source>
        <translation>Pour l'enseignement : les diapositives montrent les initiales, sans nom, date de naissance ni IPP.</translation>
    </message>
    <message>
        <source>Drag a patient, or Alt+Up / Alt+Down, to change the order.</source>
        <translation>Faites glisser un patient, ou Alt+Haut / Alt+Bas, pour changer l'ordre.</translation>
    </message>
    <message>
        <source>Screen %1 (%2 × %3)</source>
        <translation>Écran %1 (%2 × %3)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unité</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>Ré&amp;union</translation>
    </message>
    <message>
        <source>No meeting yet: create one</source>
        <translation>Pas encore de réunion : créez-en une</translation>
    </message>
    <message>
        <source>Closed and signed by %1 on %2 (version %3)</source>
        <translation>Close et signée par %1 le %2 (version %3)</translation>
    </message>
    <message>
        <source>Reopened for a correction: %1</source>
        <translation>Rouverte pour correction : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No attendee named yet.</source>
        <translation>Aucun participant indiqué.</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Présents : %1</translation>
    </message>
    <message>
        <source>Weekly meeting — %1 — %2</source>
        <translation>Réunion de synthèse — %1 — %2</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>Clore la réunion</translation>
    </message>
    <message>
        <source>Close the meeting of %1 and sign it? It can no longer be changed; a correction will make a new version.</source>
        <translation>Clore la réunion du %1 et la signer ? Elle ne pourra plus être modifiée ; une correction en fera une nouvelle version.</translation>
    </message>
    <message>
        <source>Close and sign</source>
        <translation>Clore et signer</translation>
    </message>
    <message>
        <source>Reopen for a correction</source>
        <translation>Rouvrir pour correction</translation>
    </message>
    <message>
        <source>What is corrected, and why:</source>
        <translation>Ce qui est corrigé, et pourquoi :</translation>
    </message>
    <message>
        <source>the meeting's notes</source>
        <translation>les notes de la réunion</translation>
    </message>
    <message>
        <source>&amp;Minutes…</source>
        <translation>&amp;Compte rendu…</translation>
    </message>
    <message>
        <source>The minutes of the closed meeting, to edit, print or finalise</source>
        <translation>Le compte rendu de la réunion close, à relire, imprimer ou finaliser</translation>
    </message>
</context>
<context>
    <name>smr::ui::MoveGroupDialog</name>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>Why the team chooses this group</source>
        <translation>Pourquoi l'équipe choisit ce groupe</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groupe</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Motif *</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <source>%1 is in the group "%2" (%3).</source>
        <translation>%1 est dans le groupe « %2 » (%3).</translation>
    </message>
</context>
<context>
    <name>smr::ui::OnCallNotesDialog</name>
    <message>
        <source>On-call notes — %1</source>
        <translation>Consignes d'astreinte — %1</translation>
    </message>
    <message>
        <source>Key &amp;medical issues</source>
        <translation>Problèmes &amp;médicaux principaux</translation>
    </message>
    <message>
        <source>e.g. Atrial fibrillation on anticoagulant; type 2 diabetes on insulin</source>
        <translation>Ex. : Fibrillation atriale sous anticoagulant ; diabète de type 2 sous insuline</translation>
    </message>
    <message>
        <source>&amp;Treatments to watch</source>
        <translation>&amp;Traitements à surveiller</translation>
    </message>
    <message>
        <source>e.g. Apixaban 5 mg twice a day; insulin at night</source>
        <translation>Ex. : Apixaban 5 mg matin et soir ; insuline le soir</translation>
    </message>
    <message>
        <source>"&amp;If … then …" instructions</source>
        <translation>Consignes « &amp;si … alors … »</translation>
    </message>
    <message>
        <source>e.g. If chest pain: ECG, call the emergency number (15)</source>
        <translation>Ex. : Si douleur thoracique : ECG, appel du 15</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the on-call notes (Ctrl+S)</source>
        <translation>Enregistrer les consignes d'astreinte (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>What the physician on call at night and at the weekend must know about %1. The unit's on-call sheet prints it.</source>
        <translation>Ce que le médecin d'astreinte de nuit et de week-end doit savoir de %1. La fiche d'astreinte de l'unité l'imprime.</translation>
    </message>
    <message>
        <source>No on-call notes yet for %1: prefilled from the latest meeting and the admission assessment. Check them, then save.</source>
        <translation>Pas encore de consignes d'astreinte pour %1 : préremplies d'après la dernière réunion et le bilan d'admission. Vérifiez-les, puis enregistrez.</translation>
    </message>
    <message>
        <source>No on-call notes yet for %1: what must the physician on call at night and at the weekend know?</source>
        <translation>Pas encore de consignes d'astreinte pour %1 : que doit savoir le médecin d'astreinte de nuit et de week-end ?</translation>
    </message>
    <message>
        <source>Only a physician writes the on-call notes (the right to write assessments).</source>
        <translation>Seul un médecin rédige les consignes d'astreinte (droit de rédiger les bilans).</translation>
    </message>
    <message>
        <source>Saved by %1 on %2 at %3.</source>
        <translation>Enregistrées par %1 le %2 à %3.</translation>
    </message>
    <message>
        <source>The on-call notes of %1</source>
        <translation>Les consignes d'astreinte de %1</translation>
    </message>
</context>
<context>
    <name>smr::ui::OnCallSheetDialog</name>
    <message>
        <source>On-call sheet</source>
        <translation>Fiche d'astreinte</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unité</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Write the sheet…</source>
        <translation>&amp;Rédiger la fiche…</translation>
    </message>
    <message>
        <source>The patients in the unit on that day, full hospitalisation first, with their on-call notes (Stay › On-call notes…), red flags and precautions.</source>
        <translation>Les patients présents dans l'unité ce jour-là, hospitalisation complète d'abord, avec leurs consignes d'astreinte (Séjour › Consignes d'astreinte…), drapeaux rouges et précautions.</translation>
    </message>
    <message>
        <source>No unit is configured: File › Settings › Units.</source>
        <translation>Aucune unité n'est configurée : Fichier › Paramètres › Unités.</translation>
    </message>
    <message>
        <source>The day is required (a date, as 22/11/2026).</source>
        <translation>Le jour est obligatoire (une date, comme 22/11/2026).</translation>
    </message>
</context>
<context>
    <name>smr::ui::OverviewTab</name>
    <message>
        <source>Save notes</source>
        <translation>Enregistrer les notes</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Séjour</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
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
        <translation>Sortie prévue</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Adresseur</translation>
    </message>
    <message>
        <source>Coordinating physician</source>
        <translation>Médecin coordonnateur</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Used name</source>
        <translation>Nom utilisé</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
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
        <translation>Taille</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>Médecin généraliste</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Séjours</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Free-text notes on the patient (allergies, carers, transport…)</source>
        <translation>Notes libres sur le patient (allergies, aidants, transport…)</translation>
    </message>
    <message>
        <source>Unsaved changes (Ctrl+S saves)</source>
        <translation>Modifications non enregistrées (Ctrl+S pour enregistrer)</translation>
    </message>
    <message>
        <source>To be decided</source>
        <translation>À définir</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>No stay recorded</source>
        <translation>Aucun séjour enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n year(s))</source>
        <translation><numerusform>%1 (%n an)</numerusform><numerusform>%1 (%n ans)</numerusform></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>qualified identity</source>
        <translation>identité qualifiée</translation>
    </message>
    <message>
        <source>identity not qualified</source>
        <translation>identité non qualifiée</translation>
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
        <translation>%1 (prévue)</translation>
    </message>
</context>
<context>
    <name>smr::ui::PatientDialog</name>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Edit patient — %1</source>
        <translation>Modifier le patient — %1</translation>
    </message>
    <message>
        <source>IPP</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>Local patient identifier given by the establishment</source>
        <translation>Identifiant local du patient attribué par l'établissement</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Used name</source>
        <translation>Nom utilisé</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>&amp;Female</source>
        <translation>&amp;Féminin</translation>
    </message>
    <message>
        <source>&amp;Male</source>
        <translation>&amp;Masculin</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>NIR (social security number)</source>
        <translation>NIR (numéro de sécurité sociale)</translation>
    </message>
    <message>
        <source>15 characters, key included</source>
        <translation>15 caractères, clé comprise</translation>
    </message>
    <message>
        <source>Qualified identity</source>
        <translation>Identité qualifiée</translation>
    </message>
    <message>
        <source>Tick only after checking an identity document and the INSi teleservice.</source>
        <translation>À cocher seulement après vérification d'une pièce d'identité et du téléservice INSi.</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Taille (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>Médecin généraliste</translation>
    </message>
    <message>
        <source>Name and town, e.g. Dr Martin (Villeurbanne)</source>
        <translation>Nom et commune, p. ex. Dr Martin (Villeurbanne)</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>Choose the sex: F or M.</source>
        <translation>Choisissez le sexe : F ou M.</translation>
    </message>
    <message>
        <source>"%1" is not a number of centimetres.</source>
        <translation>« %1 » n'est pas un nombre de centimètres.</translation>
    </message>
    <message>
        <source>"%1" is not a number of kilograms.</source>
        <translation>« %1 » n'est pas un nombre de kilogrammes.</translation>
    </message>
    <message>
        <source>the identity of %1</source>
        <translation>l'identité de %1</translation>
    </message>
</context>
<context>
    <name>smr::ui::PatientHeader</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n an</numerusform><numerusform>%n ans</numerusform></translation>
    </message>
    <message>
        <source>born on %1</source>
        <comment>female</comment>
        <translation>née le %1</translation>
    </message>
    <message>
        <source>born on %1</source>
        <comment>male</comment>
        <translation>né le %1</translation>
    </message>
    <message>
        <source>IPP %1</source>
        <translation>IPP %1</translation>
    </message>
    <message>
        <source>qualified INS</source>
        <translation>INS qualifiée</translation>
    </message>
    <message>
        <source>INS not qualified</source>
        <translation>INS non qualifiée</translation>
    </message>
    <message>
        <source>No stay recorded</source>
        <translation>Aucun séjour enregistré</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>du %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>to %1 (planned)</source>
        <translation>au %1 (prévue)</translation>
    </message>
    <message>
        <source>referred by %1</source>
        <translation>adresseur : %1</translation>
    </message>
    <message>
        <source>Precautions: %1</source>
        <translation>Précautions : %1</translation>
    </message>
</context>
<context>
    <name>smr::ui::PatientPage</name>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Latest results</source>
        <translation>Derniers résultats</translation>
    </message>
    <message>
        <source>Last weekly meeting</source>
        <translation>Dernière réunion de synthèse</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>This patient's file cannot be read: %1</source>
        <translation>Le dossier de ce patient ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>⚠ Precautions: %1</source>
        <translation>⚠ Précautions : %1</translation>
    </message>
    <message>
        <source>No admission assessment yet: the precautions are not known. Ask the physician.</source>
        <translation>Pas encore de bilan d'admission : les précautions ne sont pas connues. Demandez au médecin.</translation>
    </message>
    <message>
        <source>No particular precaution in the admission assessment.</source>
        <translation>Aucune précaution particulière dans le bilan d'admission.</translation>
    </message>
    <message>
        <source>In progress since %1: tap to resume</source>
        <translation>En cours depuis %1 : toucher pour reprendre</translation>
    </message>
    <message>
        <source>Last: %1 on %2</source>
        <translation>Dernier : %1 le %2</translation>
    </message>
    <message>
        <source>Not measured in this stay</source>
        <translation>Pas encore mesuré dans ce séjour</translation>
    </message>
    <message>
        <source>No care plan yet.</source>
        <translation>Pas encore de projet de soins.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2 : %3</translation>
    </message>
    <message>
        <source>(review this week, on %1)</source>
        <translation>(à revoir cette semaine, le %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) met</source>
        <translation><numerusform>%n objectif atteint</numerusform><numerusform>%n objectifs atteints</numerusform></translation>
    </message>
    <message>
        <source>The care plan has no goal yet.</source>
        <translation>Le projet de soins n'a pas encore d'objectif.</translation>
    </message>
    <message>
        <source>No result in this stay yet.</source>
        <translation>Pas encore de résultat dans ce séjour.</translation>
    </message>
    <message>
        <source>Not discussed at a weekly meeting yet.</source>
        <translation>Pas encore discuté en réunion de synthèse.</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Réunion du %1</translation>
    </message>
    <message>
        <source>No decision recorded.</source>
        <translation>Aucune décision notée.</translation>
    </message>
    <message>
        <source>Medical issues: %1</source>
        <translation>Problèmes médicaux : %1</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>À faire : %1</translation>
    </message>
</context>
<context>
    <name>smr::ui::PatientPanel</name>
    <message>
        <source>Overview</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Notes non enregistrées</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>the dossier of %1</source>
        <translation>le dossier de %1</translation>
    </message>
    <message>
        <source>Admission assessment</source>
        <translation>Bilan d'admission</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Projet de soins</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
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
        <translation><numerusform>%n patient dans l'unité aujourd'hui</numerusform><numerusform>%n patients dans l'unité aujourd'hui</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) whose name starts with %1</source>
        <translation><numerusform>%n patient dont le nom commence par %1</numerusform><numerusform>%n patients dont le nom commence par %1</numerusform></translation>
    </message>
</context>
<context>
    <name>smr::ui::PresenterWindow</name>
    <message>
        <source>◀ &amp;Previous (Page Up)</source>
        <translation>◀ &amp;Précédent (Page préc.)</translation>
    </message>
    <message>
        <source>&amp;Next (Page Down) ▶</source>
        <translation>&amp;Suivant (Page suiv.) ▶</translation>
    </message>
    <message>
        <source>&amp;Black screen (Ctrl+B)</source>
        <translation>Écran &amp;noir (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;End the projection (Esc)</source>
        <translation>&amp;Terminer la projection (Échap)</translation>
    </message>
    <message>
        <source>Presenter — meeting of %1</source>
        <translation>Présentateur — réunion du %1</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Slide %1 / %2</source>
        <translation>Diapositive %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation><numerusform>%n action ouverte</numerusform><numerusform>%n actions ouvertes</numerusform></translation>
    </message>
    <message>
        <source>Next: %1 — %2</source>
        <translation>Suivant : %1 — %2</translation>
    </message>
    <message>
        <source>Last patient of the agenda.</source>
        <translation>Dernier patient de l'ordre du jour.</translation>
    </message>
    <message>
        <source>Meeting running for %1 h %2 min</source>
        <translation>Réunion en cours depuis %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>smr::ui::ProgressTab</name>
    <message>
        <source>No stay: no chart.</source>
        <translation>Pas de séjour : pas de graphique.</translation>
    </message>
    <message>
        <source>No test result yet for this patient: the charts appear with the first one.</source>
        <translation>Pas encore de résultat de test pour ce patient : les graphiques apparaissent avec le premier.</translation>
    </message>
    <message>
        <source>Shows the patient's other stays on each chart, in grey, on a longer time axis.</source>
        <translation>Montre les autres séjours du patient sur chaque graphique, en gris, sur un axe du temps plus long.</translation>
    </message>
    <message>
        <source>Every test of the patient. Double-click a chart (or Enter) to open it large, copy it (Ctrl+C) or export it as PNG or SVG.</source>
        <translation>Tous les tests du patient. Double-cliquez sur un graphique (ou Entrée) pour l'agrandir, le copier (Ctrl+C) ou l'exporter en PNG ou SVG.</translation>
    </message>
    <message>
        <source>&amp;Earlier stays</source>
        <translation>Séjours &amp;antérieurs</translation>
    </message>
</context>
<context>
    <name>smr::ui::ProjectionWindow</name>
    <message>
        <source>Meeting projection</source>
        <translation>Projection de la réunion</translation>
    </message>
</context>
<context>
    <name>smr::ui::QuestionnaireForm</name>
    <message>
        <source>Keyboard: type the number of an answer to choose it and go to the next item; Backspace goes back; the Up and Down arrows move between items.</source>
        <translation>Clavier : tapez le chiffre d'une réponse pour la choisir et passer à l'item suivant ; Retour arrière revient en arrière ; les flèches haut et bas passent d'un item à l'autre.</translation>
    </message>
    <message>
        <source>Delete leaves an item blank.</source>
        <translation>Suppr laisse un item sans réponse.</translation>
    </message>
    <message>
        <source>N answers "not applicable".</source>
        <translation>N répond « non concerné ».</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Counted 4 (item 2 = 4)</source>
        <translation>Compté 4 (item 2 = 4)</translation>
    </message>
    <message>
        <source>%1 is not an answer to item %2: the answers are %3.</source>
        <translation>%1 n'est pas une réponse de l'item %2 : les réponses sont %3.</translation>
    </message>
    <message>
        <source>Item %1 cannot be answered "not applicable".</source>
        <translation>L'item %1 ne peut pas être « non concerné ».</translation>
    </message>
    <message>
        <source>Item %1 cannot be left blank: every item of this questionnaire is needed.</source>
        <translation>L'item %1 ne peut pas rester sans réponse : tous les items de ce questionnaire sont nécessaires.</translation>
    </message>
</context>
<context>
    <name>smr::ui::ResultDetailDialog</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>Performed on %1, entered by %2, instrument version %3.</source>
        <translation>Réalisé le %1, saisi par %2, version de l'instrument %3.</translation>
    </message>
    <message>
        <source>Remarks: %1</source>
        <translation>Remarques : %1</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Version %1 — correction being entered</source>
        <translation>Version %1 — correction en cours de saisie</translation>
    </message>
    <message>
        <source>Version %1 — %2 — entered by %3</source>
        <translation>Version %1 — %2 — saisie par %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>(not given yet)</source>
        <translation>(pas encore donné)</translation>
    </message>
    <message>
        <source>Replaced by the next version.</source>
        <translation>Remplacée par la version suivante.</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>Result &amp;sheet…</source>
        <translation>&amp;Fiche de résultat…</translation>
    </message>
    <message>
        <source>This result as a printable sheet, with the letterhead</source>
        <translation>Ce résultat sur une fiche imprimable, avec l'en-tête</translation>
    </message>
</context>
<context>
    <name>smr::ui::ResultEntryDialog</name>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>&amp;Discard this entry</source>
        <translation>&amp;Abandonner cette saisie</translation>
    </message>
    <message>
        <source>Correct — %1 — %2</source>
        <translation>Correction — %1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remarks (conditions of the test, difficulties, walking aid…)</source>
        <translation>Remarques (conditions du test, difficultés, aide technique…)</translation>
    </message>
    <message>
        <source>Performed on</source>
        <translation>Réalisé le</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Scores and saves the result (Ctrl+Enter)</source>
        <translation>Calcule et enregistre le résultat (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Close (the draft is kept)</source>
        <translation>&amp;Fermer (le brouillon est conservé)</translation>
    </message>
    <message>
        <source>Reason for the correction (required): the previous version stays visible with it</source>
        <translation>Motif de la correction (obligatoire) : la version précédente reste visible avec lui</translation>
    </message>
    <message>
        <source>Draft resumed</source>
        <translation>Brouillon repris</translation>
    </message>
    <message>
        <source>Draft not saved: %1</source>
        <translation>Brouillon non enregistré : %1</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Brouillon enregistré à %1</translation>
    </message>
    <message>
        <source>Test in progress</source>
        <translation>Test en cours</translation>
    </message>
    <message>
        <source>The stopwatch is running. Close the entry anyway? What was typed is kept as a draft; the running time is not.</source>
        <translation>Le chronomètre tourne. Fermer la saisie quand même ? Ce qui a été saisi est gardé en brouillon ; le temps en cours ne l'est pas.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Fermer quand même</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Brouillon non enregistré</translation>
    </message>
    <message>
        <source>The draft could not be saved, so the entry stays open: %1</source>
        <translation>Le brouillon n'a pas pu être enregistré, la saisie reste donc ouverte : %1</translation>
    </message>
    <message>
        <source>Discard this entry</source>
        <translation>Abandonner cette saisie</translation>
    </message>
    <message>
        <source>The answers typed in this entry will be lost. Discard it?</source>
        <translation>Les réponses saisies seront perdues. Abandonner cette saisie ?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
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
        <translation>Depuis l'admission : %1</translation>
    </message>
    <message>
        <source>First result of the stay.</source>
        <translation>Premier résultat du séjour.</translation>
    </message>
</context>
<context>
    <name>smr::ui::ResultsTab</name>
    <message>
        <source>Entries in progress</source>
        <translation>Saisies en cours</translation>
    </message>
    <message>
        <source>New test:</source>
        <translation>Nouveau test :</translation>
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
        <translation>Évolution</translation>
    </message>
    <message>
        <source>No stay: tests are entered within a stay.</source>
        <translation>Aucun séjour : les tests se saisissent dans un séjour.</translation>
    </message>
    <message>
        <source>%1 — draft of %2</source>
        <translation>%1 — brouillon du %2</translation>
    </message>
    <message>
        <source> (correction)</source>
        <translation> (correction)</translation>
    </message>
    <message>
        <source>Double-click or Enter to resume</source>
        <translation>Double-clic ou Entrée pour reprendre</translation>
    </message>
    <message>
        <source>No result yet in this stay: choose a test above (Alt+1 to Alt+%1).</source>
        <translation>Aucun résultat dans ce séjour : choisissez un test ci-dessus (Alt+1 à Alt+%1).</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>No result %1.</source>
        <translation>Aucun résultat %1.</translation>
    </message>
    <message>
        <source>since the previous: %1</source>
        <translation>depuis le précédent : %1</translation>
    </message>
    <message>
        <source>since the first: %1</source>
        <translation>depuis le premier : %1</translation>
    </message>
    <message>
        <source>Entered by %1 (corrected)</source>
        <translation>Saisi par %1 (corrigé)</translation>
    </message>
    <message>
        <source>Entered by %1</source>
        <translation>Saisi par %1</translation>
    </message>
    <message>
        <source>No result yet in this stay. Your role does not give the right to %1.</source>
        <translation>Aucun résultat dans ce séjour. Votre rôle ne donne pas le droit de %1.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the results of this stay, of this patient or of a unit (CSV or FHIR)</source>
        <translation>Exporter les résultats de ce séjour, de ce patient ou d'une unité (CSV ou FHIR)</translation>
    </message>
</context>
<context>
    <name>smr::ui::SecretDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Choose my PIN</source>
        <translation>Choisir mon code PIN</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Code PIN, à nouveau</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Mot de passe, à nouveau</translation>
    </message>
    <message>
        <source>The PIN (4 to 6 digits) unlocks your session after it locked itself; signing in still needs the password.</source>
        <translation>Le code PIN (4 à 6 chiffres) déverrouille votre session après son verrouillage automatique ; la connexion demande toujours le mot de passe.</translation>
    </message>
    <message>
        <source>At least %1 characters: a sentence that is easy to remember is a good password.</source>
        <translation>Au moins %1 caractères : une phrase facile à retenir fait un bon mot de passe.</translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>Les deux codes PIN diffèrent : tapez deux fois le même code.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent : tapez deux fois le même mot de passe.</translation>
    </message>
</context>
<context>
    <name>smr::ui::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>SMR Desk — sign in</source>
        <translation>SMR Desk — connexion</translation>
    </message>
    <message>
        <source>SMR Desk</source>
        <translation>SMR Desk</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Forgotten password: an administrator of the unit gives you a new one.</source>
        <translation>Mot de passe oublié : un administrateur de l'unité vous en donne un nouveau.</translation>
    </message>
</context>
<context>
    <name>smr::ui::StayDialog</name>
    <message>
        <source>Open a stay — %1</source>
        <translation>Ouvrir un séjour — %1</translation>
    </message>
    <message>
        <source>Edit the stay — %1</source>
        <translation>Modifier le séjour — %1</translation>
    </message>
    <message>
        <source>To be decided</source>
        <translation>À définir</translation>
    </message>
    <message>
        <source>Precision (required wording for "other")</source>
        <translation>Précision (à renseigner pour « autre »)</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Name, e.g. Dr Martin, CHU Lyon-Sud</source>
        <translation>Nom, p. ex. Dr Martin, CHU Lyon-Sud</translation>
    </message>
    <message>
        <source>Unit *</source>
        <translation>Unité *</translation>
    </message>
    <message>
        <source>Mode *</source>
        <translation>Mode *</translation>
    </message>
    <message>
        <source>Admission date *</source>
        <translation>Date d'admission *</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Planned discharge</source>
        <translation>Sortie prévue</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Adresseur</translation>
    </message>
    <message>
        <source>Coordinating physician</source>
        <translation>Médecin coordonnateur</translation>
    </message>
    <message>
        <source>&amp;Open the stay</source>
        <translation>&amp;Ouvrir le séjour</translation>
    </message>
    <message>
        <source>No unit is open: add one in Settings › Units.</source>
        <translation>Aucune unité n'est ouverte : ajoutez-en une dans Paramètres › Unités.</translation>
    </message>
    <message>
        <source>The admission date is ahead: the stay is recorded as a pre-admission until the patient arrives.</source>
        <translation>La date d'admission est à venir : le séjour est enregistré en pré-admission jusqu'à l'arrivée du patient.</translation>
    </message>
    <message numerus="yes">
        <source>Planned length: %n day(s).</source>
        <translation><numerusform>Durée prévue : %n jour.</numerusform><numerusform>Durée prévue : %n jours.</numerusform></translation>
    </message>
    <message>
        <source>the stay of %1</source>
        <translation>le séjour de %1</translation>
    </message>
</context>
<context>
    <name>smr::ui::StayStatusDialog</name>
    <message>
        <source>Confirm the admission — %1</source>
        <translation>Confirmer l'admission — %1</translation>
    </message>
    <message>
        <source>%1 was expected on %2. Record the day of arrival.</source>
        <translation>Arrivée prévue de %1 : le %2. Indiquez le jour de l'arrivée.</translation>
    </message>
    <message>
        <source>Admitted on *</source>
        <translation>Date d'arrivée *</translation>
    </message>
    <message>
        <source>&amp;Admit</source>
        <translation>&amp;Admettre</translation>
    </message>
    <message>
        <source>Discharge — %1</source>
        <translation>Sortie — %1</translation>
    </message>
    <message>
        <source>Closes the stay that began on %1. Past stays remain in the dossier.</source>
        <translation>Clôture le séjour commencé le %1. Les séjours passés restent dans le dossier.</translation>
    </message>
    <message>
        <source>Discharged on *</source>
        <translation>Date de sortie *</translation>
    </message>
    <message>
        <source>&amp;Record the discharge</source>
        <translation>&amp;Enregistrer la sortie</translation>
    </message>
    <message>
        <source>Cancel the stay — %1</source>
        <translation>Annuler le séjour — %1</translation>
    </message>
    <message>
        <source>The stay stays in the dossier, marked as cancelled, with its reason.</source>
        <translation>Le séjour reste dans le dossier, marqué comme annulé, avec son motif.</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Motif *</translation>
    </message>
    <message>
        <source>Cancel the &amp;stay</source>
        <translation>Annuler le &amp;séjour</translation>
    </message>
    <message>
        <source>&amp;Keep the stay</source>
        <translation>&amp;Conserver le séjour</translation>
    </message>
</context>
<context>
    <name>smr::ui::StaySummary</name>
    <message>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Care plan goals</source>
        <translation>Objectifs du projet de soins</translation>
    </message>
    <message>
        <source>Tests of the stay</source>
        <translation>Tests du séjour</translation>
    </message>
    <message>
        <source>No care plan yet for this stay.</source>
        <translation>Pas encore de projet de soins pour ce séjour.</translation>
    </message>
</context>
<context>
    <name>smr::ui::TabletSettingsPage</name>
    <message>
        <source>Lock the tablet after</source>
        <translation>Verrouiller la tablette après</translation>
    </message>
    <message>
        <source>Without a touch for this long, the tablet hides the patients' data until your PIN is typed. What is being entered is kept.</source>
        <translation>Sans un toucher pendant ce temps, la tablette cache les données des patients jusqu'à la saisie de votre code PIN. La saisie en cours est conservée.</translation>
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
        <translation>◀ Retour</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Workstation mode</source>
        <translation>Mode bureau</translation>
    </message>
    <message>
        <source>SMR Desk — tablet</source>
        <translation>SMR Desk — tablette</translation>
    </message>
    <message>
        <source>Patients of the unit</source>
        <translation>Patients de l'unité</translation>
    </message>
    <message>
        <source>Tablet settings</source>
        <translation>Réglages de la tablette</translation>
    </message>
</context>
<context>
    <name>smr::ui::TestPage</name>
    <message>
        <source>Confirm the result</source>
        <translation>Valider le résultat</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Back to the patient</source>
        <translation>Retour au patient</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Draft resumed</source>
        <translation>Brouillon repris</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n'a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Brouillon non enregistré</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Brouillon enregistré à %1</translation>
    </message>
    <message>
        <source>✔ Result recorded
%1
%2</source>
        <translation>✔ Résultat enregistré
%1
%2</translation>
    </message>
    <message>
        <source>Abandon the test</source>
        <translation>Abandonner le test</translation>
    </message>
    <message>
        <source>Continue the test</source>
        <translation>Continuer le test</translation>
    </message>
    <message>
        <source>The test is being timed. Leave it? What was entered is kept and the test can be resumed.</source>
        <translation>Le test est en cours de chronométrage. Le quitter ? La saisie est conservée et le test pourra être repris.</translation>
    </message>
    <message>
        <source>Leave the test</source>
        <translation>Quitter le test</translation>
    </message>
    <message>
        <source>Stay on the test</source>
        <translation>Rester sur le test</translation>
    </message>
    <message>
        <source>Abandon the %1 test? What was entered is deleted.</source>
        <translation>Abandonner le test %1 ? Ce qui a été saisi est supprimé.</translation>
    </message>
</context>
<context>
    <name>smr::ui::TouchFieldPad</name>
    <message>
        <source>OK, next</source>
        <translation>OK, suivant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>More than %1, at most %2%3</source>
        <translation>Plus de %1, au plus %2%3</translation>
    </message>
    <message>
        <source>From %1 to %2%3</source>
        <translation>De %1 à %2%3</translation>
    </message>
    <message>
        <source>Out of range: %1.</source>
        <translation>Hors limites : %1.</translation>
    </message>
</context>
<context>
    <name>smr::ui::TouchItemPage</name>
    <message>
        <source>Leave blank</source>
        <translation>Laisser sans réponse</translation>
    </message>
</context>
<context>
    <name>smr::ui::TouchQuestionnaireForm</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Summary ▶</source>
        <translation>Récapitulatif ▶</translation>
    </message>
    <message>
        <source>Counted 4 (item 2 = 4)</source>
        <translation>Compté 4 (item 2 = 4)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>non concerné</translation>
    </message>
    <message>
        <source>left blank</source>
        <translation>laissé sans réponse</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 items answered.</source>
        <translation>%1 items sur %2 renseignés.</translation>
    </message>
    <message>
        <source>Every item has been seen.</source>
        <translation>Tous les items ont été vus.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without an answer: touch one to answer it.</source>
        <translation><numerusform>%n item sans réponse : touchez-le pour y répondre.</numerusform><numerusform>%n items sans réponse : touchez-en un pour y répondre.</numerusform></translation>
    </message>
</context>
<context>
    <name>smr::ui::TouchTugForm</name>
    <message>
        <source>Stopwatch</source>
        <translation>Chronomètre</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Type the time</source>
        <translation>Saisir le temps</translation>
    </message>
    <message>
        <source>Time measured on another stopwatch (s)</source>
        <translation>Temps mesuré sur un autre chronomètre (s)</translation>
    </message>
    <message>
        <source>Keep this time</source>
        <translation>Retenir ce temps</translation>
    </message>
    <message>
        <source>Back to the stopwatch</source>
        <translation>Retour au chronomètre</translation>
    </message>
    <message>
        <source>More than 0 and at most 600 s, to the tenth.</source>
        <translation>Plus de 0 et au plus 600 s, au dixième.</translation>
    </message>
    <message>
        <source>Give a time of more than 0 and at most 600 s.</source>
        <translation>Donnez un temps de plus de 0 et d'au plus 600 s.</translation>
    </message>
    <message>
        <source>Touch to stop</source>
        <translation>Touchez pour arrêter</translation>
    </message>
    <message>
        <source>Time kept. Touch to time again</source>
        <translation>Temps retenu. Touchez pour chronométrer à nouveau</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Touchez pour démarrer</translation>
    </message>
</context>
<context>
    <name>smr::ui::TouchWalkForm</name>
    <message>
        <source>1 · Before the test</source>
        <translation>1 · Avant le test</translation>
    </message>
    <message>
        <source>2 · Walk</source>
        <translation>2 · Marche</translation>
    </message>
    <message>
        <source>3 · After the test</source>
        <translation>3 · Après le test</translation>
    </message>
    <message>
        <source>Patient (for the reference equation)</source>
        <translation>Patient (pour l'équation de référence)</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Walking aid</source>
        <translation>Aide technique</translation>
    </message>
    <message>
        <source>At rest, before the test</source>
        <translation>Au repos, avant le test</translation>
    </message>
    <message>
        <source>End of the test</source>
        <translation>Fin du test</translation>
    </message>
    <message>
        <source>Chest pain</source>
        <translation>Douleur thoracique</translation>
    </message>
    <message>
        <source>Intolerable dyspnoea</source>
        <translation>Dyspnée intolérable</translation>
    </message>
    <message>
        <source>Leg cramps</source>
        <translation>Crampes des jambes</translation>
    </message>
    <message>
        <source>Staggering</source>
        <translation>Titubation</translation>
    </message>
    <message>
        <source>Diaphoresis</source>
        <translation>Sueurs</translation>
    </message>
    <message>
        <source>Pale or ashen appearance</source>
        <translation>Pâleur ou teint gris</translation>
    </message>
    <message>
        <source>Patient's request</source>
        <translation>Demande du patient</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <source>Reason for stopping early</source>
        <translation>Motif d'arrêt prématuré</translation>
    </message>
    <message>
        <source>After the test</source>
        <translation>Après le test</translation>
    </message>
    <message>
        <source>Dyspnoea</source>
        <translation>Dyspnée</translation>
    </message>
    <message>
        <source>Leg pain or cramps</source>
        <translation>Douleurs ou crampes des jambes</translation>
    </message>
    <message>
        <source>Dizziness</source>
        <translation>Vertiges</translation>
    </message>
    <message>
        <source>Marked fatigue</source>
        <translation>Fatigue marquée</translation>
    </message>
    <message>
        <source>Palpitations</source>
        <translation>Palpitations</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptômes</translation>
    </message>
    <message>
        <source>Not in the patient's record: measure it.</source>
        <translation>Absent du dossier du patient : à mesurer.</translation>
    </message>
    <message>
        <source>Stopped at %1</source>
        <translation>Arrêt à %1</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Distance: %1 m</source>
        <translation>Distance : %1 m</translation>
    </message>
    <message>
        <source>Distance: — m</source>
        <translation>Distance : — m</translation>
    </message>
    <message>
        <source>(typed)</source>
        <translation>(saisie)</translation>
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
        <translation>−1 longueur</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Patient stops</source>
        <translation>Arrêt du patient</translation>
    </message>
    <message>
        <source>Stop the test early</source>
        <translation>Arrêt anticipé</translation>
    </message>
    <message>
        <source>Touch again to end the test</source>
        <translation>Touchez encore pour arrêter le test</translation>
    </message>
    <message>
        <source>Enter the end of the test</source>
        <translation>Saisir la fin du test</translation>
    </message>
    <message>
        <source>Start over at 6:00</source>
        <translation>Recommencer à 6:00</translation>
    </message>
    <message>
        <source>Touch again: back to 6:00</source>
        <translation>Touchez encore : retour à 6:00</translation>
    </message>
    <message>
        <source>+1 length</source>
        <translation>+1 longueur</translation>
    </message>
    <message numerus="yes">
        <source>%n length(s)</source>
        <translation><numerusform>%n longueur</numerusform><numerusform>%n longueurs</numerusform></translation>
    </message>
    <message>
        <source>Please resume walking whenever you feel able.</source>
        <translation>Reprenez la marche dès que vous vous en sentez capable.</translation>
    </message>
    <message>
        <source>Touch Start as the patient sets off.</source>
        <translation>Touchez Départ quand le patient part.</translation>
    </message>
    <message>
        <source>Stopped for %1</source>
        <translation>Arrêté depuis %1</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>Six minutes done: mark where the patient stopped.</source>
        <translation>Six minutes écoulées : repérez où le patient s'est arrêté.</translation>
    </message>
    <message>
        <source>Test stopped at %1.</source>
        <translation>Test arrêté à %1.</translation>
    </message>
    <message>
        <source>Patient walks again</source>
        <translation>Reprend la marche</translation>
    </message>
</context>
<context>
    <name>smr::ui::TugForm</name>
    <message>
        <source>Stopwatch</source>
        <translation>Chronomètre</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Remise à zéro</translation>
    </message>
    <message>
        <source>Stopwatch back to zero; the time field keeps its value.</source>
        <translation>Chronomètre remis à zéro ; le champ du temps garde sa valeur.</translation>
    </message>
    <message>
        <source>Space bar: start / stop (except while typing in a field).</source>
        <translation>Barre d'espace : départ / arrêt (sauf pendant la saisie dans un champ).</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>The TUG alone does not predict falls (Barry 2014).</source>
        <translation>Le TUG seul ne prédit pas les chutes (Barry 2014).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Start the stopwatch or type the time to see the fall risk.</source>
        <translation>Lancez le chronomètre ou saisissez le temps pour voir le risque de chute.</translation>
    </message>
    <message>
        <source>Increased fall risk: %1 s, at or above %2 s (Shumway-Cook 2000).</source>
        <translation>Risque de chute augmenté : %1 s, au moins %2 s (Shumway-Cook 2000).</translation>
    </message>
    <message>
        <source>No increased fall risk: %1 s, under %2 s (Shumway-Cook 2000).</source>
        <translation>Pas de risque de chute augmenté : %1 s, moins de %2 s (Shumway-Cook 2000).</translation>
    </message>
    <message>
        <source>CDC STEADI (%1 s): at risk.</source>
        <translation>CDC STEADI (%1 s) : à risque.</translation>
    </message>
    <message>
        <source>CDC STEADI (%1 s): not at risk.</source>
        <translation>CDC STEADI (%1 s) : pas à risque.</translation>
    </message>
    <message>
        <source>Age unknown: no age norm.</source>
        <translation>Âge inconnu : pas de norme pour l'âge.</translation>
    </message>
    <message>
        <source>No age norm for a patient aged %1 (Bohannon 2006).</source>
        <translation>Pas de norme pour un patient de %1 ans (Bohannon 2006).</translation>
    </message>
    <message>
        <source>Norm %1–%2 years: %3 s (%4–%5), Bohannon 2006; patient aged %6.</source>
        <translation>Norme %1–%2 ans : %3 s (%4–%5), Bohannon 2006 ; patient de %6 ans.</translation>
    </message>
    <message>
        <source>Slower than the norm.</source>
        <translation>Plus lent que la norme.</translation>
    </message>
    <message>
        <source>Faster than the norm.</source>
        <translation>Plus rapide que la norme.</translation>
    </message>
    <message>
        <source>Within the norm.</source>
        <translation>Dans la norme.</translation>
    </message>
</context>
<context>
    <name>smr::ui::UnitProgressDialog</name>
    <message>
        <source>Progress of the unit</source>
        <translation>Progression de l'unité</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unité</translation>
    </message>
    <message>
        <source>Patients in progress today; each line goes from the first result of the stay to the latest.</source>
        <translation>Patients en cours de séjour aujourd'hui ; chaque ligne va du premier résultat du séjour au dernier.</translation>
    </message>
    <message>
        <source>%1 — Dallas square</source>
        <translation>%1 — carré de Dallas</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>%1
since %2</source>
        <translation>%1
depuis le %2</translation>
    </message>
    <message>
        <source>No %1 in this stay.</source>
        <translation>Pas de %1 dans ce séjour.</translation>
    </message>
    <message>
        <source>%1 (one result)</source>
        <translation>%1 (un seul résultat)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>%1 on %2, %3 on %4</source>
        <translation>%1 le %2, %3 le %4</translation>
    </message>
</context>
<context>
    <name>smr::ui::UnitsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Close to new stays</source>
        <translation>&amp;Fermer aux nouveaux séjours</translation>
    </message>
    <message>
        <source>Units of the establishment</source>
        <translation>Unités de l'établissement</translation>
    </message>
    <message>
        <source>Name of the unit</source>
        <translation>Nom de l'unité</translation>
    </message>
    <message>
        <source>A closed unit keeps its past stays but takes no new ones.</source>
        <translation>Une unité fermée garde ses séjours passés mais n'en accepte pas de nouveaux.</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (fermée)</translation>
    </message>
    <message>
        <source>Re&amp;open to new stays</source>
        <translation>Ré&amp;ouvrir aux nouveaux séjours</translation>
    </message>
</context>
<context>
    <name>smr::ui::UsersDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Nouveau mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>code PIN</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>An account that is no longer used is deactivated: its name stays in the audit trail. A forgotten password is replaced here (New password).</source>
        <translation>Un compte qui ne sert plus est désactivé : son nom reste dans le journal d'audit. Un mot de passe oublié se remplace ici (Nouveau mot de passe).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
</context>
<context>
    <name>smr::ui::WalkCountdown</name>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>The patient stops: the countdown keeps running; the stop and its duration are counted.</source>
        <translation>Le patient s'arrête : le décompte continue ; l'arrêt et sa durée sont comptés.</translation>
    </message>
    <message>
        <source>Stop the test</source>
        <translation>Arrêter le test</translation>
    </message>
    <message>
        <source>Ends the test before 6:00 (give the reason below).</source>
        <translation>Termine le test avant 6:00 (donnez le motif ci-dessous).</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Remise à zéro</translation>
    </message>
    <message>
        <source>Countdown back to 6:00; lengths and measures are kept.</source>
        <translation>Décompte remis à 6:00 ; les longueurs et les mesures sont gardées.</translation>
    </message>
    <message>
        <source>Please resume walking whenever you feel able.</source>
        <translation>Reprenez la marche dès que vous vous en sentez capable.</translation>
    </message>
    <message>
        <source>Stop!</source>
        <translation>Arrêtez-vous !</translation>
    </message>
    <message>
        <source>In a moment I'm going to tell you to stop…</source>
        <translation>Dans un instant, je vais vous dire de vous arrêter…</translation>
    </message>
    <message>
        <source>You are doing well. You have 5 minutes to go.</source>
        <translation>Vous vous débrouillez bien. Il vous reste 5 minutes.</translation>
    </message>
    <message>
        <source>Keep up the good work. You have 4 minutes to go.</source>
        <translation>Continuez comme ça. Il vous reste 4 minutes.</translation>
    </message>
    <message>
        <source>You are doing well. You are halfway done.</source>
        <translation>Vous vous débrouillez bien. Vous êtes à mi-parcours.</translation>
    </message>
    <message>
        <source>Keep up the good work. You have only 2 minutes left.</source>
        <translation>Continuez comme ça. Il ne vous reste plus que 2 minutes.</translation>
    </message>
    <message>
        <source>You are doing well. You have only 1 minute to go.</source>
        <translation>Vous vous débrouillez bien. Il ne vous reste plus qu'une minute.</translation>
    </message>
    <message>
        <source>Press Start when the patient sets off. The encouragements appear here, once a minute.</source>
        <translation>Appuyez sur Départ quand le patient s'élance. Les encouragements s'affichent ici, une fois par minute.</translation>
    </message>
    <message>
        <source>Next sentence at %1.</source>
        <translation>Phrase suivante à %1.</translation>
    </message>
    <message>
        <source>Six minutes done: mark where the patient stopped and enter the partial length.</source>
        <translation>Six minutes écoulées : marquez l'endroit où le patient s'est arrêté et saisissez la longueur partielle.</translation>
    </message>
    <message>
        <source>Test stopped at %1: give the reason below.</source>
        <translation>Test arrêté à %1 : donnez le motif ci-dessous.</translation>
    </message>
    <message>
        <source>Resume (stopped %1)</source>
        <translation>Reprise (arrêt %1)</translation>
    </message>
</context>
<context>
    <name>smr::ui::WalkForm</name>
    <message>
        <source>Patient (for the reference equation)</source>
        <translation>Patient (pour l'équation de référence)</translation>
    </message>
    <message>
        <source>Six minutes</source>
        <translation>Six minutes</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Avant et après</translation>
    </message>
    <message>
        <source>Stop the test for: chest pain, intolerable dyspnoea, leg cramps, staggering, diaphoresis, pale or ashen appearance.</source>
        <translation>Arrêter le test en cas de : douleur thoracique, dyspnée intolérable, crampes des jambes, titubation, sueurs, pâleur ou teint gris.</translation>
    </message>
    <message>
        <source>Relative contraindications: resting heart rate above 120/min, SBP above 180 mmHg, DBP above 100 mmHg; absolute: unstable angina or myocardial infarction in the last month.</source>
        <translation>Contre-indications relatives : fréquence cardiaque de repos au-dessus de 120/min, PAS au-dessus de 180 mmHg, PAD au-dessus de 100 mmHg ; absolues : angor instable ou infarctus du myocarde dans le mois.</translation>
    </message>
    <message>
        <source>Stopped at %1:%2 — </source>
        <translation>Arrêt à %1:%2 — </translation>
    </message>
    <message>
        <source>Give the reason for stopping early.</source>
        <translation>Donnez le motif de l'arrêt prématuré.</translation>
    </message>
    <message>
        <source>Lengths</source>
        <translation>Longueurs</translation>
    </message>
    <message>
        <source>Lengths walked</source>
        <translation>Longueurs parcourues</translation>
    </message>
    <message>
        <source>+1 length</source>
        <translation>+1 longueur</translation>
    </message>
    <message>
        <source>Takes back a length counted by mistake (key −).</source>
        <translation>Retire une longueur comptée par erreur (touche −).</translation>
    </message>
    <message>
        <source>Keys: + one more length, − one less.</source>
        <translation>Touches : + une longueur de plus, − une de moins.</translation>
    </message>
    <message>
        <source>Leave the distance empty to use lengths × track length + partial length; a typed distance replaces that computation.</source>
        <translation>Laissez la distance vide pour utiliser longueurs × longueur du parcours + longueur partielle ; une distance saisie remplace ce calcul.</translation>
    </message>
    <message>
        <source>Not in the patient's record: measure it and type it.</source>
        <translation>Absent du dossier du patient : mesurez-le et saisissez-le.</translation>
    </message>
    <message>
        <source>The typed distance is not a number.</source>
        <translation>La distance saisie n'est pas un nombre.</translation>
    </message>
    <message>
        <source>typed: replaces the %1 m counted (lengths × track + partial)</source>
        <translation>saisie : remplace les %1 m comptés (longueurs × parcours + partielle)</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>saisie</translation>
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
        <translation>Donnez la longueur du parcours.</translation>
    </message>
    <message>
        <source>Count the lengths with +1, or type the distance.</source>
        <translation>Comptez les longueurs avec +1, ou saisissez la distance.</translation>
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
        <translation>Distance prédite : il faut le sexe, l'âge, la taille et le poids.</translation>
    </message>
    <message>
        <source>Predicted distance: %1 m (Enright &amp; Sherrill 1998).</source>
        <translation>Distance prédite : %1 m (Enright et Sherrill 1998).</translation>
    </message>
    <message>
        <source>Lower limit of normal: %1 m.</source>
        <translation>Limite inférieure de la normale : %1 m.</translation>
    </message>
    <message>
        <source>The distance is below it.</source>
        <translation>La distance est en dessous.</translation>
    </message>
    <message>
        <source>The distance is above it.</source>
        <translation>La distance est au-dessus.</translation>
    </message>
    <message>
        <source>%1 % of predicted</source>
        <translation>%1 % de la valeur prédite</translation>
    </message>
    <message>
        <source>Age outside 40–80 years, the ages the equation was derived on: interpret the prediction with caution.</source>
        <translation>Âge hors de 40–80 ans, les âges sur lesquels l'équation a été établie : interpréter la valeur prédite avec prudence.</translation>
    </message>
</context>
<context>
    <name>smr::ui::WelcomePage</name>
    <message>
        <source>Create the first patient</source>
        <translation>Créer le premier patient</translation>
    </message>
    <message>
        <source>Load demonstration data</source>
        <translation>Charger des données de démonstration</translation>
    </message>
    <message>
        <source>Welcome to SMR Desk</source>
        <translation>Bienvenue dans SMR Desk</translation>
    </message>
    <message numerus="yes">
        <source>No patient is recorded in this database yet. Create the first patient to open their stay, or explore SMR Desk with %n fictitious patient(s) of a rehabilitation unit.</source>
        <translation><numerusform>Aucun patient n'est encore enregistré dans cette base. Créez le premier patient pour ouvrir son séjour, ou découvrez SMR Desk avec %n patient fictif d'une unité de réadaptation.</numerusform><numerusform>Aucun patient n'est encore enregistré dans cette base. Créez le premier patient pour ouvrir son séjour, ou découvrez SMR Desk avec %n patients fictifs d'une unité de réadaptation.</numerusform></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
</context>
</TS>
