#include "core/demo/FrenchNames.h"

namespace smr::demo {

namespace {
QList<QString> split(const char *list)
{
    QList<QString> out;
    const QStringList parts = QString::fromUtf8(list).split(QLatin1Char('|'));
    for (const QString &p : parts)
        out << p.trimmed();
    return out;
}
} // namespace

const QList<QString> &surnames()
{
    static const QList<QString> list =
        split("Martin|Bernard|Thomas|Petit|Robert|Richard|Durand|Dubois|Moreau|Laurent|Simon|Michel|Lefebvre|"
              "Leroy|Roux|David|Bertrand|Morel|Fournier|Girard|Bonnet|Dupont|Lambert|Fontaine|Rousseau|Vincent|"
              "Muller|Lefèvre|Faure|André|Mercier|Blanc|Guérin|Boyer|Garnier|Chevalier|François|Legrand|Gauthier|"
              "Garcia|Perrin|Robin|Clément|Morin|Nicolas|Henry|Roussel|Mathieu|Gautier|Masson|Marchand|Duval|"
              "Denis|Dumont|Marie|Lemaire|Noël|Meyer|Dufour|Meunier|Brun|Blanchard|Giraud|Joly|Rivière|Lucas|"
              "Brunet|Gaillard|Barbier|Arnaud|Martinez|Gérard|Roche|Renard|Schmitt|Roy|Leroux|Colin|Vidal|Caron|"
              "Picard|Roger|Fabre|Aubert|Lemoine|Renaud|Dumas|Lacroix|Olivier|Philippe|Bourgeois|Pierre|Benoît|"
              "Rey|Leclerc|Payet|Rolland|Leclercq|Guillaume|Lecomte|Lopez|Jean|Dupuy|Guillot|Hubert|Berger|"
              "Carpentier|Sanchez|Dupuis|Moulin|Louis|Deschamps|Huet|Vasseur|Perez|Boucher|Fleury|Royer|Klein|"
              "Jacquet|Adam|Paris|Poirier|Marty|Aubry|Guyot|Carré|Charles|Renault|Charpentier|Ménard|Maillard|"
              "Baron|Bertin|Bailly|Hervé|Schneider|Fernandez|Le Gall|Collet|Léger|Bouvier|Julien|Prévost|Millet|"
              "Perrot|Daniel|Le Roux|Cousin|Germain|Breton|Besson|Langlois|Rémy|Le Goff|Pelletier|Lévêque|"
              "Perrier|Leblanc|Barré|Lebrun|Marchal|Weber|Mallet|Hamon|Boulanger|Jacob|Monnier|Michaud|"
              "Rodriguez|Guichard|Gillet|Étienne|Grondin|Poulain|Tessier|Chevallier|Collin|Chauvin|Da Silva|"
              "Bouchet|Gay|Lemaître|Bénard|Maréchal|Humbert|Reynaud|Antoine|Hoarau|Perret|Barthélemy|Cordier|"
              "Pichon|Lejeune|Gilbert|Lamy|Delaunay|Pasquier|Carlier|Laporte|N'Diaye|D'Almeida|Diallo|Nguyen|"
              "Benali|Haddad|Ferreira|Rossi|Caillaud|Vernet|Chapuis|Favre|Bouvet|Ruiz");
    return list;
}

const QList<QString> &femaleFirstNames()
{
    static const QList<QString> list =
        split("Marie|Jeanne|Françoise|Monique|Catherine|Nathalie|Isabelle|Sylvie|Martine|Christine|Sophie|"
              "Valérie|Sandrine|Céline|Stéphanie|Aurélie|Julie|Camille|Léa|Manon|Chloé|Émilie|Laura|Sarah|"
              "Pauline|Anne|Hélène|Brigitte|Chantal|Nicole|Dominique|Danielle|Josiane|Colette|Odette|Simone|"
              "Yvette|Germaine|Madeleine|Suzanne|Jacqueline|Michèle|Annie|Véronique|Patricia|Corinne|Laurence|"
              "Virginie|Karine|Audrey|Élodie|Mélanie|Marine|Anaïs|Inès|Fatima|Nadia|Amina|Marie-Claude|"
              "Anne-Sophie|Agnès|Béatrice|Claire|Delphine|Florence|Gisèle|Ginette|Lucie|Maryse|Noëlle");
    return list;
}

const QList<QString> &maleFirstNames()
{
    static const QList<QString> list =
        split("Jean|Pierre|Michel|André|Philippe|Alain|Bernard|Jacques|Daniel|Patrick|Christian|Gérard|Claude|"
              "René|Louis|Marcel|Roger|Henri|Robert|Nicolas|Christophe|Stéphane|Laurent|Frédéric|Olivier|"
              "Sébastien|Julien|David|Éric|Thierry|Pascal|Franck|Didier|Thomas|Alexandre|Maxime|Kévin|"
              "Guillaume|Romain|Antoine|Hugo|Lucas|Mohamed|Karim|Yves|Serge|Jean-Pierre|Jean-Claude|Jean-Luc|"
              "Jean-François|Marc|Bruno|Joël|Gilles|Hervé|Fabrice|Yannick|Mathieu|Jérôme|Cédric|Lionel|Raymond");
    return list;
}

const QList<QString> &towns()
{
    static const QList<QString> list =
        split("Lyon|Villeurbanne|Vénissieux|Bron|Caluire-et-Cuire|Vaulx-en-Velin|Saint-Priest|Oullins|Écully|"
              "Meyzieu|Décines-Charpieu|Rillieux-la-Pape|Tassin-la-Demi-Lune|Givors|Villefranche-sur-Saône|"
              "Vienne|Bourgoin-Jallieu|Sainte-Foy-lès-Lyon|Francheville|Mions");
    return list;
}

const QList<QString> &unitPhysicians()
{
    static const QList<QString> list =
        split("Dr Claire Vernet|Dr Antoine Chapuis|Dr Hélène Favre|Dr Karim Haddad|Dr Sophie Caillaud|"
              "Dr Marc Bouvet|Dr Isabelle Rossi|Dr Julien Ferreira");
    return list;
}

const QList<QString> &patientNotes()
{
    static const QList<QString> list =
        split("Allergie à la codéine.|Aidant principal : un enfant, joignable le soir.|"
              "Domicile au 3e étage sans ascenseur.|Diabète de type 2 sous metformine.|Suivi psychologique en ville.|"
              "Traitement anticoagulant (apixaban).|Transport en VSL les jours d'HTP.|"
              "Stimulateur cardiaque : fréquence maximale à vérifier avant le réentraînement.");
    return list;
}

} // namespace smr::demo
