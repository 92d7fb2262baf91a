<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AcceptRiskDialog</name>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="188"/>
        <source>Accept as a known risk</source>
        <translation>Accepter comme risque connu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="194"/>
        <source>Why the plan accepts this risk (who decided, what mitigates it):</source>
        <translation>Pourquoi le plan accepte ce risque (qui a décidé, ce qui l’atténue)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="198"/>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="204"/>
        <source>&amp;Accept risk</source>
        <translation>&amp;Accepter le risque</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="212"/>
        <source>Say why the risk is accepted: the justification is required.</source>
        <translation>Dites pourquoi le risque est accepté&#xa0;: la justification est obligatoire.</translation>
    </message>
</context>
<context>
    <name>ActorHandoverTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="126"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="127"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="128"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="129"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="130"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
</context>
<context>
    <name>ActorTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="23"/>
        <source>Not a successor</source>
        <translation>Non-successeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="25"/>
        <source>Party to the conflict</source>
        <translation>Partie au conflit</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="31"/>
        <source>Actors of this type cannot take over protection capacities (e.g. private military companies).</source>
        <translation>Les acteurs de ce type ne peuvent pas reprendre de capacités de protection (par ex. les sociétés militaires privées).</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="35"/>
        <source>Actors of this type may themselves harm civilians: do not hand them independent monitoring, and check safeguards before any handover.</source>
        <translation>Les acteurs de ce type peuvent eux-mêmes porter atteinte aux civils&#xa0;: ne leur confiez pas de suivi indépendant, et vérifiez les garanties avant tout transfert.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="44"/>
        <source>%1 / 5</source>
        <translation>%1&#xa0;/&#xa0;5</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="52"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="53"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="54"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="55"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="56"/>
        <source>Taking over</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="57"/>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="58"/>
        <source>Present in</source>
        <translation>Présent à</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="97"/>
        <source>Average of every readiness score (1-5) given to this actor&apos;s handovers</source>
        <translation>Moyenne de toutes les notes de préparation (1 à 5) des transferts à cet acteur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/actor_table.py" line="113"/>
        <source>Actor types that raise risks: parties to the conflict, non-successors</source>
        <translation>Types d’acteurs à risque&#xa0;: parties au conflit, non-successeurs</translation>
    </message>
</context>
<context>
    <name>ActorsPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="80"/>
        <source>Search actors by name or acronym</source>
        <translation>Rechercher des acteurs par nom ou sigle</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="81"/>
        <source>Search actors</source>
        <translation>Rechercher des acteurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="82"/>
        <source>Show only actors whose name or acronym contains this</source>
        <translation>Afficher uniquement les acteurs dont le nom ou le sigle contient ce texte</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="84"/>
        <source>Actor type filter</source>
        <translation>Filtre par type d’acteur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="85"/>
        <source>Show only actors of one type</source>
        <translation>Afficher uniquement les acteurs d’un type</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="86"/>
        <source>Only risky types</source>
        <translation>Types à risque uniquement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="88"/>
        <source>Show only actor types that raise risks (parties to the conflict, non-successors)</source>
        <translation>Afficher uniquement les types d’acteurs à risque (parties au conflit, non-successeurs)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="96"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="97"/>
        <source>Select an actor to see and edit it; click a column title to sort</source>
        <translation>Sélectionnez un acteur pour le voir et le modifier&#x202f;; cliquez sur un titre de colonne pour trier</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="120"/>
        <source>Risk of this actor type</source>
        <translation>Risque de ce type d’acteur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="124"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="124"/>
        <source>e.g. UNICEF</source>
        <translation>par ex. UNICEF</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="125"/>
        <source>The organisation&apos;s full name (required)</source>
        <translation>Le nom complet de l’organisation (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="126"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="127"/>
        <source>Short name used in the matrix and reports</source>
        <translation>Nom court utilisé dans la matrice et les rapports</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="128"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="129"/>
        <source>What kind of organisation; types marked ⚠ raise risks</source>
        <translation>Type d’organisation&#x202f;; les types marqués ⚠ présentent des risques</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="132"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="133"/>
        <source>Mandate, reach and anything a planner should know</source>
        <translation>Mandat, rayon d’action et tout ce qu’un planificateur doit savoir</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="134"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="135"/>
        <source>People and numbers: usually sensitive</source>
        <translation>Noms et numéros&#xa0;: en général sensibles</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="136"/>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="136"/>
        <source>Keep out of cluster and donor exports</source>
        <translation>Exclure des exports pour les clusters et les bailleurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="138"/>
        <source>A sensitive actor is left out of exports for clusters and donors</source>
        <translation>Un acteur sensible est exclu des exports pour les clusters et les bailleurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="177"/>
        <location filename="../../transition_planner/ui/pages/actors.py" line="259"/>
        <source>New actor</source>
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="177"/>
        <source>Empty the form to add an actor</source>
        <translation>Vider le formulaire pour ajouter un acteur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="178"/>
        <source>Add the actor, or save the changes (Ctrl+Z undoes)</source>
        <translation>Ajouter l’acteur ou enregistrer les modifications (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="179"/>
        <source>Delete the actor; one that takes over a capacity cannot be deleted</source>
        <translation>Supprimer l’acteur&#x202f;; un acteur qui reprend une capacité ne peut pas être supprimé</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="140"/>
        <source>Present in</source>
        <translation>Présent à</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="143"/>
        <source>Locations where the actor is present</source>
        <translation>Lieux où l’acteur est présent</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="144"/>
        <source>Tick every location where the actor works</source>
        <translation>Cochez chaque lieu où l’acteur travaille</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="154"/>
        <source>Taking over</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="157"/>
        <source>Capacities this actor takes over</source>
        <translation>Capacités que cet acteur reprend</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="158"/>
        <source>Handovers to this actor (edit them on the capacity)</source>
        <translation>Transferts à cet acteur (à modifier sur la capacité)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="169"/>
        <source>Average readiness</source>
        <translation>Préparation moyenne</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="171"/>
        <source>Average of every readiness score (1-5) given to this actor&apos;s handovers</source>
        <translation>Moyenne de toutes les notes de préparation (1 à 5) des transferts à cet acteur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="202"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="271"/>
        <source>Save the actor first; then tick where it is present.</source>
        <translation>Enregistrez d’abord l’acteur, puis cochez les lieux où il est présent.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="273"/>
        <source>Average readiness: not assessed yet</source>
        <translation>Préparation moyenne&#xa0;: pas encore évaluée</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="276"/>
        <source>Average readiness: %1</source>
        <translation>Préparation moyenne&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="326"/>
        <source>Add actor %1</source>
        <translation>Ajouter l’acteur %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="326"/>
        <source>Change actor %1</source>
        <translation>Modifier l’acteur %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="327"/>
        <source>Delete actor %1</source>
        <translation>Supprimer l’acteur %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/actors.py" line="339"/>
        <source>Change where %1 is present</source>
        <translation>Modifier les lieux de présence de %1</translation>
    </message>
</context>
<context>
    <name>AddCapacityDialog</name>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="85"/>
        <source>Add a capacity</source>
        <translation>Ajouter une capacité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="88"/>
        <source>Name the capacity and say where the mission provides it; fill in the rest in the detail panel.</source>
        <translation>Nommez la capacité et indiquez où la mission l’assure&#x202f;; complétez le reste dans le panneau de détail.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="95"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="96"/>
        <source>e.g. Community alert network (Kanzi)</source>
        <translation>par ex. Réseau d’alerte communautaire (Kanzi)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="97"/>
        <source>Location:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="98"/>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="99"/>
        <source>Quantity:</source>
        <translation>Quantité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="100"/>
        <source>Unit:</source>
        <translation>Unité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="101"/>
        <source>e.g. community liaison assistants</source>
        <translation>par ex. assistants de liaison communautaire</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="106"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="124"/>
        <source>This plan has no location yet: add one on the Locations page first.</source>
        <translation>Ce plan n’a encore aucun lieu&#xa0;: ajoutez-en un d’abord dans la page Lieux.</translation>
    </message>
</context>
<context>
    <name>BackgroundEditorPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/plan_page.py" line="579"/>
        <source>Reading the plan failed</source>
        <translation>La lecture du plan a échoué</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="123"/>
        <source>Set {field} to {value} for {n} capacities</source>
        <translation>Mettre {field} à {value} pour {n} capacités</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="42"/>
        <source>Change the selected capacities</source>
        <translation>Modifier les capacités sélectionnées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="45"/>
        <source>Set one value for all %n selected capacities; Ctrl+Z undoes it in one step.</source>
        <translation>
            <numerusform>Donner une valeur à la capacité sélectionnée (%n)&#xa0;; Ctrl+Z l’annule en une étape.</numerusform>
            <numerusform>Donner une même valeur aux %n capacités sélectionnées&#xa0;; Ctrl+Z l’annule en une étape.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="53"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="53"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="54"/>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="54"/>
        <source>POC tier</source>
        <translation>Niveau PoC</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="55"/>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="56"/>
        <source>Handover status (of their handovers)</source>
        <translation>Statut de passation (de leurs passations)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="57"/>
        <source>Successor and share</source>
        <translation>Successeur et part</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="59"/>
        <source>&amp;Set:</source>
        <translation>&amp;Modifier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="64"/>
        <source>&amp;To:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="70"/>
        <source>S&amp;hare each hands over:</source>
        <translation>&amp;Part transmise par chacune&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="77"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/bulk_edit.py" line="105"/>
        <source>Choose a value from the list.</source>
        <translation>Choisissez une valeur dans la liste.</translation>
    </message>
</context>
<context>
    <name>CapacityDetailPanel</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="65"/>
        <source>C&amp;apacity</source>
        <translation>C&amp;apacité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="66"/>
        <source>&amp;Successors</source>
        <translation>&amp;Successeurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="67"/>
        <source>&amp;Readiness</source>
        <translation>&amp;Préparation</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="68"/>
        <source>F&amp;unding</source>
        <translation>&amp;Financement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="69"/>
        <source>Co&amp;mments</source>
        <translation>Co&amp;mmentaires</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="71"/>
        <source>Every field of the capacity</source>
        <translation>Tous les champs de la capacité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="72"/>
        <source>Who takes the capacity over, how much, how and when</source>
        <translation>Qui reprend la capacité, pour quelle part, comment et quand</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="73"/>
        <source>How ready each successor is, on seven dimensions</source>
        <translation>Le degré de préparation de chaque successeur, sur sept dimensions</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="74"/>
        <source>Money for the capacity and its handovers</source>
        <translation>Fonds pour la capacité et ses transferts</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="75"/>
        <source>Discussion between planners</source>
        <translation>Discussion entre planificateurs</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="98"/>
        <source>Capacities selected: %n</source>
        <translation>
            <numerusform>Capacité sélectionnée&#xa0;: %n</numerusform>
            <numerusform>Capacités sélectionnées&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/detail_panel.py" line="121"/>
        <source>Select a capacity to see and edit it here.</source>
        <translation>Sélectionnez une capacité pour la voir et la modifier ici.</translation>
    </message>
</context>
<context>
    <name>CapacityForm</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="83"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="83"/>
        <source>What the mission does, e.g. &apos;Community alert network (Kanzi)&apos;</source>
        <translation>Ce que fait la mission, par ex. «&#xa0;Réseau d’alerte communautaire (Kanzi)&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="85"/>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="86"/>
        <source>Location:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="87"/>
        <source>Where the mission provides it (team site, field office, province)</source>
        <translation>Où la mission l’assure (site d’équipe, bureau de terrain, province)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="88"/>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="89"/>
        <source>POC tier:</source>
        <translation>Niveau PdC&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="90"/>
        <source>I: dialogue and engagement; II: physical protection; III: protective environment</source>
        <translation>I&#xa0;: dialogue et engagement&#x202f;; II&#xa0;: protection physique&#x202f;; III&#xa0;: environnement protecteur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="91"/>
        <source>Component:</source>
        <translation>Composante&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="92"/>
        <source>Quantity:</source>
        <translation>Quantité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="92"/>
        <source>How many, e.g. 30</source>
        <translation>Combien, par ex. 30</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="93"/>
        <source>Unit:</source>
        <translation>Unité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="93"/>
        <source>What is counted, e.g. &apos;community liaison assistants&apos;</source>
        <translation>Ce qui est compté, par ex. «&#xa0;assistants de liaison communautaire&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="95"/>
        <source>Annual cost:</source>
        <translation>Coût annuel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="96"/>
        <source>What it costs a year, e.g. 120000</source>
        <translation>Son coût annuel, par ex. 120000</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="97"/>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="97"/>
        <source>Three letters, e.g. USD</source>
        <translation>Trois lettres, par ex. USD</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="98"/>
        <source>Mission end date:</source>
        <translation>Fin de la mission&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="99"/>
        <source>When the mission stops providing it here; empty: the location&apos;s closure date</source>
        <translation>Date à laquelle la mission cesse de l’assurer ici&#x202f;; vide&#xa0;: la date de fermeture du lieu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="100"/>
        <source>Criticality:</source>
        <translation>Criticité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="101"/>
        <source>Still required after exit (%):</source>
        <translation>Encore nécessaire après le départ (%)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="102"/>
        <source>How much of today&apos;s provision is still needed once the mission has left</source>
        <translation>Part de la prestation actuelle encore nécessaire après le départ de la mission</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="103"/>
        <source>Populations served:</source>
        <translation>Populations desservies&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="104"/>
        <source>Data assets:</source>
        <translation>Données détenues&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="105"/>
        <source>Contact lists, incident databases, analysis that must be handed over</source>
        <translation>Listes de contacts, bases de données d’incidents, analyses à transférer</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="106"/>
        <source>Holds sensitive data (needs a data-handover protocol)</source>
        <translation>Détient des données sensibles (protocole de transfert des données nécessaire)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="108"/>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="109"/>
        <source>Sensitive record (internal exports only)</source>
        <translation>Enregistrement sensible (exports internes uniquement)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="110"/>
        <source>Sensitive fields:</source>
        <translation>Champs sensibles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="111"/>
        <source>Fields left out of exports for clusters and donors</source>
        <translation>Champs exclus des exports pour les clusters et les bailleurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="114"/>
        <source>Depends on (enablers)</source>
        <translation>Dépend de (facilitateurs)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="115"/>
        <source>Capacities this one cannot run without, e.g. flights, radios, phone credit</source>
        <translation>Capacités sans lesquelles celle-ci ne peut pas fonctionner&#xa0;: vols, radios, crédit téléphonique…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="119"/>
        <source>Enablers</source>
        <translation>Facilitateurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="127"/>
        <source>Enabler to add</source>
        <translation>Facilitateur à ajouter</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="128"/>
        <source>Type part of a capacity&apos;s name, pick it from the list, then Add</source>
        <translation>Tapez une partie du nom d’une capacité, choisissez-la dans la liste, puis Ajouter</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="130"/>
        <source>Type to search capacities</source>
        <translation>Tapez pour chercher une capacité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="133"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="134"/>
        <source>This capacity depends on the chosen one</source>
        <translation>Cette capacité dépend de celle choisie</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="137"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="155"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="155"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="156"/>
        <source>Annual cost</source>
        <translation>Coût annuel</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="156"/>
        <source>Data assets</source>
        <translation>Données détenues</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="157"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="201"/>
        <source>{format}; empty: {date}, from the location</source>
        <translation>{format} ; vide : {date}, celle du lieu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="215"/>
        <source>Change {field} of {capacity}</source>
        <translation>Modifier «&#xa0;{field}&#xa0;» de {capacity}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="231"/>
        <source>{capacity} depends on {enabler}</source>
        <translation>{capacity} dépend de {enabler}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/capacity_form.py" line="242"/>
        <source>{capacity} no longer depends on {enabler}</source>
        <translation>{capacity} ne dépend plus de {enabler}</translation>
    </message>
</context>
<context>
    <name>CapacityTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="33"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="41"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="42"/>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="43"/>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="34"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="44"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="35"/>
        <source>Mission end</source>
        <translation>Fin de la mission</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="36"/>
        <source>Successors</source>
        <translation>Successeurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="37"/>
        <source>Handover status</source>
        <translation>Statut du transfert</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="38"/>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="39"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="40"/>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="47"/>
        <source>no funding line</source>
        <translation>aucune ligne de financement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="48"/>
        <source>required</source>
        <translation>requis</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="49"/>
        <source>partly secured</source>
        <translation>partiellement acquis</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="50"/>
        <source>secured</source>
        <translation>acquis</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="148"/>
        <source>Lowest readiness score (1-5) of the capacity&apos;s open handovers</source>
        <translation>Note de préparation la plus basse (1 à 5) des transferts en cours de la capacité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/inventory.py" line="195"/>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../transition_planner/ui/charts/common.py" line="239"/>
        <location filename="../../transition_planner/ui/pages/map.py" line="793"/>
        <source>Charts can be saved as PNG or SVG, not &apos;{suffix}&apos;.</source>
        <translation>Les graphiques s’enregistrent en PNG ou en SVG, pas en «&#xa0;{suffix}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/common.py" line="240"/>
        <source>no extension</source>
        <translation>sans extension</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/common.py" line="242"/>
        <location filename="../../transition_planner/ui/pages/map.py" line="796"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/common.py" line="251"/>
        <location filename="../../transition_planner/ui/pages/map.py" line="823"/>
        <location filename="../../transition_planner/ui/pages/map.py" line="825"/>
        <source>Could not write {path}.</source>
        <translation>Impossible d’écrire {path}.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/common.py" line="264"/>
        <source>The chart has no size yet: show it before saving it.</source>
        <translation>Le graphique n’a pas encore de taille&#xa0;: affichez-le avant de l’enregistrer.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/common.py" line="291"/>
        <source>Transition Planner chart</source>
        <translation>Graphique de Transition Planner</translation>
    </message>
</context>
<context>
    <name>CliffChart</name>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="41"/>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="107"/>
        <source>Capacities (each counts 1)</source>
        <translation>Capacités (chacune compte 1)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="44"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="44"/>
        <source>UN</source>
        <translation>ONU</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="45"/>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="45"/>
        <source>NGO / civil society</source>
        <translation>ONG / société civile</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="46"/>
        <source>Not covered (gap)</source>
        <translation>Non couvert (lacune)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="46"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="85"/>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="124"/>
        <source>{name}: covered</source>
        <translation>{name}&#xa0;: couvert</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="125"/>
        <source>{name}: required</source>
        <translation>{name}&#xa0;: requis</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="132"/>
        <source>{name}: exit {date}</source>
        <translation>{name}&#xa0;: départ le {date}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="145"/>
        <source>Exit {date}</source>
        <translation>Départ le {date}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="153"/>
        <source>Closure on {date}: {names}</source>
        <translation>Fermeture le {date}&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="163"/>
        <source>Team-site or office closure</source>
        <translation>Fermeture d’un site ou d’un bureau</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="176"/>
        <source>Required: {n}</source>
        <translation>Requis&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="177"/>
        <source>Covered: {n}</source>
        <translation>Couvert&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="189"/>
        <source>Not covered: {n}</source>
        <translation>Non couvert&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/cliff.py" line="192"/>
        <source>{name}: covered {covered} of {required}</source>
        <translation>{name}&#xa0;: couvert {covered} sur {required}</translation>
    </message>
</context>
<context>
    <name>CliffTab</name>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="21"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="22"/>
        <source>POC tier</source>
        <translation>Niveau PdC</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="23"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="24"/>
        <source>Population served</source>
        <translation>Population desservie</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="29"/>
        <source>Compare scenario</source>
        <translation>Comparer un scénario</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="31"/>
        <source>Draw the scenario chosen on the Scenarios tab over this chart</source>
        <translation>Superposer à ce graphique le scénario choisi dans l’onglet Scénarios</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="47"/>
        <source>Tier {tier}</source>
        <translation>Niveau {tier}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="50"/>
        <source>(no population named)</source>
        <translation>(aucune population indiquée)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="52"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="52"/>
        <source>All tiers</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="53"/>
        <source>All locations</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/cliff.py" line="54"/>
        <source>All populations</source>
        <translation>Toutes les populations</translation>
    </message>
</context>
<context>
    <name>CloneScenarioDialog</name>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="191"/>
        <source>Clone a scenario</source>
        <translation>Dupliquer un scénario</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="202"/>
        <source>Copy of:</source>
        <translation>Copie de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="203"/>
        <source>Accelerated withdrawal</source>
        <translation>Retrait accéléré</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="205"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="210"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="211"/>
        <source>Every closure, mission end and the exit move this many months earlier (negative: later); successors keep their dates.</source>
        <translation>Chaque fermeture, fin de mission et le départ sont avancés d’autant de mois (négatif&#xa0;: retardés)&#x202f;; les successeurs gardent leurs dates.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="214"/>
        <source>Closures earlier by:</source>
        <translation>Fermetures avancées de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="216"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="217"/>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="222"/>
        <source>&amp;Clone</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="244"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="244"/>
        <source>Copy of</source>
        <translation>Copie de</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="245"/>
        <source>Closures earlier by</source>
        <translation>Fermetures avancées de</translation>
    </message>
</context>
<context>
    <name>ColumnMemory</name>
    <message>
        <location filename="../../transition_planner/ui/tables.py" line="135"/>
        <source>Reset columns</source>
        <translation>Rétablir les colonnes</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="37"/>
        <source>Comments on this capacity</source>
        <translation>Commentaires sur cette capacité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="41"/>
        <source>No comment on this capacity yet.</source>
        <translation>Aucun commentaire sur cette capacité pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="48"/>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="49"/>
        <source>Write a comment for the other planners…</source>
        <translation>Écrivez un commentaire pour les autres planificateurs…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="56"/>
        <source>Sensitive (internal only)</source>
        <translation>Sensible (interne uniquement)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="57"/>
        <source>Add &amp;comment</source>
        <translation>Ajouter le &amp;commentaire</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="59"/>
        <source>Remove comment</source>
        <translation>Retirer le commentaire</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="60"/>
        <source>Remove the selected comment</source>
        <translation>Retirer le commentaire sélectionné</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="81"/>
        <source> (sensitive)</source>
        <translation> (sensible)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="95"/>
        <source>Comment on {capacity}</source>
        <translation>Commenter {capacity}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="102"/>
        <source>Write something first.</source>
        <translation>Écrivez d’abord quelque chose.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/comments.py" line="120"/>
        <source>Remove a comment</source>
        <translation>Retirer un commentaire</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="118"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="120"/>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="10"/>
        <source>No successor</source>
        <translation>Aucun successeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="11"/>
        <source>Discontinued</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="12"/>
        <source>Successor starts late</source>
        <translation>Successeur en retard</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="13"/>
        <source>Successor ends</source>
        <translation>Fin du successeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="14"/>
        <source>Partly covered</source>
        <translation>Couverture partielle</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="15"/>
        <source>Successor not ready</source>
        <translation>Successeur non prêt</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="16"/>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="17"/>
        <source>Fallback not agreed</source>
        <translation>Repli non convenu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="18"/>
        <source>No signed agreement</source>
        <translation>Pas d&apos;accord signé</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="19"/>
        <source>Unfunded after exit</source>
        <translation>Non financé après le départ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="20"/>
        <source>Shares above 100%</source>
        <translation>Parts supérieures à 100&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="21"/>
        <source>Enabler orphaned</source>
        <translation>Facilitateur orphelin</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="22"/>
        <source>Independence conflict</source>
        <translation>Conflit d’indépendance</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="23"/>
        <source>Data without protocol</source>
        <translation>Données sans protocole</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/common.py" line="24"/>
        <source>Re-engagement trigger</source>
        <translation>Déclencheur de réengagement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="38"/>
        <source>Uncovered location-months</source>
        <translation>Mois-lieux non couverts</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="39"/>
        <source>Capacity-months with a gap</source>
        <translation>Mois-capacités avec lacune</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="40"/>
        <source>Capacities without successor</source>
        <translation>Capacités sans successeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="220"/>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="42"/>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="160"/>
        <source>Scenario:</source>
        <translation>Scénario&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="163"/>
        <source>Scenario shown</source>
        <translation>Scénario affiché</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="164"/>
        <source>The scenario whose gaps the page shows</source>
        <translation>Le scénario dont la page montre les lacunes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="187"/>
        <source>flags</source>
        <translation>alertes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="196"/>
        <source>Flags by kind:</source>
        <translation>Alertes par type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="215"/>
        <source>Protection cliff</source>
        <translation>Rupture de protection</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="216"/>
        <source>Coverage heat map</source>
        <translation>Carte de chaleur de la couverture</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="217"/>
        <source>Funding cliff</source>
        <translation>Rupture de financement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="218"/>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="219"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="233"/>
        <source>Save chart…</source>
        <translation>Enregistrer le graphique…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="235"/>
        <source>Save this chart as a PNG image or an SVG drawing</source>
        <translation>Enregistrer ce graphique en image PNG ou en dessin SVG</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="319"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="322"/>
        <source>The gap analysis failed.</source>
        <translation>L’analyse des lacunes a échoué.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="323"/>
        <source>Computing the gaps failed</source>
        <translation>Le calcul des lacunes a échoué</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="397"/>
        <source>Capacities still required after the mission leaves that no successor takes over; click to list them</source>
        <translation>Capacités encore nécessaires après le départ de la mission qu’aucun successeur ne reprend&#x202f;; cliquez pour les lister</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="401"/>
        <source>Capacities with a successor scored below the readiness threshold on a dimension; click to list them</source>
        <translation>Capacités dont un successeur est noté sous le seuil de préparation sur une dimension&#x202f;; cliquez pour les lister</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="405"/>
        <source>Location-months with at least one capacity below its requirement, over {n} locations; click to list the capacities</source>
        <translation>Mois-lieux où au moins une capacité est sous son besoin, sur {n} lieux&#x202f;; cliquez pour lister les capacités</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="412"/>
        <source>{n} accepted as known risks; click to see the flags</source>
        <translation>{n} acceptée(s) comme risques connus&#x202f;; cliquez pour voir les alertes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="413"/>
        <source>Click to see the flags</source>
        <translation>Cliquez pour voir les alertes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="419"/>
        <source>({n} accepted)</source>
        <translation>({n} acceptée(s))</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="421"/>
        <source>List the capacities with this flag in the inventory</source>
        <translation>Lister dans l’inventaire les capacités ayant cette alerte</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="434"/>
        <source>unfunded after exit</source>
        <translation>non financé après le départ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="443"/>
        <source>Cost of the months after the mission leaves that no secured funding covers; click to list them</source>
        <translation>Coût des mois après le départ de la mission qu’aucun financement acquis ne couvre&#x202f;; cliquez pour les lister</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="446"/>
        <source>Every capacity is funded after the exit</source>
        <translation>Chaque capacité est financée après le départ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="177"/>
        <source>without a successor</source>
        <translation>sans successeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="179"/>
        <source>successor not ready</source>
        <translation>successeur non prêt</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="181"/>
        <source>uncovered location-months</source>
        <translation>mois-lieux non couverts</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="470"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="470"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="472"/>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="481"/>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/page.py" line="483"/>
        <source>Saved the chart to {path}</source>
        <translation>Graphique enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/date_field.py" line="38"/>
        <source>D</source>
        <translation>J</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/date_field.py" line="38"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/date_field.py" line="39"/>
        <source>Y</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/date_field.py" line="103"/>
        <source>Choose the date on a calendar</source>
        <translation>Choisir la date sur un calendrier</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/date_field.py" line="104"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/date_field.py" line="137"/>
        <source>is not a date: write it as {format} (e.g. {example})</source>
        <translation>n’est pas une date : écrivez-la {format} (p. ex. {example})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/date_field.py" line="154"/>
        <source>Write dates as {format}, or pick one with ▾</source>
        <translation>Écrivez les dates {format}, ou choisissez-en une avec ▾</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="218"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="220"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/plan_page.py" line="386"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/plan_page.py" line="389"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/plan_page.py" line="442"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/plan_page.py" line="443"/>
        <source>The changes in the form are not saved yet.</source>
        <translation>Les modifications du formulaire ne sont pas encore enregistrées.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/error_dialog.py" line="24"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/error_dialog.py" line="28"/>
        <source>Something went wrong that Transition Planner did not expect. Your plan is as it was before this action: every change already made is saved. The details below were written to the log file {log}.</source>
        <translation>Un problème imprévu est survenu dans Transition Planner. Votre plan est tel qu’il était avant cette action&#xa0;: toutes les modifications déjà faites sont enregistrées. Les détails ci-dessous ont été écrits dans le fichier journal {log}.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/error_dialog.py" line="40"/>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/error_dialog.py" line="44"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/error_dialog.py" line="45"/>
        <source>Copy the details, e.g. to send them to support</source>
        <translation>Copier les détails, par exemple pour les envoyer à l’assistance</translation>
    </message>
</context>
<context>
    <name>Export3W</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="84"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="85"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="87"/>
        <source>Export who does what where (3W)</source>
        <translation>Exporter qui fait quoi où (3W)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="95"/>
        <source>Cannot export the 3W table</source>
        <translation>Impossible d’exporter le tableau 3W</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="99"/>
        <source>3W table exported</source>
        <translation>Tableau 3W exporté</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="100"/>
        <source>Wrote {rows} rows ({handovers} handovers) to {name}.</source>
        <translation>{rows} lignes ({handovers} transferts) écrites dans {name}.</translation>
    </message>
</context>
<context>
    <name>Export3WDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="30"/>
        <source>Export who does what where (3W)</source>
        <translation>Exporter qui fait quoi où (3W)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="32"/>
        <source>One row per handover and funding line, with the places&apos; P-codes, the clusters&apos; codes and a row of HXL hashtags under the headers.</source>
        <translation>Une ligne par transfert et par ligne de financement, avec les codes P des lieux, les codes des clusters et une ligne de hashtags HXL sous les en-têtes.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="38"/>
        <source>Mission (internal): everything</source>
        <translation>Mission (interne) : tout</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="39"/>
        <source>Protection cluster: no sensitive content</source>
        <translation>Cluster Protection : aucun contenu sensible</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="40"/>
        <source>Donors: no sensitive content</source>
        <translation>Bailleurs : aucun contenu sensible</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="43"/>
        <source>All successors</source>
        <translation>Tous les successeurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="51"/>
        <source>CSV file (.csv)</source>
        <translation>Fichier CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="52"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="53"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="54"/>
        <source>Rows of</source>
        <translation>Lignes de</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="55"/>
        <source>Headers in</source>
        <translation>En-têtes en</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="56"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_3w.py" line="59"/>
        <source>Choose file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
</context>
<context>
    <name>ExportMatrixDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="109"/>
        <source>Export handover matrix</source>
        <translation>Exporter la matrice de transfert</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="112"/>
        <source>Mission (internal): everything</source>
        <translation>Mission (interne)&#xa0;: tout</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="113"/>
        <source>Protection cluster: no sensitive content</source>
        <translation>Cluster Protection&#xa0;: aucun contenu sensible</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="114"/>
        <source>Donors: no sensitive content</source>
        <translation>Bailleurs&#xa0;: aucun contenu sensible</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="122"/>
        <source>Add a row of HXL hashtags under the headers</source>
        <translation>Ajouter une ligne de mots-dièse HXL sous les en-têtes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="127"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="128"/>
        <source>CSV file with HXL hashtags (.csv)</source>
        <translation>Fichier CSV avec hashtags HXL (.csv)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="132"/>
        <source>All successors</source>
        <translation>Tous les successeurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="135"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="136"/>
        <source>Rows of</source>
        <translation>Lignes de</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="137"/>
        <source>Headers in</source>
        <translation>En-têtes en</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="138"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="142"/>
        <source>Choose file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="189"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="190"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="191"/>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="270"/>
        <source>Export report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="207"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="231"/>
        <source>Report saved</source>
        <translation>Rapport enregistré</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="232"/>
        <source>The report was saved to %1 (%2 pages).</source>
        <translation>Le rapport a été enregistré dans %1 (%2 pages).</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="238"/>
        <source>The report could not be written</source>
        <translation>Le rapport n’a pas pu être écrit</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="271"/>
        <source>Open a plan first.</source>
        <translation>Ouvrez d’abord un plan.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="276"/>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="278"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/fields.py" line="152"/>
        <source>is not a number</source>
        <translation>n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/fields.py" line="374"/>
        <source>must be between 0 and 100%</source>
        <translation>doit être compris entre 0 et 100&#xa0;%</translation>
    </message>
</context>
<context>
    <name>FlagNames</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="14"/>
        <source>No successor</source>
        <translation>Aucun successeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="15"/>
        <source>Discontinued after the mission leaves</source>
        <translation>Arrêtée après le départ de la mission</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="16"/>
        <source>Successor starts after the mission leaves</source>
        <translation>Le successeur commence après le départ de la mission</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="17"/>
        <source>Successor&apos;s commitment ends</source>
        <translation>Fin de l&apos;engagement du successeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="18"/>
        <source>Only partly covered</source>
        <translation>Couverte en partie seulement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="19"/>
        <source>Readiness below threshold</source>
        <translation>Préparation sous le seuil</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="20"/>
        <source>Readiness not assessed</source>
        <translation>Préparation non évaluée</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="21"/>
        <source>Fallback not agreed</source>
        <translation>Repli non convenu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="22"/>
        <source>No signed agreement</source>
        <translation>Pas d&apos;accord signé</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="23"/>
        <source>Unfunded after exit</source>
        <translation>Non financé après le départ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="24"/>
        <source>Shares above 100%</source>
        <translation>Parts supérieures à 100&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="25"/>
        <source>Enabler orphaned</source>
        <translation>Facilitateur orphelin</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="26"/>
        <source>Independence conflict</source>
        <translation>Conflit d’indépendance</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="27"/>
        <source>Sensitive data without a handover protocol</source>
        <translation>Données sensibles sans protocole de transfert</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="31"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="32"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="33"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
</context>
<context>
    <name>FlagTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="14"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="15"/>
        <source>Flag</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="16"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="17"/>
        <source>Records involved</source>
        <translation>Enregistrements concernés</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="18"/>
        <source>Accepted risk</source>
        <translation>Risque accepté</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="21"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="22"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="23"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/tables.py" line="71"/>
        <source>Accepted by {who}: {why}</source>
        <translation>Risque accepté par {who}&#xa0;: {why}</translation>
    </message>
</context>
<context>
    <name>FlagsTab</name>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="52"/>
        <source>Kind of flag</source>
        <translation>Type d’alerte</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="55"/>
        <source>Show accepted risks</source>
        <translation>Afficher les risques acceptés</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="61"/>
        <source>&amp;Go to record</source>
        <translation>&amp;Aller à l’enregistrement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="63"/>
        <source>Show the capacity of this flag in the inventory</source>
        <translation>Afficher la capacité de cette alerte dans l’inventaire</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="65"/>
        <source>&amp;Accept risk…</source>
        <translation>&amp;Accepter le risque…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="67"/>
        <source>Mark this flag as a known risk, with why</source>
        <translation>Marquer cette alerte comme risque connu, avec sa justification</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="69"/>
        <source>&amp;Withdraw acceptance</source>
        <translation>&amp;Retirer l’acceptation</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="110"/>
        <source>All kinds of flags</source>
        <translation>Tous les types d’alertes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="140"/>
        <source>Accepted as a known risk by {who} on {when}: {why}</source>
        <translation>Accepté comme risque connu par {who} le {when}&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="163"/>
        <source>Accept risk: {flag}</source>
        <translation>Accepter le risque&#xa0;: {flag}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="166"/>
        <source>Accepted as a known risk: {name}</source>
        <translation>Accepté comme risque connu&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="175"/>
        <source>Withdraw accepted risk: {flag}</source>
        <translation>Retirer le risque accepté&#xa0;: {flag}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/flags.py" line="179"/>
        <source>Withdraw acceptance</source>
        <translation>Retirer l’acceptation</translation>
    </message>
</context>
<context>
    <name>FundingChart</name>
    <message>
        <location filename="../../transition_planner/ui/charts/funding.py" line="67"/>
        <source>Unfunded after exit (gap analysis)</source>
        <translation>Non financé après le départ (analyse des lacunes)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/funding.py" line="81"/>
        <source>Unfunded after exit: {amount}</source>
        <translation>Non financé après le départ&#xa0;: {amount}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/charts/funding.py" line="94"/>
        <source>Exit {date}</source>
        <translation>Départ le {date}</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="90"/>
        <source>Source filter</source>
        <translation>Filtre par source</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="91"/>
        <source>Show only lines from one source</source>
        <translation>Afficher uniquement les lignes d’une source</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="92"/>
        <source>Donor filter</source>
        <translation>Filtre par bailleur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="93"/>
        <source>Show only lines from one donor</source>
        <translation>Afficher uniquement les lignes d’un bailleur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="94"/>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="95"/>
        <source>Show only lines with one status</source>
        <translation>Afficher uniquement les lignes d’un statut</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="96"/>
        <source>Search capacity, location, successor, notes</source>
        <translation>Rechercher capacité, lieu, successeur, notes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="97"/>
        <source>Search funding lines</source>
        <translation>Rechercher des lignes de financement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="98"/>
        <source>Show only lines whose capacity, location, successor, donor or notes contain this</source>
        <translation>Afficher uniquement les lignes dont la capacité, le lieu, le successeur, le bailleur ou les notes contiennent ce texte</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="100"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="101"/>
        <source>Show every funding line again</source>
        <translation>Afficher de nouveau toutes les lignes de financement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="103"/>
        <source>Lines shown</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="111"/>
        <source>Funding lines</source>
        <translation>Lignes de financement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="113"/>
        <source>Totals per year and currency (lines shown)</source>
        <translation>Totaux par année et par devise (lignes affichées)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="116"/>
        <source>Totals per year and currency</source>
        <translation>Totaux par année et par devise</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="117"/>
        <source>Sums of the lines shown above; currencies are never added together</source>
        <translation>Sommes des lignes affichées ci-dessus&#x202f;; les devises ne sont jamais additionnées entre elles</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="124"/>
        <source>Each line&apos;s amount is spread evenly over the months of its period (a line without dates covers the plan&apos;s horizon); a year gets the share of its months.</source>
        <translation>Le montant de chaque ligne est réparti également sur les mois de sa période (une ligne sans dates couvre l’horizon du plan)&#x202f;; chaque année reçoit la part de ses mois.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="128"/>
        <source>How totals per year are counted</source>
        <translation>Comment les totaux annuels sont calculés</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="159"/>
        <source>Type to search capacities</source>
        <translation>Tapez pour chercher une capacité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="160"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="163"/>
        <source>Funds</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="164"/>
        <source>The capacity whoever runs it, or one successor&apos;s handover</source>
        <translation>La capacité quel que soit l’opérateur, ou le transfert à un successeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="165"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="166"/>
        <source>Where the money comes from; the mission&apos;s budget ends with it</source>
        <translation>L’origine des fonds&#x202f;; le budget de la mission s’arrête avec elle</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="167"/>
        <source>e.g. Peacebuilding Fund</source>
        <translation>par ex. Fonds pour la consolidation de la paix</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="171"/>
        <source>Donor</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="171"/>
        <source>Who gives the money</source>
        <translation>Qui apporte les fonds</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="174"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="173"/>
        <source>e.g. 250000</source>
        <translation>par ex. 250000</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="161"/>
        <source>The capacity this money is for; type part of its name or location to find it</source>
        <translation>La capacité que cet argent finance&#x202f;; tapez une partie de son nom ou de son lieu pour la trouver</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="175"/>
        <source>The amount for the whole period, in the currency below</source>
        <translation>Le montant pour toute la période, dans la devise ci-dessous</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="176"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="176"/>
        <source>e.g. USD</source>
        <translation>par ex. USD</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="177"/>
        <source>Three-letter currency code such as USD or EUR</source>
        <translation>Code de devise à trois lettres, comme USD ou EUR</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="178"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="179"/>
        <source>Required (not yet found), pledged, committed or disbursed</source>
        <translation>Requis (pas encore trouvé), annoncé, engagé ou décaissé</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="180"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="181"/>
        <source>First day the money covers; open: the start of the plan&apos;s horizon</source>
        <translation>Premier jour couvert par les fonds&#x202f;; ouvert&#xa0;: le début de l’horizon du plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="182"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="183"/>
        <source>Last day the money covers; open: the end of the plan&apos;s horizon</source>
        <translation>Dernier jour couvert par les fonds&#x202f;; ouvert&#xa0;: la fin de l’horizon du plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="186"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="186"/>
        <source>Conditions, references, caveats</source>
        <translation>Conditions, références, réserves</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="187"/>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="187"/>
        <source>Keep out of cluster and donor exports</source>
        <translation>Exclure des exports pour les clusters et les bailleurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="189"/>
        <source>A sensitive line is left out of exports for clusters and donors</source>
        <translation>Une ligne sensible est exclue des exports pour les clusters et les bailleurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="193"/>
        <source>New line</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="193"/>
        <source>Empty the form to add a funding line</source>
        <translation>Vider le formulaire pour ajouter une ligne de financement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="194"/>
        <source>Add the line, or save the changes (Ctrl+Z undoes)</source>
        <translation>Ajouter la ligne ou enregistrer les modifications (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="195"/>
        <source>Delete the funding line</source>
        <translation>Supprimer la ligne de financement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="224"/>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="225"/>
        <source>All donors</source>
        <translation>Tous les bailleurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="227"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="248"/>
        <source>%1 of %2 lines</source>
        <translation>%1 lignes sur %2</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="267"/>
        <source>The capacity as a whole</source>
        <translation>La capacité dans son ensemble</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="269"/>
        <source>Handover to %1</source>
        <translation>Transfert à %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="278"/>
        <source>Funding line: %1</source>
        <translation>Ligne de financement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="279"/>
        <source>New funding line</source>
        <translation>Nouvelle ligne de financement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="303"/>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="304"/>
        <source>Add funding line %1</source>
        <translation>Ajouter la ligne de financement %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="305"/>
        <source>Change funding line %1</source>
        <translation>Modifier la ligne de financement %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/funding.py" line="306"/>
        <source>Delete funding line %1</source>
        <translation>Supprimer la ligne de financement %1</translation>
    </message>
</context>
<context>
    <name>FundingPanel</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="78"/>
        <source>&amp;New funding line</source>
        <translation>&amp;Nouvelle ligne de financement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="79"/>
        <source>Fill in a new line below, then add it</source>
        <translation>Remplissez une nouvelle ligne ci-dessous, puis ajoutez-la</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="81"/>
        <source>Delete line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="99"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="100"/>
        <source>the capacity</source>
        <translation>la capacité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="101"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="103"/>
        <source>Donor</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="104"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="106"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="108"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="112"/>
        <source>Funding lines of this capacity</source>
        <translation>Lignes de financement de cette capacité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="138"/>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="139"/>
        <source>The capacity as a whole, or the handover to one successor</source>
        <translation>La capacité dans son ensemble, ou le transfert à un successeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="140"/>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="141"/>
        <source>Donor:</source>
        <translation>Bailleur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="141"/>
        <source>e.g. the embassy or fund</source>
        <translation>par ex. l’ambassade ou le fonds</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="142"/>
        <source>Amount:</source>
        <translation>Montant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="142"/>
        <source>e.g. 250000</source>
        <translation>par ex. 250000</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="143"/>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="143"/>
        <source>Three letters, e.g. USD</source>
        <translation>Trois lettres, par ex. USD</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="144"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="145"/>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="146"/>
        <source>Until:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="147"/>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="148"/>
        <source>Sensitive record (internal exports only)</source>
        <translation>Enregistrement sensible (exports internes uniquement)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="149"/>
        <source>&amp;Add funding line</source>
        <translation>&amp;Ajouter la ligne de financement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="172"/>
        <source>The capacity as a whole</source>
        <translation>La capacité dans son ensemble</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="173"/>
        <source>Handover to {actor}</source>
        <translation>Transfert à {actor}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="190"/>
        <source>Funding line</source>
        <translation>Ligne de financement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="200"/>
        <source>New funding line</source>
        <translation>Nouvelle ligne de financement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="216"/>
        <source>Add funding line for {capacity}</source>
        <translation>Ajouter une ligne de financement pour {capacity}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="238"/>
        <source>Delete funding line of {capacity}</source>
        <translation>Supprimer une ligne de financement de {capacity}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/funding_lines.py" line="255"/>
        <source>Change {field} of a funding line</source>
        <translation>Modifier «&#xa0;{field}&#xa0;» d’une ligne de financement</translation>
    </message>
</context>
<context>
    <name>FundingTab</name>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/funding.py" line="19"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/funding.py" line="21"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/funding.py" line="22"/>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/funding.py" line="23"/>
        <source>By year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/funding.py" line="24"/>
        <source>Split</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/funding.py" line="25"/>
        <source>By funding status</source>
        <translation>Par statut de financement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/funding.py" line="26"/>
        <source>By source type</source>
        <translation>Par type de source</translation>
    </message>
</context>
<context>
    <name>FundingTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="31"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="32"/>
        <source>Donor</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="33"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="34"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="35"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="36"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="37"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="38"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="39"/>
        <source>Successor</source>
        <translation>Successeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="40"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="91"/>
        <source>Funds the capacity whoever runs it</source>
        <translation>Finance la capacité, quel que soit l’opérateur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="94"/>
        <source>Open: the plan&apos;s horizon applies</source>
        <translation>Ouvert&#xa0;: l’horizon du plan s’applique</translation>
    </message>
</context>
<context>
    <name>FundingTotalsModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="115"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="116"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="119"/>
        <source>Secured</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="120"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/funding_table.py" line="169"/>
        <source>Rounded to whole units; lines are spread over the months of their period</source>
        <translation>Arrondi à l’unité&#x202f;; les lignes sont réparties sur les mois de leur période</translation>
    </message>
</context>
<context>
    <name>GazetteerImport</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/gazetteer.py" line="78"/>
        <source>Import gazetteer</source>
        <translation>Importer le répertoire géographique</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/gazetteer.py" line="79"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/gazetteer.py" line="80"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/gazetteer.py" line="89"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/gazetteer.py" line="96"/>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/gazetteer.py" line="120"/>
        <source>The import was cancelled; the file being read changed nothing.</source>
        <translation>L&apos;importation a été annulée ; le fichier en cours de lecture n&apos;a rien changé.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/gazetteer.py" line="131"/>
        <source>{file}: {added} units added, {updated} updated, {removed} removed; {shapes} with a boundary.</source>
        <translation>{file} : {added} unités ajoutées, {updated} mises à jour, {removed} supprimées ; {shapes} avec une limite.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/gazetteer.py" line="137"/>
        <source>{n} location(s) have a P-code the gazetteer does not know: see the Locations page or `check`.</source>
        <translation>{n} lieu(x) ont un P-code inconnu du répertoire géographique : voir la page Lieux ou `check`.</translation>
    </message>
</context>
<context>
    <name>HeatMapTab</name>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="23"/>
        <source>Heat map</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="25"/>
        <source>Category by location (after the mission leaves)</source>
        <translation>Catégorie par lieu (après le départ de la mission)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="27"/>
        <source>Location by month</source>
        <translation>Lieu par mois</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="30"/>
        <source>Share of the requirement covered; click a cell to see its capacities</source>
        <translation>Part du besoin couverte&#x202f;; cliquez sur une case pour voir ses capacités</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="44"/>
        <source>under 25% covered</source>
        <translation>couvert à moins de 25&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="44"/>
        <source>25–50%</source>
        <translation>25–50&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="44"/>
        <source>50–75%</source>
        <translation>50–75&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="45"/>
        <source>75–99%</source>
        <translation>75–99&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="45"/>
        <source>fully covered</source>
        <translation>entièrement couvert</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="47"/>
        <source>nothing required</source>
        <translation>aucun besoin</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="58"/>
        <source>No capacity of this category here</source>
        <translation>Aucune capacité de cette catégorie ici</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="60"/>
        <source>After the mission leaves: {covered} of {required} capacity-months covered ({share})</source>
        <translation>Après le départ de la mission&#xa0;: {covered} mois-capacités couverts sur {required} ({share})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="61"/>
        <source>Nothing required after the mission leaves</source>
        <translation>Aucun besoin après le départ de la mission</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="81"/>
        <source>{short} of {n} capacities with a gap; click to list them</source>
        <translation>{short} capacité(s) sur {n} avec une lacune&#x202f;; cliquez pour les lister</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="90"/>
        <source>{covered} of {required} capacities covered ({share})</source>
        <translation>{covered} capacités couvertes sur {required} ({share})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/heat_maps.py" line="91"/>
        <source>Nothing required this month</source>
        <translation>Aucun besoin ce mois-ci</translation>
    </message>
</context>
<context>
    <name>HistoryChangesTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="278"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="279"/>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="280"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
</context>
<context>
    <name>HistoryFields</name>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="56"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="57"/>
        <source>acronym</source>
        <translation>sigle</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="58"/>
        <source>actor type</source>
        <translation>type d’acteur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="59"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="60"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="61"/>
        <source>sensitive</source>
        <translation>sensible</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="62"/>
        <source>sensitive fields</source>
        <translation>champs sensibles</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="63"/>
        <source>inside</source>
        <translation>dans</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="64"/>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="65"/>
        <source>P-code</source>
        <translation>code P</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="66"/>
        <source>closure date</source>
        <translation>date de fermeture</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="67"/>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="68"/>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="70"/>
        <source>names</source>
        <translation>noms</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="71"/>
        <source>P-code above</source>
        <translation>P-code supérieur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="72"/>
        <source>boundary</source>
        <translation>limite</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="73"/>
        <source>source file</source>
        <translation>fichier source</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="74"/>
        <source>administrative units</source>
        <translation>unités administratives</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="75"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="76"/>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="77"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="78"/>
        <source>POC tier</source>
        <translation>niveau PdC</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="79"/>
        <source>component</source>
        <translation>composante</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="80"/>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="81"/>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="82"/>
        <source>annual cost</source>
        <translation>coût annuel</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="83"/>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="84"/>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="85"/>
        <source>criticality</source>
        <translation>criticité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="86"/>
        <source>populations</source>
        <translation>populations</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="87"/>
        <source>share still required</source>
        <translation>part encore nécessaire</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="88"/>
        <source>data assets</source>
        <translation>données détenues</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="89"/>
        <source>holds sensitive data</source>
        <translation>détient des données sensibles</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="90"/>
        <source>capacity</source>
        <translation>capacité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="91"/>
        <source>successor</source>
        <translation>successeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="92"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="93"/>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="94"/>
        <source>modality</source>
        <translation>modalité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="95"/>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="96"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="97"/>
        <source>agreement</source>
        <translation>accord</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="98"/>
        <source>data handover</source>
        <translation>transfert des données</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="99"/>
        <source>data protocol agreed</source>
        <translation>protocole de données convenu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="100"/>
        <source>handover</source>
        <translation>transfert</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="101"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="102"/>
        <source>donor</source>
        <translation>bailleur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="103"/>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="104"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="105"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="106"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="107"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="108"/>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="109"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="110"/>
        <source>record type</source>
        <translation>type d’enregistrement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="111"/>
        <source>record</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="112"/>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="113"/>
        <source>dimension</source>
        <translation>dimension</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="114"/>
        <source>score</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="115"/>
        <source>confidence</source>
        <translation>confiance</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="116"/>
        <source>evidence</source>
        <translation>justification</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="117"/>
        <source>assessed on</source>
        <translation>évalué le</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="118"/>
        <source>needs</source>
        <translation>dépend de</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="119"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="120"/>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="121"/>
        <source>baseline value</source>
        <translation>valeur de référence</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="122"/>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="123"/>
        <source>periods before re-engaging</source>
        <translation>périodes avant réengagement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="124"/>
        <source>monitored from</source>
        <translation>suivi à partir du</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="125"/>
        <source>column titles</source>
        <translation>titres des colonnes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="126"/>
        <source>column mapping</source>
        <translation>correspondance des colonnes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="127"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="128"/>
        <source>measured on</source>
        <translation>mesuré le</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="129"/>
        <source>indicator</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="130"/>
        <source>flag</source>
        <translation>alerte</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="131"/>
        <source>justification</source>
        <translation>justification</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="132"/>
        <source>accepted by</source>
        <translation>accepté par</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="133"/>
        <source>mission name</source>
        <translation>nom de la mission</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="134"/>
        <source>mission acronym</source>
        <translation>sigle de la mission</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="135"/>
        <source>host country</source>
        <translation>pays hôte</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="136"/>
        <source>mandate end</source>
        <translation>fin du mandat</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="137"/>
        <source>planned exit</source>
        <translation>départ prévu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="138"/>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="139"/>
        <source>classification</source>
        <translation>classification</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="140"/>
        <source>horizon start</source>
        <translation>début de l’horizon</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="141"/>
        <source>horizon (months)</source>
        <translation>horizon (mois)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="142"/>
        <source>readiness threshold</source>
        <translation>seuil de préparation</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="143"/>
        <source>active scenario</source>
        <translation>scénario actif</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="144"/>
        <source>baseline</source>
        <translation>scénario de référence</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="145"/>
        <source>closure shift (days)</source>
        <translation>décalage des fermetures (jours)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="146"/>
        <source>closure shift (months)</source>
        <translation>décalage des fermetures (mois)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="147"/>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="148"/>
        <source>unassessed successors count as</source>
        <translation>successeurs non évalués comptés comme</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="149"/>
        <source>agreement state</source>
        <translation>état de l&apos;accord</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="150"/>
        <source>agreement date</source>
        <translation>date de l&apos;accord</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="151"/>
        <source>fallback for</source>
        <translation>repli de</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="152"/>
        <source>exit date</source>
        <translation>date de départ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="153"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="154"/>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="155"/>
        <source>French label</source>
        <translation>libellé français</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="156"/>
        <source>attributes</source>
        <translation>attributs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="157"/>
        <source>built in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="158"/>
        <source>order</source>
        <translation>ordre</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="159"/>
        <source>trigger</source>
        <translation>déclenchement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="160"/>
        <source>from status</source>
        <translation>statut précédent</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="161"/>
        <source>to status</source>
        <translation>nouveau statut</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="162"/>
        <source>changed on</source>
        <translation>modifié le</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="163"/>
        <source>changed by</source>
        <translation>modifié par</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="79"/>
        <source>Record type filter</source>
        <translation>Filtre par type d’enregistrement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="80"/>
        <source>Show only changes to one kind of record</source>
        <translation>Afficher uniquement les modifications d’un type d’enregistrement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="81"/>
        <source>All records</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="84"/>
        <source>Search names and values</source>
        <translation>Rechercher noms et valeurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="85"/>
        <source>Search the history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="86"/>
        <source>Show only entries whose record, user or values contain this</source>
        <translation>Afficher uniquement les entrées dont l’enregistrement, l’utilisateur ou les valeurs contiennent ce texte</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="89"/>
        <source>User filter</source>
        <translation>Filtre par utilisateur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="90"/>
        <source>Show only changes made by one person</source>
        <translation>Afficher uniquement les modifications faites par une personne</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="92"/>
        <location filename="../../transition_planner/ui/pages/history.py" line="103"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="93"/>
        <source>Show only changes made on or after this day</source>
        <translation>Afficher uniquement les modifications faites à partir de ce jour</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="95"/>
        <location filename="../../transition_planner/ui/pages/history.py" line="103"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="96"/>
        <source>Show only changes made on or before this day</source>
        <translation>Afficher uniquement les modifications faites jusqu’à ce jour</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="97"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="98"/>
        <source>Show the whole history again</source>
        <translation>Afficher de nouveau tout l’historique</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="112"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="122"/>
        <source>Entries shown</source>
        <translation>Entrées affichées</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="124"/>
        <location filename="../../transition_planner/ui/pages/history.py" line="130"/>
        <source>Old and new values</source>
        <translation>Anciennes et nouvelles valeurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="127"/>
        <source>Selected entry</source>
        <translation>Entrée sélectionnée</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="131"/>
        <source>Each field before and after the change</source>
        <translation>Chaque champ avant et après la modification</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="135"/>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="136"/>
        <source>Bring the deleted record back, with what was deleted with it (Ctrl+Z undoes)</source>
        <translation>Rétablir l’enregistrement supprimé, avec ce qui a été supprimé avec lui (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="142"/>
        <source>Problem restoring</source>
        <translation>Problème lors du rétablissement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="188"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="196"/>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="198"/>
        <source>The newest %1 entries: narrow the filters to see older ones</source>
        <translation>Les %1 entrées les plus récentes&#xa0;: affinez les filtres pour voir les plus anciennes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="246"/>
        <source>Select an entry to see its old and new values.</source>
        <translation>Sélectionnez une entrée pour voir ses anciennes et nouvelles valeurs.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="248"/>
        <source>%1 %2 “%3” by %4</source>
        <translation>%1&#xa0;%2 «&#xa0;%3&#xa0;» par %4</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="253"/>
        <source>Deleted with it: %1</source>
        <translation>Supprimé avec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="255"/>
        <source>Restored since.</source>
        <translation>Rétabli depuis.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/history.py" line="267"/>
        <source>Restore %1</source>
        <translation>Rétablir %1</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="15"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="16"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="17"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="18"/>
        <source>restored</source>
        <translation>rétabli</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="21"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="22"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="23"/>
        <source>List term</source>
        <translation>Terme de liste</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="24"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="25"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="26"/>
        <source>Actor presence</source>
        <translation>Présence d’un acteur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="27"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="28"/>
        <source>Enabler link</source>
        <translation>Lien de facilitateur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="29"/>
        <source>Handover</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="30"/>
        <source>Status change</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="31"/>
        <source>Readiness score</source>
        <translation>Note de préparation</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="32"/>
        <source>Funding line</source>
        <translation>Ligne de financement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="33"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="34"/>
        <source>Protection indicator</source>
        <translation>Indicateur de protection</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="35"/>
        <source>Indicator value</source>
        <translation>Valeur d’indicateur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="36"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="37"/>
        <source>Accepted flag</source>
        <translation>Alerte acceptée</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="194"/>
        <source>deleted with it: %1</source>
        <translation>supprimé avec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="201"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="215"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="216"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="217"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="218"/>
        <source>Record type</source>
        <translation>Type d’enregistrement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="219"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="220"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="230"/>
        <source>deleted (restored since)</source>
        <translation>supprimé (rétabli depuis)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="254"/>
        <source>Deleted: select it and press Restore to bring it back</source>
        <translation>Supprimé&#xa0;: sélectionnez-le et appuyez sur Rétablir pour le faire revenir</translation>
    </message>
</context>
<context>
    <name>HistoryValues</name>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="167"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="168"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="169"/>
        <source>(a deleted record)</source>
        <translation>(un enregistrement supprimé)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="170"/>
        <source>(deleted location)</source>
        <translation>(lieu supprimé)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="171"/>
        <source>(deleted actor)</source>
        <translation>(acteur supprimé)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="172"/>
        <source>(deleted capacity)</source>
        <translation>(capacité supprimée)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/history_table.py" line="173"/>
        <source>(deleted handover)</source>
        <translation>(transfert supprimé)</translation>
    </message>
</context>
<context>
    <name>ImportMatrix</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="36"/>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="37"/>
        <source>protection cluster</source>
        <translation>cluster Protection</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="38"/>
        <source>donor</source>
        <translation>bailleurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="76"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="182"/>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="187"/>
        <source>Export handover matrix</source>
        <translation>Exporter la matrice de transfert</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="177"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="175"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="188"/>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="190"/>
        <source>Writing the workbook…</source>
        <translation>Écriture du classeur…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="193"/>
        <source>Cannot export the matrix</source>
        <translation>Impossible d’exporter la matrice</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="196"/>
        <source>Matrix exported</source>
        <translation>Matrice exportée</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="197"/>
        <source>Wrote {rows} rows to {name}.</source>
        <translation>{rows} lignes écrites dans {name}.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="212"/>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="247"/>
        <source>Import handover matrix</source>
        <translation>Importer une matrice de transfert</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="214"/>
        <source>Handover matrix (*.xlsx *.csv)</source>
        <translation>Matrice de transfert (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="221"/>
        <source>Import as new rows?</source>
        <translation>Importer comme nouvelles lignes&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="223"/>
        <source>Add its rows to this plan as new rows instead?</source>
        <translation>Ajouter plutôt ses lignes à ce plan comme nouvelles lignes&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="230"/>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="234"/>
        <source>Cannot import the workbook</source>
        <translation>Impossible d’importer le classeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="248"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
</context>
<context>
    <name>ImportMatrixDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="266"/>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="520"/>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="278"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="285"/>
        <source>exported {when} UTC for the {audience} audience</source>
        <translation>exporté le {when} UTC pour le public «&#xa0;{audience}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="287"/>
        <source>rows imported as new rows</source>
        <translation>lignes importées comme nouvelles lignes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="293"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;, {origin}: {added} added, {changed} changed, {deleted} deleted, {unchanged} unchanged, {conflicts} with conflicts, {unreadable} unreadable.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;, {origin}&#xa0;: {added} ajoutée(s), {changed} modifiée(s), {deleted} supprimée(s), {unchanged} inchangée(s), {conflicts} en conflit, {unreadable} illisible(s).</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="312"/>
        <source>Conflicts ({n})</source>
        <translation>Conflits ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="314"/>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="382"/>
        <source>Row / field</source>
        <translation>Ligne / champ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="314"/>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="382"/>
        <source>Plan now</source>
        <translation>Plan actuel</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="315"/>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="383"/>
        <source>Workbook</source>
        <translation>Classeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="323"/>
        <source>Changed ({n})</source>
        <translation>Modifiées ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="324"/>
        <source>Added ({n})</source>
        <translation>Ajoutées ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="325"/>
        <source>Deleted ({n})</source>
        <translation>Supprimées ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="326"/>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="336"/>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="346"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="326"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="328"/>
        <source>conflict: {why}</source>
        <translation>conflit&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="331"/>
        <source>removes {n} record(s)</source>
        <translation>supprime {n} enregistrement(s)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="336"/>
        <source>Why it cannot be read</source>
        <translation>Pourquoi elle est illisible</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="346"/>
        <source>Why the cell is not imported</source>
        <translation>Pourquoi la cellule n’est pas importée</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="348"/>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="368"/>
        <source>Row {n}: </source>
        <translation>Ligne {n}&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="344"/>
        <source>Unreadable ({n})</source>
        <translation>Illisibles ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="276"/>
        <source>Nothing changes until you press Import. Edit &gt; Undo (Ctrl+Z) then takes the whole import back in one step; every change is also kept in the plan&apos;s history.</source>
        <translation>Rien ne change avant que vous n&apos;appuyiez sur Importer. Édition &gt; Annuler (Ctrl+Z) annule ensuite toute l&apos;importation en une seule étape ; chaque modification est aussi conservée dans l&apos;historique du plan.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="289"/>
        <source>no record of the export (a CSV file, or a copy without its hidden sheets), so it is compared with the plan as it is now and no conflict can be found</source>
        <translation>aucune trace de l’export (un fichier CSV, ou une copie sans ses feuilles masquées) : comparé au plan tel qu’il est maintenant, aucun conflit ne peut être détecté</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="354"/>
        <source>Cells not imported ({n})</source>
        <translation>Cellules non importées ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="367"/>
        <source>Funding row {n}: </source>
        <translation>Ligne de financement {n}&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="377"/>
        <source>These values were changed both in the plan since the export and in the workbook. Choose, for each, which one to keep.</source>
        <translation>Ces valeurs ont été modifiées à la fois dans le plan depuis l’export et dans le classeur. Choisissez pour chacune celle à garder.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="382"/>
        <source>At export</source>
        <translation>À l’export</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="383"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="415"/>
        <source>Keep all plan values</source>
        <translation>Garder toutes les valeurs du plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="416"/>
        <source>Take all workbook values</source>
        <translation>Prendre toutes les valeurs du classeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="427"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="429"/>
        <source>Keep it (plan)</source>
        <translation>La garder (plan)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="430"/>
        <source>Delete it (workbook)</source>
        <translation>La supprimer (classeur)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="432"/>
        <source>Leave it deleted (plan)</source>
        <translation>La laisser supprimée (plan)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="433"/>
        <source>Add it again (workbook)</source>
        <translation>L’ajouter de nouveau (classeur)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="435"/>
        <source>Plan value</source>
        <translation>Valeur du plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="436"/>
        <source>Workbook value</source>
        <translation>Valeur du classeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="471"/>
        <source>{n} conflict(s) left to resolve</source>
        <translation>{n} conflit(s) restant(s) à résoudre</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="486"/>
        <source>Delete {n} records?</source>
        <translation>Supprimer {n} enregistrements&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="487"/>
        <source>This import deletes {n} records: {rows} rows of the matrix and what belongs to them, listed on the Deleted tab. Deleted records can be restored from the plan&apos;s history. Delete them?</source>
        <translation>Cette importation supprime {n} enregistrements&#xa0;: {rows} lignes de la matrice et ce qui leur appartient, listés dans l’onglet Supprimés. Les enregistrements supprimés peuvent être restaurés depuis l’historique du plan. Les supprimer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="502"/>
        <source>Import handover matrix</source>
        <translation>Importer une matrice de transfert</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="502"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_matrix.py" line="507"/>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
</context>
<context>
    <name>ImportMonitoring</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="42"/>
        <source>Import monitoring values</source>
        <translation>Importer des valeurs de suivi</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="44"/>
        <source>Survey exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Exports d’enquête (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ImportMonitoringDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="68"/>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="185"/>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="327"/>
        <source>Import monitoring values</source>
        <translation>Importer des valeurs de suivi</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="75"/>
        <source>A KoboToolbox or ODK export (CSV or XLSX)</source>
        <translation>Un export KoboToolbox ou ODK (CSV ou XLSX)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="76"/>
        <source>Choose file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="78"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="86"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="93"/>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="118"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="94"/>
        <source>Location (P-code or name)</source>
        <translation>Lieu (P-code ou nom)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="95"/>
        <source>Submission id (_uuid)</source>
        <translation>Identifiant de la soumission (_uuid)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="96"/>
        <source>Or: indicator named in</source>
        <translation>Ou&#xa0;: indicateur nommé dans</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="97"/>
        <source>with its value in</source>
        <translation>avec sa valeur dans</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="101"/>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="101"/>
        <source>First row</source>
        <translation>Première ligne</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="102"/>
        <source>Values of the indicator</source>
        <translation>Valeurs de l’indicateur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="117"/>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="120"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="117"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="118"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="118"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="120"/>
        <source>Why it is refused</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="125"/>
        <source>Nothing changes until you press Import. Ctrl+Z takes the whole import back; the plan remembers these columns for the next export of the same form.</source>
        <translation>Rien ne change avant que vous n’appuyiez sur Importer. Ctrl+Z annule toute l’importation&#x202f;; le plan retient ces colonnes pour le prochain export du même formulaire.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="133"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="167"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="186"/>
        <source>Survey exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Exports d’enquête (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="207"/>
        <source>Columns as the plan remembers them for the form &apos;{form}&apos;.</source>
        <translation>Colonnes telles que le plan les a retenues pour le formulaire «&#xa0;{form}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="209"/>
        <source>Columns guessed from the headers of &apos;{form}&apos;: check them.</source>
        <translation>Colonnes devinées d’après les en-têtes de «&#xa0;{form}&#xa0;»&#xa0;: vérifiez-les.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="235"/>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="276"/>
        <source>{added} value(s) to add, {already} already in the plan, {refused} row(s) refused, {blank} row(s) without a value.</source>
        <translation>{added} valeur(s) à ajouter, {already} déjà dans le plan, {refused} ligne(s) refusée(s), {blank} ligne(s) sans valeur.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="306"/>
        <source>To add ({n})</source>
        <translation>À ajouter ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="307"/>
        <source>Refused ({n})</source>
        <translation>Refusées ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="310"/>
        <source>Import {n} value(s), leave {m} row(s) out</source>
        <translation>Importer {n} valeur(s), laisser {m} ligne(s) de côté</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="311"/>
        <source>Import {n} value(s)</source>
        <translation>Importer {n} valeur(s)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="327"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="331"/>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/import_monitoring.py" line="342"/>
        <source>Import of {n} value(s) from {name}</source>
        <translation>Importation de {n} valeur(s) depuis {name}</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="73"/>
        <source>%1, handed over to %2</source>
        <translation>%1, transférée à %2</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="82"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="83"/>
        <source>Handover</source>
        <translation>Passation</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="84"/>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="85"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="86"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="87"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="96"/>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="102"/>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="102"/>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="113"/>
        <source>No value yet</source>
        <translation>Aucune valeur encore</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="115"/>
        <source>Beyond in the latest period</source>
        <translation>Au-delà à la dernière période</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="116"/>
        <source>Inside for %n month(s)</source>
        <translation>
            <numerusform>Dans le seuil depuis %n mois</numerusform>
            <numerusform>Dans le seuil depuis %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="118"/>
        <source>Re-engage: %n period(s) beyond</source>
        <translation>
            <numerusform>Réengager : %n période au-delà</numerusform>
            <numerusform>Réengager : %n périodes au-delà</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="119"/>
        <source>Re-engage: %n period(s) silent</source>
        <translation>
            <numerusform>Réengager : %n période sans valeur</numerusform>
            <numerusform>Réengager : %n périodes sans valeur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="125"/>
        <source>Beyond the threshold for %n period(s) in a row: the UN should re-engage.</source>
        <translation>
            <numerusform>Au-delà du seuil pendant %n période d’affilée : l’ONU doit se réengager.</numerusform>
            <numerusform>Au-delà du seuil pendant %n périodes d’affilée : l’ONU doit se réengager.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="128"/>
        <source>Nothing reported for %n period(s): the UN should re-engage.</source>
        <translation>
            <numerusform>Rien de signalé depuis %n période : l’ONU doit se réengager.</numerusform>
            <numerusform>Rien de signalé depuis %n périodes : l’ONU doit se réengager.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="130"/>
        <source>A re-engagement trigger fires after %n period(s) in a row beyond the threshold or without a value.</source>
        <translation>
            <numerusform>Un réengagement est déclenché après %n période d’affilée au-delà du seuil ou sans valeur.</numerusform>
            <numerusform>Un réengagement est déclenché après %n périodes d’affilée au-delà du seuil ou sans valeur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="153"/>
        <source>Unit: %1</source>
        <translation>Unité : %1</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="173"/>
        <source>Reading the inventory failed</source>
        <translation>La lecture de l’inventaire a échoué</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="183"/>
        <source>Search capacities, locations, successors…</source>
        <translation>Rechercher capacités, lieux, successeurs…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="184"/>
        <source>Search the inventory</source>
        <translation>Rechercher dans l’inventaire</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="185"/>
        <source>Shows the capacities whose name, location or successor contains the text (Ctrl+F)</source>
        <translation>Affiche les capacités dont le nom, le lieu ou le successeur contient le texte (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="189"/>
        <source>Category filter</source>
        <translation>Filtre par catégorie</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="192"/>
        <source>Location filter</source>
        <translation>Filtre par lieu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="195"/>
        <source>Handover status filter</source>
        <translation>Filtre par statut de transfert</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="198"/>
        <source>With &amp;flags only</source>
        <translation>Avec &amp;alertes uniquement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="199"/>
        <source>Only capacities with at least one gap flag</source>
        <translation>Uniquement les capacités ayant au moins une alerte de lacune</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="203"/>
        <source>&amp;Add capacity…</source>
        <translation>&amp;Ajouter une capacité…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="204"/>
        <source>Add a capacity of the mission to the inventory</source>
        <translation>Ajouter une capacité de la mission à l’inventaire</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="206"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="207"/>
        <source>Delete the selected capacities with their handovers and funding (Del; Ctrl+Z undoes)</source>
        <translation>Supprimer les capacités sélectionnées avec leurs transferts et leurs financements (Suppr&#x202f;; Ctrl+Z annule)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="210"/>
        <source>C&amp;hange selected…</source>
        <translation>&amp;Modifier la sélection…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="212"/>
        <source>Set the location, category, criticality, handover status or successor of every selected capacity at once (Ctrl+E; Ctrl+Z undoes)</source>
        <translation>Donner en une fois le lieu, la catégorie, la criticité, le statut de passation ou le successeur de toutes les capacités sélectionnées (Ctrl+E&#xa0;; Ctrl+Z annule)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="230"/>
        <source>Show &amp;all</source>
        <translation>Tout &amp;afficher</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="231"/>
        <source>Show every capacity again</source>
        <translation>Afficher de nouveau toutes les capacités</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="247"/>
        <source>Capacities</source>
        <translation>Capacités</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/inventory.py" line="440"/>
        <source>Pasted: %n capacities (Ctrl+Z removes them)</source>
        <translation>
            <numerusform>Collée&#xa0;: %n capacité (Ctrl+Z la retire)</numerusform>
            <numerusform>Collées&#xa0;: %n capacités (Ctrl+Z les retire)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/inventory.py" line="455"/>
        <source>Changed: %n records (Ctrl+Z undoes)</source>
        <translation>
            <numerusform>Modifié&#xa0;: %n enregistrement (Ctrl+Z annule)</numerusform>
            <numerusform>Modifiés&#xa0;: %n enregistrements (Ctrl+Z annule)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="512"/>
        <source>Delete capacities</source>
        <translation>Supprimer les capacités</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="307"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="309"/>
        <source>All locations</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="311"/>
        <source>Any handover status</source>
        <translation>Tout statut de transfert</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="331"/>
        <source>{shown} of {total} capacities</source>
        <translation>{shown} capacités sur {total}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="334"/>
        <source>(updating…)</source>
        <translation>(mise à jour…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/inventory.py" line="404"/>
        <source>Showing the %n capacities picked on the Gaps page</source>
        <translation>
            <numerusform>La capacité retenue dans la page Lacunes est affichée (%n)</numerusform>
            <numerusform>Les %n capacités retenues dans la page Lacunes sont affichées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="489"/>
        <source>Add capacity {name}</source>
        <translation>Ajouter la capacité {name}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="493"/>
        <source>Added {name}</source>
        <translation>{name} ajoutée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/inventory.py" line="503"/>
        <source>Delete capacities (%n)</source>
        <translation>
            <numerusform>Supprimer la capacité (%n)</numerusform>
            <numerusform>Supprimer les capacités (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/inventory.py" line="515"/>
        <source>Deleted capacities: %n (Ctrl+Z brings them back)</source>
        <translation>
            <numerusform>Capacité supprimée&#xa0;: %n (Ctrl+Z la rétablit)</numerusform>
            <numerusform>Capacités supprimées&#xa0;: %n (Ctrl+Z les rétablit)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/inventory.py" line="507"/>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
</context>
<context>
    <name>LiveFlags</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="56"/>
        <source>Gap flags of this capacity</source>
        <translation>Alertes de lacune de cette capacité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="83"/>
        <source>Gap flags: recomputing…</source>
        <translation>Alertes de lacune&#xa0;: nouveau calcul…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/widgets/flags.py" line="85"/>
        <source>Gap flags: %n</source>
        <translation>
            <numerusform>Alerte de lacune&#xa0;: %n</numerusform>
            <numerusform>Alertes de lacune&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/flags.py" line="87"/>
        <source>Gap flags: none, this capacity is covered</source>
        <translation>Alertes de lacune&#xa0;: aucune, cette capacité est couverte</translation>
    </message>
</context>
<context>
    <name>LocationClosureTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="263"/>
        <source>Closes on</source>
        <translation>Ferme le</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="264"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="265"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="266"/>
        <source>Within</source>
        <translation>Dans</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="267"/>
        <source>Capacities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="275"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="301"/>
        <source>No date of its own; closes with its enclosing location on %1</source>
        <translation>Pas de date propre&#x202f;; ferme avec le lieu englobant le %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="304"/>
        <source>No closure date planned yet</source>
        <translation>Aucune date de fermeture prévue pour l’instant</translation>
    </message>
</context>
<context>
    <name>LocationTreeModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="49"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="50"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="51"/>
        <source>P-code</source>
        <translation>Code P</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="52"/>
        <source>Closure</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="53"/>
        <source>Capacities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="123"/>
        <source>Planned closure of the mission&apos;s presence; a date in brackets comes from an enclosing location</source>
        <translation>Fermeture prévue de la présence de la mission&#x202f;; une date entre parenthèses vient d’un lieu englobant</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/location_tree.py" line="126"/>
        <source>OCHA P-code (admin1/admin2 codes)</source>
        <translation>Code P de l’OCHA (codes admin1/admin2)</translation>
    </message>
</context>
<context>
    <name>LocationsPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="99"/>
        <source>Location tree</source>
        <translation>Arborescence des lieux</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="100"/>
        <source>Drag a location onto another to move it inside; onto the empty space below to make it top level</source>
        <translation>Faites glisser un lieu sur un autre pour l’y placer&#x202f;; sur l’espace vide en dessous pour le mettre au premier niveau</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="115"/>
        <source>Problem moving a location</source>
        <translation>Problème lors du déplacement d’un lieu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="118"/>
        <location filename="../../transition_planner/ui/pages/locations.py" line="121"/>
        <source>Team-site closure calendar</source>
        <translation>Calendrier de fermeture des sites</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="122"/>
        <source>Locations by planned closure date; team sites without a date are listed last</source>
        <translation>Lieux par date de fermeture prévue&#x202f;; les sites sans date figurent en dernier</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="160"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="160"/>
        <source>e.g. Kalima team site</source>
        <translation>par ex. site d’équipe de Kalima</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="161"/>
        <source>The place&apos;s name (required)</source>
        <translation>Le nom du lieu (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="162"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="163"/>
        <source>Country, province (admin1), territory (admin2), team site or field office</source>
        <translation>Pays, province (admin1), territoire (admin2), site d’équipe ou bureau de terrain</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="165"/>
        <source>Inside</source>
        <translation>Dans</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="166"/>
        <source>The location this one belongs to (or drag it in the tree)</source>
        <translation>Le lieu dont celui-ci fait partie (ou faites-le glisser dans l’arborescence)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="167"/>
        <source>P-code</source>
        <translation>Code P</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="167"/>
        <source>e.g. CD6101</source>
        <translation>par ex. CD6101</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="168"/>
        <source>OCHA P-code of the place, at most 20 characters; checked against the gazetteer when one is imported</source>
        <translation>P-code OCHA du lieu, 20 caractères au plus ; vérifié par rapport au répertoire géographique s&apos;il a été importé</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="173"/>
        <source>What the gazetteer says of the P-code</source>
        <translation>Ce que le répertoire géographique dit du P-code</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="178"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="179"/>
        <source>Degrees north (negative south), WGS 84, e.g. -1.6792; empty: not on the map, or the gazetteer&apos;s centroid</source>
        <translation>Degrés nord (négatif au sud), WGS 84, p. ex. -1,6792 ; vide : pas sur la carte, ou le centroïde du répertoire géographique</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="181"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="182"/>
        <source>Degrees east (negative west), WGS 84, e.g. 29.2228</source>
        <translation>Degrés est (négatif à l&apos;ouest), WGS 84, p. ex. 29,2228</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="183"/>
        <source>degrees</source>
        <translation>degrés</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="185"/>
        <source>Closure date</source>
        <translation>Date de fermeture</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="186"/>
        <source>When the mission plans to close its presence here; without a date the enclosing location&apos;s date applies</source>
        <translation>Date à laquelle la mission prévoit de fermer sa présence ici&#x202f;; sans date, celle du lieu englobant s’applique</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="190"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="190"/>
        <source>Anything planners should know</source>
        <translation>Tout ce que les planificateurs doivent savoir</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="191"/>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="191"/>
        <source>Keep out of cluster and donor exports</source>
        <translation>Exclure des exports pour les clusters et les bailleurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="193"/>
        <source>A sensitive location is left out of exports for clusters and donors</source>
        <translation>Un lieu sensible est exclu des exports pour les clusters et les bailleurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="202"/>
        <location filename="../../transition_planner/ui/pages/locations.py" line="295"/>
        <source>New location</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="202"/>
        <source>Empty the form to add a top-level location</source>
        <translation>Vider le formulaire pour ajouter un lieu de premier niveau</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="195"/>
        <source>New inside</source>
        <translation>Nouveau lieu à l’intérieur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="196"/>
        <source>Add a location inside the one shown</source>
        <translation>Ajouter un lieu à l’intérieur de celui affiché</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="204"/>
        <source>Add the location, or save the changes (Ctrl+Z undoes)</source>
        <translation>Ajouter le lieu ou enregistrer les modifications (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="205"/>
        <source>Delete the location; one that still holds locations or capacities cannot be deleted</source>
        <translation>Supprimer le lieu&#x202f;; un lieu qui contient encore des lieux ou des capacités ne peut pas être supprimé</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="198"/>
        <source>Drag a location in the tree to move it into another one.</source>
        <translation>Faites glisser un lieu dans l’arborescence pour le déplacer dans un autre.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="236"/>
        <source>— top level —</source>
        <translation>— premier niveau —</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="322"/>
        <source>%1 is not in the gazetteer: check the code</source>
        <translation>%1 n&apos;est pas dans le répertoire géographique : vérifiez le code</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="326"/>
        <source>%1 in the gazetteer (admin %2)</source>
        <translation>%1 dans le répertoire géographique (admin %2)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="369"/>
        <source>Add location %1</source>
        <translation>Ajouter le lieu %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="369"/>
        <source>Change location %1</source>
        <translation>Modifier le lieu %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="370"/>
        <source>Delete location %1</source>
        <translation>Supprimer le lieu %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="380"/>
        <source>Move %1 into %2</source>
        <translation>Déplacer %1 dans %2</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/locations.py" line="381"/>
        <source>Move %1 to the top level</source>
        <translation>Déplacer %1 au premier niveau</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="72"/>
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="73"/>
        <source>on {host}</source>
        <translation>sur {host}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="74"/>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="168"/>
        <location filename="../../transition_planner/ui/main_window.py" line="192"/>
        <location filename="../../transition_planner/ui/main_window.py" line="1233"/>
        <location filename="../../transition_planner/ui/main_window.py" line="1247"/>
        <source>Transition Planner</source>
        <translation>Transition Planner</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="199"/>
        <source>Plan the handover of a UN mission&apos;s protection capacities to their successors, so that nothing falls off the protection cliff when the mission leaves. Every change is saved in the plan file as you make it.</source>
        <translation>Planifiez le transfert des capacités de protection d’une mission de l’ONU à leurs successeurs, pour éviter toute rupture de protection au départ de la mission. Chaque modification est enregistrée dans le fichier du plan au moment où vous la faites.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="212"/>
        <location filename="../../transition_planner/ui/main_window.py" line="341"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="212"/>
        <location filename="../../transition_planner/ui/main_window.py" line="343"/>
        <source>Start an empty plan file</source>
        <translation>Créer un fichier de plan vide</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="213"/>
        <location filename="../../transition_planner/ui/main_window.py" line="344"/>
        <source>&amp;Open plan…</source>
        <translation>&amp;Ouvrir un plan…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="213"/>
        <source>Open a .tplan file</source>
        <translation>Ouvrir un fichier .tplan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="214"/>
        <location filename="../../transition_planner/ui/main_window.py" line="350"/>
        <source>Open the &amp;demo plan</source>
        <translation>Ouvrir le plan de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="215"/>
        <source>A fictional mission with deliberate gaps, to explore the tool</source>
        <translation>Une mission fictive avec des lacunes voulues, pour découvrir l’outil</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="223"/>
        <source>Recent plans:</source>
        <translation>Plans récents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="227"/>
        <source>Recent plans</source>
        <translation>Plans récents</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="246"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="332"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="346"/>
        <source>Open a .tplan plan file</source>
        <translation>Ouvrir un fichier de plan .tplan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="348"/>
        <source>Open &amp;team plan…</source>
        <translation>Ouvrir un plan d’é&amp;quipe…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="349"/>
        <source>Open a plan kept on the team&apos;s PostgreSQL server</source>
        <translation>Ouvrir un plan conservé sur le serveur PostgreSQL de l’équipe</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="352"/>
        <source>Write a fresh copy of the demo plan and open it</source>
        <translation>Écrire une nouvelle copie du plan de démonstration et l’ouvrir</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="353"/>
        <source>&amp;Recent plans</source>
        <translation>Plans &amp;récents</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="357"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="359"/>
        <source>Save what is being typed (fields are also saved when left)</source>
        <translation>Enregistrer la saisie en cours (les champs sont aussi enregistrés quand on les quitte)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="370"/>
        <source>Write the handover matrix to an Excel workbook or a CSV file with HXL hashtags</source>
        <translation>Écrire la matrice de transfert dans un classeur Excel ou un fichier CSV avec hashtags HXL</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="373"/>
        <source>Read a handover matrix workbook or CSV file edited by partners</source>
        <translation>Lire un classeur ou un fichier CSV de la matrice de transfert modifié par les partenaires</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="375"/>
        <source>Export &amp;who does what where (3W)…</source>
        <translation>Exporter &amp;qui fait quoi où (3W)…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="376"/>
        <source>Write the handovers and their funding as a 3W table with HXL hashtags (CSV or Excel)</source>
        <translation>Écrire les transferts et leur financement en tableau 3W avec hashtags HXL (CSV ou Excel)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="452"/>
        <source>The plan&apos;s name, mission, mandate end, planned exit and horizon</source>
        <translation>Le nom du plan, la mission, la fin du mandat, le départ prévu et l’horizon</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="361"/>
        <source>Save a &amp;copy as…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="363"/>
        <source>Write a copy of the plan to another file (changes are saved already)</source>
        <translation>Écrire une copie du plan dans un autre fichier (les modifications sont déjà enregistrées)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="365"/>
        <source>S&amp;ync with the team plan…</source>
        <translation>S&amp;ynchroniser avec le plan d’équipe…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="366"/>
        <source>Send this field copy&apos;s changes to the team plan and bring theirs back</source>
        <translation>Envoyer les modifications de cette copie de terrain au plan d’équipe et rapporter les leurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="369"/>
        <source>&amp;Export handover matrix…</source>
        <translation>&amp;Exporter la matrice de transfert…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="372"/>
        <source>&amp;Import handover matrix…</source>
        <translation>&amp;Importer une matrice de transfert…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="378"/>
        <source>Import &amp;monitoring values…</source>
        <translation>Importer des valeurs de &amp;suivi…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="379"/>
        <source>Read indicator values from a KoboToolbox or ODK export (CSV or XLSX)</source>
        <translation>Lire des valeurs d’indicateurs dans un export KoboToolbox ou ODK (CSV ou XLSX)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="381"/>
        <source>Export &amp;report…</source>
        <translation>Exporter un &amp;rapport…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="382"/>
        <source>Write a PDF transition report for an audience</source>
        <translation>Écrire un rapport de transition PDF pour un public</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="391"/>
        <source>Export &amp;table view…</source>
        <translation>Exporter le &amp;tableau affiché…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="393"/>
        <source>Write the table shown (its columns, filters and order) to an Excel workbook or a CSV file</source>
        <translation>Écrire le tableau affiché (ses colonnes, ses filtres et son ordre) dans un classeur Excel ou un fichier CSV</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="396"/>
        <source>C&amp;lose plan</source>
        <translation>&amp;Fermer le plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="398"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="333"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="402"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="404"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="417"/>
        <source>&amp;New record</source>
        <translation>&amp;Nouvel enregistrement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="418"/>
        <source>Add a record to the page shown (a capacity, successor, location…)</source>
        <translation>Ajouter un enregistrement à la page affichée (capacité, successeur, lieu…)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="420"/>
        <source>&amp;Edit record</source>
        <translation>Mod&amp;ifier l’enregistrement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="422"/>
        <source>Go to the first field of the selected record&apos;s form</source>
        <translation>Aller au premier champ du formulaire de l’enregistrement sélectionné</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="424"/>
        <source>&amp;Delete selected</source>
        <translation>&amp;Supprimer la sélection</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="426"/>
        <source>Delete the selected records (Ctrl+Z brings them back)</source>
        <translation>Supprimer les enregistrements sélectionnés (Ctrl+Z les rétablit)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="428"/>
        <source>&amp;Change selected capacities…</source>
        <translation>Modifier les &amp;capacités sélectionnées…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="430"/>
        <source>Set one value for every capacity selected in the inventory</source>
        <translation>Donner une même valeur à toutes les capacités sélectionnées dans l’inventaire</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="432"/>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="433"/>
        <source>Copy the selected rows with their column titles, to paste into a spreadsheet</source>
        <translation>Copier les lignes sélectionnées avec les titres des colonnes, pour les coller dans un tableur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="436"/>
        <source>&amp;Paste rows…</source>
        <translation>Co&amp;ller des lignes…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="437"/>
        <source>Add capacities or successors from rows copied in a spreadsheet (shown first)</source>
        <translation>Ajouter des capacités ou des successeurs à partir de lignes copiées dans un tableur (montrées d’abord)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="439"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="441"/>
        <source>Go to the search field of the page shown</source>
        <translation>Aller au champ de recherche de la page affichée</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="444"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="334"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="451"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="454"/>
        <source>&amp;Milestones…</source>
        <translation>&amp;Jalons…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="455"/>
        <source>Mandate decisions, drawdown phases, closures, reviews</source>
        <translation>Décisions sur le mandat, phases de retrait, fermetures, revues</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="457"/>
        <source>&amp;Vocabulary…</source>
        <translation>&amp;Vocabulaire…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="458"/>
        <source>The plan&apos;s own categories, actor types and other terms</source>
        <translation>Les catégories, types d’acteurs et autres termes propres au plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="335"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="461"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="463"/>
        <source>Read the plan file again</source>
        <translation>Relire le fichier du plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="465"/>
        <source>&amp;Start page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="466"/>
        <source>The steps of a first plan, a matrix to import, the demo</source>
        <translation>Les étapes d&apos;un premier plan, une matrice à importer, la démo</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="336"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="476"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="477"/>
        <source>A short manual: the pages, a first plan step by step, the matrix, reports, team plans</source>
        <translation>Un court manuel : les pages, un premier plan pas à pas, la matrice, les rapports, les plans d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="480"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="481"/>
        <source>Every key of the window&apos;s menus</source>
        <translation>Toutes les touches des menus de la fenêtre</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="483"/>
        <source>&amp;About Transition Planner</source>
        <translation>À &amp;propos de Transition Planner</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="580"/>
        <source>Capacities without a successor: {n}</source>
        <translation>Capacités sans successeur&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="581"/>
        <source>Gap flags: {n}</source>
        <translation>Alertes de lacune&#xa0;: {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/main_window.py" line="649"/>
        <source>Copied %n rows</source>
        <translation>
            <numerusform>%n ligne copiée</numerusform>
            <numerusform>%n lignes copiées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="672"/>
        <source>Export table view</source>
        <translation>Exporter le tableau affiché</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="675"/>
        <source>This page has no table to export.</source>
        <translation>Cette page n’a pas de tableau à exporter.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="683"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/main_window.py" line="692"/>
        <source>Saved %n rows to {name}</source>
        <translation>
            <numerusform>%n ligne enregistrée dans {name}</numerusform>
            <numerusform>%n lignes enregistrées dans {name}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="776"/>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="805"/>
        <source>Open a plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="849"/>
        <source>The plan was written by an older version and has been upgraded; the original is kept as {backup}.</source>
        <translation>Le plan avait été écrit par une version antérieure et a été mis à jour&#x202f;; l’original est conservé sous le nom {backup}.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="927"/>
        <source>Synced with {server}: {sent} change(s) sent, {received} record(s) brought up to date.</source>
        <translation>Synchronisé avec {server}&#xa0;: {sent} modification(s) envoyée(s), {received} enregistrement(s) mis à jour.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="950"/>
        <source>{name} is open elsewhere</source>
        <translation>{name} est ouvert ailleurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="951"/>
        <source>{user} has this plan open for editing {where} since {when} UTC.</source>
        <translation>{user} a ouvert ce plan pour le modifier {where} depuis le {when} UTC.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="954"/>
        <source>Open it read-only to look at it while they work. If you know that window is no longer open (its computer crashed, say), open it for editing: both windows can save changes safely, but neither sees the other&apos;s until it is refreshed.</source>
        <translation>Ouvrez-le en lecture seule pour le consulter pendant que cette personne travaille. Si vous savez que cette fenêtre n’est plus ouverte (son ordinateur s’est arrêté, par exemple), ouvrez-le pour le modifier&#xa0;: les deux fenêtres peuvent enregistrer leurs modifications sans risque, mais aucune ne voit celles de l’autre avant d’être actualisée.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="957"/>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="958"/>
        <source>Open for &amp;editing anyway</source>
        <translation>Ouvrir pour &amp;modifier quand même</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="969"/>
        <source>Cannot open {name}</source>
        <translation>Impossible d’ouvrir {name}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1025"/>
        <location filename="../../transition_planner/ui/main_window.py" line="1046"/>
        <source>Cannot write the demo plan</source>
        <translation>Impossible d’écrire le plan de démonstration</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1033"/>
        <source>Writing the demo plan…</source>
        <translation>Écriture du plan de démonstration…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1034"/>
        <source>Demo plan</source>
        <translation>Plan de démonstration</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1071"/>
        <source>Save a copy of the plan</source>
        <translation>Enregistrer une copie du plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1072"/>
        <source>Transition plans (*.tplan)</source>
        <translation>Plans de transition (*.tplan)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1081"/>
        <source>Cannot save the copy</source>
        <translation>Impossible d’enregistrer la copie</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1085"/>
        <source>Copy saved to {path}</source>
        <translation>Copie enregistrée dans {path}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1102"/>
        <source>This installation is incomplete</source>
        <translation>Cette installation est incomplète</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1103"/>
        <source>This action cannot run: {error}. Reinstall Transition Planner; the log file {log} has the details.</source>
        <translation>Cette action ne peut pas s’exécuter : {error}. Réinstallez Transition Planner ; le journal {log} donne les détails.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1145"/>
        <source>Team plan: {name}</source>
        <translation>Plan d’équipe&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1150"/>
        <source>(none yet)</source>
        <translation>(aucun pour l’instant)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1153"/>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1187"/>
        <source>Read-only: {path}</source>
        <translation>Lecture seule&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1188"/>
        <source>Saved as you work in {path}</source>
        <translation>Enregistré au fil du travail dans {path}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1190"/>
        <source>Team plan, saved as you work on {path}</source>
        <translation>Plan d’équipe, enregistré au fil du travail sur {path}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1217"/>
        <source>opened read-only: {user} has it open for editing {where} since {when} UTC</source>
        <translation>ouvert en lecture seule&#xa0;: {user} l’a ouvert pour le modifier {where} depuis le {when} UTC</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1222"/>
        <source>Read-only ({why}). You can read the plan and export reports; changes cannot be saved.</source>
        <translation>Lecture seule ({why}). Vous pouvez consulter le plan et exporter des rapports&#x202f;; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1241"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1245"/>
        <source>(team plan: {server})</source>
        <translation>(plan d’équipe&#xa0;: {server})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1306"/>
        <source>About Transition Planner</source>
        <translation>À propos de Transition Planner</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1307"/>
        <source>Transition Planner {version}

Plans the handover of a UN peace operation&apos;s protection capacities to successor organisations.</source>
        <translation>Transition Planner {version}

Planifie le transfert des capacités de protection d’une opération de paix de l’ONU à des organisations successeurs.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1329"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="1330"/>
        <source>A form holds changes that are not saved (a new record not added yet, or a value the plan refuses). Close and lose them?</source>
        <translation>Un formulaire contient des modifications non enregistrées (un nouvel élément pas encore ajouté, ou une valeur que le plan refuse). Fermer et les perdre ?</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="427"/>
        <source>No location of this plan is on a map yet. Import the country&apos;s gazetteer and boundaries (the COD-AB files OCHA publishes for each country, as CSV or XLSX and GeoJSON or a zipped shapefile), or type the coordinates of team sites on the Locations page.</source>
        <translation>Aucun lieu de ce plan n&apos;est encore sur une carte. Importez le répertoire géographique et les limites administratives du pays (les fichiers COD-AB qu&apos;OCHA publie pour chaque pays, en CSV ou XLSX et en GeoJSON ou shapefile zippé), ou saisissez les coordonnées des bases sur la page Lieux.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="452"/>
        <source>Colour the map by</source>
        <translation>Colorer la carte selon</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="453"/>
        <source>Uncovered capacity-months</source>
        <translation>Capacités-mois non couvertes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="454"/>
        <source>Month coverage first falls</source>
        <translation>Mois où la couverture tombe</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="456"/>
        <source>Colour by:</source>
        <translation>Colorer selon :</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="460"/>
        <source>Areas filled</source>
        <translation>Zones colorées</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="462"/>
        <source>Areas:</source>
        <translation>Zones :</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="466"/>
        <source>Show the map as seen by</source>
        <translation>Montrer la carte telle que la voit</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="467"/>
        <source>Mission (everything)</source>
        <translation>Mission (tout)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="468"/>
        <source>Protection cluster</source>
        <translation>Cluster protection</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="469"/>
        <source>Donors</source>
        <translation>Bailleurs de fonds</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="473"/>
        <source>Clusters and donors do not see sensitive places; what you save is what you see</source>
        <translation>Les clusters et les bailleurs ne voient pas les lieux sensibles ; ce que vous enregistrez est ce que vous voyez</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="475"/>
        <source>As seen by:</source>
        <translation>Vue par :</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="498"/>
        <source>&amp;Import gazetteer…</source>
        <translation>&amp;Importer le répertoire géographique…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="501"/>
        <source>Load the country&apos;s administrative units and boundaries (OCHA COD-AB files)</source>
        <translation>Charger les unités administratives et les limites du pays (fichiers COD-AB d&apos;OCHA)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="504"/>
        <source>&amp;Save map…</source>
        <translation>&amp;Enregistrer la carte…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="506"/>
        <source>Save the map as shown, as a PNG image or SVG</source>
        <translation>Enregistrer la carte telle qu&apos;affichée, en image PNG ou SVG</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="484"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="486"/>
        <source>Category shown</source>
        <translation>Catégorie affichée</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="487"/>
        <source>POC tier shown</source>
        <translation>Niveau POC affiché</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="488"/>
        <source>Population shown</source>
        <translation>Population affichée</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="513"/>
        <location filename="../../transition_planner/ui/pages/map.py" line="693"/>
        <source>&amp;Play</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="516"/>
        <source>Replay the withdrawal month by month</source>
        <translation>Rejouer le retrait mois par mois</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="521"/>
        <source>Month shown</source>
        <translation>Mois affiché</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="566"/>
        <location filename="../../transition_planner/ui/pages/map.py" line="808"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/map.py" line="584"/>
        <source>%n sensitive place(s) not drawn for this audience</source>
        <translation>
            <numerusform>%n lieu sensible non représenté pour ce public</numerusform>
            <numerusform>%n lieux sensibles non représentés pour ce public</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="588"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="588"/>
        <source>Provinces (admin 1)</source>
        <translation>Provinces (admin 1)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="589"/>
        <source>Territories (admin 2)</source>
        <translation>Territoires (admin 2)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="589"/>
        <source>Admin 3</source>
        <translation>Admin 3</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="606"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="606"/>
        <source>All tiers</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="607"/>
        <source>All populations</source>
        <translation>Toutes les populations</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="610"/>
        <source>Tier {tier}</source>
        <translation>Niveau {tier}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="612"/>
        <source>(no population named)</source>
        <translation>(aucune population indiquée)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="670"/>
        <source>{month} (after the mission&apos;s exit)</source>
        <translation>{month} (après le départ de la mission)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="672"/>
        <source>covered so far</source>
        <translation>couvert jusqu&apos;ici</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="672"/>
        <source>no capacity</source>
        <translation>aucune capacité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="673"/>
        <source>dashed: the mission has left</source>
        <translation>pointillé : la mission est partie</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="675"/>
        <source>First month without enough cover</source>
        <translation>Premier mois sans couverture suffisante</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="679"/>
        <source>Capacity-months without enough cover</source>
        <translation>Capacités-mois sans couverture suffisante</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="690"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="712"/>
        <source>Capacities: {n}</source>
        <translation>Capacités : {n}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="713"/>
        <source>Uncovered capacity-months to {month}: {n}</source>
        <translation>Capacités-mois non couvertes jusqu&apos;en {month} : {n}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="715"/>
        <source>Capacities short of cover in {month}: {n}</source>
        <translation>Capacités sans couverture suffisante en {month} : {n}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="718"/>
        <source>Coverage first falls in {month}</source>
        <translation>La couverture tombe pour la première fois en {month}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="722"/>
        <source>The mission leaves in {month}</source>
        <translation>La mission part en {month}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="725"/>
        <source>Click to list them in the Inventory</source>
        <translation>Cliquer pour les lister dans l&apos;inventaire</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/map.py" line="740"/>
        <source>Showing the %n capacities of {place} picked on the Map page</source>
        <translation>
            <numerusform>%n capacité de {place} choisie sur la page Carte</numerusform>
            <numerusform>%n capacités de {place} choisies sur la page Carte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="748"/>
        <source>Gazetteer tables (*.csv *.xlsx)</source>
        <translation>Tableaux du répertoire géographique (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="749"/>
        <source>Boundaries (*.geojson *.json *.zip *.shp)</source>
        <translation>Limites administratives (*.geojson *.json *.zip *.shp)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="750"/>
        <source>Gazetteer and boundaries (*.csv *.xlsx *.geojson *.json *.zip *.shp)</source>
        <translation>Répertoire géographique et limites (*.csv *.xlsx *.geojson *.json *.zip *.shp)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="752"/>
        <source>Import gazetteer</source>
        <translation>Importer le répertoire géographique</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="771"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="771"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="772"/>
        <location filename="../../transition_planner/ui/pages/map.py" line="782"/>
        <source>Save map</source>
        <translation>Enregistrer la carte</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/map.py" line="784"/>
        <source>Saved the map to {path}</source>
        <translation>Carte enregistrée dans {path}</translation>
    </message>
</context>
<context>
    <name>MapSuccessorDialog</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="354"/>
        <source>Map a successor to {capacity}</source>
        <translation>Attribuer un successeur à {capacity}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="363"/>
        <source>Organisations present in {place} or around it:</source>
        <translation>Organisations présentes à {place} ou autour :</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="368"/>
        <source>Search by name or acronym</source>
        <translation>Rechercher par nom ou sigle</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="369"/>
        <source>Search organisations</source>
        <translation>Rechercher des organisations</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="372"/>
        <source>Show organisations present elsewhere too</source>
        <translation>Afficher aussi les organisations présentes ailleurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="375"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="379"/>
        <source>Handover date</source>
        <translation>Date du transfert</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="380"/>
        <source>When the successor starts providing it (empty: not known yet)</source>
        <translation>Quand le successeur commence à l’assurer (vide : pas encore connu)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="382"/>
        <source>Handover date:</source>
        <translation>Date du transfert&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="388"/>
        <source>&amp;Map</source>
        <translation>&amp;Attribuer</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="421"/>
        <source>Choose the organisation that takes it over.</source>
        <translation>Choisissez l’organisation qui la reprend.</translation>
    </message>
</context>
<context>
    <name>MilestoneTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="61"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="62"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="63"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="64"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>MilestonesDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="239"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
</context>
<context>
    <name>MilestonesEditor</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="97"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="106"/>
        <source>e.g. Security Council mandate renewal</source>
        <translation>p. ex. renouvellement du mandat par le Conseil de sécurité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="107"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="107"/>
        <source>What happens on that day</source>
        <translation>Ce qui se passe ce jour-là</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="108"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="109"/>
        <source>Mandate decision, drawdown phase, closure, handover, exit, review…</source>
        <translation>Décision sur le mandat, phase de retrait, fermeture, passation, départ, revue…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="110"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="111"/>
        <source>The day it happens or is due</source>
        <translation>Le jour où cela se passe ou est prévu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="112"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="113"/>
        <source>Where it happens; none for the whole mission</source>
        <translation>Où cela se passe&#xa0;; aucun pour toute la mission</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="117"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="117"/>
        <source>Decisions, references, caveats</source>
        <translation>Décisions, références, réserves</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="121"/>
        <source>&amp;New milestone</source>
        <translation>&amp;Nouveau jalon</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="122"/>
        <source>Empty the form to add a milestone</source>
        <translation>Vider le formulaire pour ajouter un jalon</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="123"/>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="181"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="124"/>
        <source>Add the milestone (changes to one are saved when you leave a field; Ctrl+Z undoes)</source>
        <translation>Ajouter le jalon (les modifications d’un jalon sont enregistrées quand vous quittez un champ&#xa0;; Ctrl+Z annule)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="126"/>
        <source>De&amp;lete</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="127"/>
        <source>Delete the milestone (Ctrl+Z brings it back)</source>
        <translation>Supprimer le jalon (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="173"/>
        <source>The whole mission</source>
        <translation>Toute la mission</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="181"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="198"/>
        <source>Add milestone %1</source>
        <translation>Ajouter le jalon %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="198"/>
        <source>Change milestone %1</source>
        <translation>Modifier le jalon %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/milestones.py" line="199"/>
        <source>Delete milestone %1</source>
        <translation>Supprimer le jalon %1</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="122"/>
        <source>Reading the monitoring failed</source>
        <translation>La lecture du suivi a échoué</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="132"/>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="276"/>
        <source>Handover</source>
        <translation>Passation</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="137"/>
        <source>&amp;Handover:</source>
        <translation>&amp;Passation :</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="139"/>
        <source>Add &amp;default indicators</source>
        <translation>Ajouter les indicateurs par &amp;défaut</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="141"/>
        <source>Attach what the taxonomy suggests watching for this handover&apos;s category (Ctrl+Z removes them)</source>
        <translation>Rattacher ce que la taxonomie propose de suivre pour la catégorie de cette passation (Ctrl+Z les retire)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="143"/>
        <source>Show in the &amp;Inventory</source>
        <translation>Afficher dans l’&amp;inventaire</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="144"/>
        <source>Show the handed-over capacity in the Inventory</source>
        <translation>Afficher la capacité transférée dans l’inventaire</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="160"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="205"/>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="569"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="209"/>
        <source>Values against the threshold</source>
        <translation>Valeurs par rapport au seuil</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="210"/>
        <source>The values (red where they crossed the threshold) against the threshold (dashed)</source>
        <translation>Les valeurs (en rouge là où elles franchissent le seuil) et le seuil (en tirets)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="215"/>
        <source>Values of the indicator</source>
        <translation>Valeurs de l’indicateur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="225"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="226"/>
        <source>The day the value was measured (its month or quarter counts)</source>
        <translation>Le jour de la mesure (c’est son mois ou son trimestre qui compte)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="228"/>
        <source>e.g. 58</source>
        <translation>p. ex. 58</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="229"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="229"/>
        <source>What was measured</source>
        <translation>Ce qui a été mesuré</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="230"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="230"/>
        <source>e.g. monitoring visit</source>
        <translation>p. ex. visite de suivi</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="231"/>
        <source>Where the value comes from</source>
        <translation>D’où vient la valeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="232"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="233"/>
        <source>Empty the fields to add a value</source>
        <translation>Vider les champs pour ajouter une valeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="234"/>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="594"/>
        <source>Add value</source>
        <translation>Ajouter la valeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="235"/>
        <source>Add the value (Return; Ctrl+Z undoes)</source>
        <translation>Ajouter la valeur (Entrée ; Ctrl+Z annule)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="236"/>
        <source>Delete value</source>
        <translation>Supprimer la valeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="237"/>
        <source>Delete the selected value</source>
        <translation>Supprimer la valeur sélectionnée</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="238"/>
        <source>Paste values…</source>
        <translation>Coller des valeurs…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="240"/>
        <source>Add values copied from a spreadsheet: a date and a value per row (Ctrl+V)</source>
        <translation>Ajouter des valeurs copiées d’un tableur : une date et une valeur par ligne (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="271"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="271"/>
        <source>e.g. Alerts answered</source>
        <translation>p. ex. Alertes traitées</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="272"/>
        <source>What is watched after the exit</source>
        <translation>Ce qui est suivi après le départ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="133"/>
        <source>Show the indicators of one handover; type part of its capacity or successor to find it</source>
        <translation>Afficher les indicateurs d’une passation&#x202f;; tapez une partie de sa capacité ou de son successeur pour la trouver</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="136"/>
        <source>Type to search handovers</source>
        <translation>Tapez pour chercher une passation</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="277"/>
        <source>The handover it measures: a trigger keeps it from being marked verified sustained; type part of its name to find it</source>
        <translation>La passation qu’il mesure : un déclenchement l’empêche d’être marquée pérennité vérifiée&#x202f;; tapez une partie de son nom pour la trouver</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="282"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="282"/>
        <source>Where it is measured</source>
        <translation>Où il est mesuré</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="283"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="283"/>
        <source>e.g. %</source>
        <translation>p. ex. %</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="284"/>
        <source>What a value counts: %, alerts a month, days…</source>
        <translation>Ce que compte une valeur : %, alertes par mois, jours…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="285"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="286"/>
        <source>The value while the mission was still there</source>
        <translation>La valeur quand la mission était encore présente</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="287"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="288"/>
        <source>The value beyond which the UN must look again</source>
        <translation>La valeur au-delà de laquelle l’ONU doit se pencher à nouveau</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="289"/>
        <source>Bad when</source>
        <translation>Mauvais si</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="290"/>
        <source>Which side of the threshold is bad</source>
        <translation>De quel côté du seuil la situation se dégrade</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="291"/>
        <source>Expected every</source>
        <translation>Attendu chaque</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="292"/>
        <source>How often a value is expected</source>
        <translation>À quelle fréquence une valeur est attendue</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="293"/>
        <source>Periods (N)</source>
        <translation>Périodes (N)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="294"/>
        <source>N periods in a row beyond the threshold, or without a value, call for re-engagement</source>
        <translation>N périodes d’affilée au-delà du seuil, ou sans valeur, appellent un réengagement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="296"/>
        <source>Monitored from</source>
        <translation>Suivi à partir du</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="297"/>
        <source>Empty: from the handover&apos;s start date</source>
        <translation>Vide : à partir de la date de début de la passation</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="300"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="300"/>
        <source>How it is measured, by whom</source>
        <translation>Comment il est mesuré, et par qui</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="302"/>
        <source>below the threshold</source>
        <translation>sous le seuil</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="302"/>
        <source>above the threshold</source>
        <translation>au-dessus du seuil</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="304"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="304"/>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="305"/>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="446"/>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="306"/>
        <source>Empty the form to add an indicator</source>
        <translation>Vider le formulaire pour ajouter un indicateur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="307"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="308"/>
        <source>Add the indicator, or save the changes (Ctrl+Z undoes)</source>
        <translation>Ajouter l’indicateur, ou enregistrer les modifications (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="310"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="311"/>
        <source>Delete the indicator and its values</source>
        <translation>Supprimer l’indicateur et ses valeurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="355"/>
        <source>All handovers</source>
        <translation>Toutes les passations</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="356"/>
        <source>Indicators of places</source>
        <translation>Indicateurs de lieux</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="359"/>
        <source>None (an indicator of a place)</source>
        <translation>Aucune (indicateur d’un lieu)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="403"/>
        <source>%1 of %2 indicators</source>
        <translation>%1 indicateurs sur %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="406"/>
        <source>Indicators calling for re-engagement (in red): %n. The UN should look again.</source>
        <translation>
            <numerusform>Indicateurs appelant un réengagement (en rouge) : %n. L’ONU doit se pencher à nouveau.</numerusform>
            <numerusform>Indicateurs appelant un réengagement (en rouge) : %n. L’ONU doit se pencher à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="445"/>
        <source>Indicator: %1</source>
        <translation>Indicateur : %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="490"/>
        <source>Add indicator %1</source>
        <translation>Ajouter l’indicateur %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="490"/>
        <source>Change indicator %1</source>
        <translation>Modifier l’indicateur %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="491"/>
        <source>Delete indicator %1</source>
        <translation>Supprimer l’indicateur %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="512"/>
        <source>The capacity of the handover %1</source>
        <translation>La capacité de la passation %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="528"/>
        <source>No default indicator to add: this handover has them all, or its category suggests none.</source>
        <translation>Aucun indicateur par défaut à ajouter : cette passation les a tous, ou sa catégorie n’en propose aucun.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="532"/>
        <source>Add %n default indicators</source>
        <translation>
            <numerusform>Ajouter %n indicateur par défaut</numerusform>
            <numerusform>Ajouter %n indicateurs par défaut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="546"/>
        <source>Added %n default indicators (Ctrl+Z removes them)</source>
        <translation>
            <numerusform>%n indicateur par défaut ajouté (Ctrl+Z le retire)</numerusform>
            <numerusform>%n indicateurs par défaut ajoutés (Ctrl+Z les retire)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="563"/>
        <source>threshold %1</source>
        <translation>seuil %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="568"/>
        <source>Values of %1</source>
        <translation>Valeurs de %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="604"/>
        <source>Save value</source>
        <translation>Enregistrer la valeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="652"/>
        <source>Add a value of %1</source>
        <translation>Ajouter une valeur de %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="662"/>
        <source>Change a value of %1</source>
        <translation>Modifier une valeur de %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="682"/>
        <source>Delete a value of %1</source>
        <translation>Supprimer une valeur de %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="715"/>
        <source>Choose an indicator first: pasted values are added to the indicator shown.</source>
        <translation>Choisissez d’abord un indicateur : les valeurs collées sont ajoutées à l’indicateur affiché.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/monitoring.py" line="721"/>
        <source>Pasted: %n values (Ctrl+Z removes them)</source>
        <translation>
            <numerusform>Collé : %n valeur (Ctrl+Z la retire)</numerusform>
            <numerusform>Collé : %n valeurs (Ctrl+Z les retire)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="106"/>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="43"/>
        <source>Plan name:</source>
        <translation>Nom du plan&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="44"/>
        <source>e.g. Transition plan 2027-2028</source>
        <translation>par ex. Plan de transition 2027-2028</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="45"/>
        <source>Mission:</source>
        <translation>Mission&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="46"/>
        <source>e.g. United Nations Stabilization Mission in …</source>
        <translation>par ex. Mission de stabilisation des Nations Unies en …</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="47"/>
        <source>Acronym:</source>
        <translation>Sigle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="48"/>
        <source>Host country:</source>
        <translation>Pays hôte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="49"/>
        <source>Mandate ends:</source>
        <translation>Fin du mandat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="50"/>
        <source>Planned exit:</source>
        <translation>Départ prévu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="51"/>
        <source>Plan from:</source>
        <translation>Plan à partir de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="52"/>
        <source>First month the plan covers; empty: this month</source>
        <translation>Premier mois couvert par le plan&#x202f;; vide&#xa0;: ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="53"/>
        <source>Months covered:</source>
        <translation>Nombre de mois&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="55"/>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="56"/>
        <source>Three letters, e.g. USD</source>
        <translation>Trois lettres, par ex. USD</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="115"/>
        <source>Plan file</source>
        <translation>Fichier du plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="116"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="123"/>
        <source>Plan file:</source>
        <translation>Fichier du plan&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="131"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="138"/>
        <source>New plan file</source>
        <translation>Nouveau fichier de plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="139"/>
        <source>Transition plans (*.tplan)</source>
        <translation>Plans de transition (*.tplan)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="161"/>
        <source>Say where to save the plan file.</source>
        <translation>Indiquez où enregistrer le fichier du plan.</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/number_field.py" line="91"/>
        <source>is not a number (e.g. {example})</source>
        <translation>n’est pas un nombre (p. ex. {example})</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="32"/>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="33"/>
        <source>The mission&apos;s protection capacities</source>
        <translation>Les capacités de protection de la mission</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="35"/>
        <source>Successors</source>
        <translation>Successeurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="36"/>
        <source>Successor and partner organisations</source>
        <translation>Organisations successeurs et partenaires</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="38"/>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="39"/>
        <source>Provinces, team sites and their closure dates</source>
        <translation>Provinces, sites d’équipe et leurs dates de fermeture</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="41"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="42"/>
        <source>Funding lines and what is unfunded, by year</source>
        <translation>Lignes de financement et ce qui n’est pas financé, par année</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="44"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="45"/>
        <source>Milestones, closures and handover dates</source>
        <translation>Jalons, fermetures et dates de transfert</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="47"/>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="48"/>
        <source>The protection cliff: coverage gaps and flags</source>
        <translation>La rupture de protection&#xa0;: lacunes de couverture et alertes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="50"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="51"/>
        <source>Where and when coverage falls, on the country&apos;s map</source>
        <translation>Où et quand la couverture tombe, sur la carte du pays</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="53"/>
        <source>Monitoring</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="54"/>
        <source>After the exit: indicators of the handovers and when the UN must re-engage</source>
        <translation>Après le départ : les indicateurs des passations et quand l’ONU doit se réengager</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="57"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="58"/>
        <source>Who changed what, and restoring deleted records</source>
        <translation>Qui a modifié quoi, et rétablissement des enregistrements supprimés</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/__init__.py" line="79"/>
        <source>The {page} page cannot be shown: this installation is incomplete ({error}). Reinstall Transition Planner; the log file {log} has the details.</source>
        <translation>La page {page} ne peut pas s’afficher : cette installation est incomplète ({error}). Réinstallez Transition Planner ; le journal {log} donne les détails.</translation>
    </message>
</context>
<context>
    <name>PasteRows</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="140"/>
        <source>Copy the column titles with the rows: the first line says which column is the name, the location, the category…</source>
        <translation>Copiez les titres des colonnes avec les lignes&#xa0;: la première ligne dit quelle colonne est le nom, le lieu, la catégorie…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="122"/>
        <source>No column is called Capacity or Name, so the rows cannot be read as capacities.</source>
        <translation>Aucune colonne ne s’appelle Capacité ou Nom&#xa0;: les lignes ne peuvent pas être lues comme des capacités.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="132"/>
        <source>No column is called Name or Successor, so the rows cannot be read as successors.</source>
        <translation>Aucune colonne ne s’appelle Nom ou Successeur : les lignes ne peuvent pas être lues comme des successeurs.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="169"/>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="195"/>
        <source>unknown {field} “{text}”</source>
        <translation>{field} inconnu(e) «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="170"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="175"/>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="201"/>
        <source>no location called “{text}” in this plan</source>
        <translation>aucun lieu nommé «&#xa0;{text}&#xa0;» dans ce plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="182"/>
        <source>no type given</source>
        <translation>aucun type indiqué</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="213"/>
        <source>{field}: “{text}” is not a {what}</source>
        <translation>{field}&#xa0;: «&#xa0;{text}&#xa0;» n’est pas un(e) {what}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="215"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="216"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="218"/>
        <source>no location given</source>
        <translation>aucun lieu indiqué</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="220"/>
        <source>no category given</source>
        <translation>aucune catégorie indiquée</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="237"/>
        <source>Paste {n} capacities</source>
        <translation>Coller {n} capacités</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="240"/>
        <source>Paste {n} successors</source>
        <translation>Coller {n} successeurs</translation>
    </message>
</context>
<context>
    <name>PasteRowsDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="266"/>
        <source>Paste successors</source>
        <translation>Coller des successeurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="267"/>
        <source>Paste capacities</source>
        <translation>Coller des capacités</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="274"/>
        <source>%n rows will be added as new successors.</source>
        <translation>
            <numerusform>%n ligne sera ajoutée comme nouveau successeur.</numerusform>
            <numerusform>%n lignes seront ajoutées comme nouveaux successeurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="275"/>
        <source>%n rows will be added as new capacities.</source>
        <translation>
            <numerusform>%n ligne sera ajoutée comme nouvelle capacité.</numerusform>
            <numerusform>%n lignes seront ajoutées comme nouvelles capacités.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="278"/>
        <source>%n rows have problems (in red) and will be left out.</source>
        <translation>
            <numerusform>%n ligne a un problème (en rouge) et sera laissée de côté.</numerusform>
            <numerusform>%n lignes ont des problèmes (en rouge) et seront laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="281"/>
        <source>Columns not read: {titles}.</source>
        <translation>Colonnes non lues&#xa0;: {titles}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="295"/>
        <source>&amp;Add %n successors</source>
        <translation>
            <numerusform>&amp;Ajouter %n successeur</numerusform>
            <numerusform>&amp;Ajouter %n successeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="296"/>
        <source>&amp;Add %n capacities</source>
        <translation>
            <numerusform>&amp;Ajouter %n capacité</numerusform>
            <numerusform>&amp;Ajouter %n capacités</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="303"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_rows.py" line="304"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>PasteValues</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="60"/>
        <source>The clipboard holds no rows. Copy two columns in a spreadsheet: the date and the value (a third column may say where it comes from).</source>
        <translation>Le presse-papiers ne contient aucune ligne. Copiez deux colonnes dans un tableur : la date et la valeur (une troisième colonne peut en indiquer la source).</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="74"/>
        <source>a row needs a date and a value</source>
        <translation>une ligne doit avoir une date et une valeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="80"/>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="82"/>
        <source>“{text}” is not a date (write 2026-08-31 or 31/08/2026)</source>
        <translation>« {text} » n’est pas une date (écrivez 2026-08-31 ou 31/08/2026)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="88"/>
        <source>“{text}” is not a number</source>
        <translation>« {text} » n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="102"/>
        <source>Paste {n} values of {name}</source>
        <translation>Coller {n} valeurs de {name}</translation>
    </message>
</context>
<context>
    <name>PasteValuesDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="127"/>
        <source>Paste values of %1</source>
        <translation>Coller des valeurs de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="132"/>
        <source>%n values will be added.</source>
        <translation>
            <numerusform>%n valeur sera ajoutée.</numerusform>
            <numerusform>%n valeurs seront ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="134"/>
        <source>%n rows are refused (in red) and will be left out.</source>
        <translation>
            <numerusform>%n ligne est refusée (en rouge) et sera laissée de côté.</numerusform>
            <numerusform>%n lignes sont refusées (en rouge) et seront laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="137"/>
        <source>The first line holds column titles: it is skipped.</source>
        <translation>La première ligne contient des titres de colonnes : elle est ignorée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="151"/>
        <source>&amp;Add %n values</source>
        <translation>
            <numerusform>&amp;Ajouter %n valeur</numerusform>
            <numerusform>&amp;Ajouter %n valeurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="158"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="158"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="158"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="158"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/paste_values.py" line="159"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>PlanPropertiesDialog</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="66"/>
        <source>Plan properties</source>
        <translation>Propriétés du plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/plan_form.py" line="90"/>
        <source>Change plan properties</source>
        <translation>Modifier les propriétés du plan</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="33"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="36"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="39"/>
        <source>Your name:</source>
        <translation>Votre nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="40"/>
        <source>Recorded in the plan&apos;s history with every change you make</source>
        <translation>Inscrit dans l’historique du plan à chacune de vos modifications</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="41"/>
        <source>Organisation:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="42"/>
        <source>e.g. UNSMK Protection of Civilians Unit</source>
        <translation>par ex. Unité de protection des civils de la MINUSK</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="43"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="45"/>
        <source>Default currency:</source>
        <translation>Devise par défaut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="46"/>
        <source>Proposed for new funding lines, e.g. USD</source>
        <translation>Proposée pour les nouvelles lignes de financement, par ex. USD</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="48"/>
        <source>This plan</source>
        <translation>Ce plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="51"/>
        <source>Readiness threshold:</source>
        <translation>Seuil de préparation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="52"/>
        <source>A successor scoring below this on any dimension is flagged as not ready</source>
        <translation>Un successeur noté en dessous de ce seuil sur une dimension est signalé comme non prêt</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="62"/>
        <source>Open a plan to change its threshold.</source>
        <translation>Ouvrez un plan pour modifier son seuil.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="94"/>
        <source>Your preferences could not be saved: {error}</source>
        <translation>Vos préférences n’ont pas pu être enregistrées&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/preferences.py" line="107"/>
        <source>Change the readiness threshold to {value}</source>
        <translation>Porter le seuil de préparation à {value}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyReasons</name>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="60"/>
        <source>opened read-only</source>
        <translation>ouvert en lecture seule</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="61"/>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="62"/>
        <source>its folder cannot be written to</source>
        <translation>son dossier n’est pas accessible en écriture</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/main_window.py" line="63"/>
        <source>it is on a read-only disk, such as a CD or a write-protected USB stick</source>
        <translation>il se trouve sur un support en lecture seule, comme un CD ou une clé USB protégée en écriture</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="44"/>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="153"/>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="47"/>
        <source>Not ready: {count} of {total} dimensions below {threshold}</source>
        <translation>Non prêt&#xa0;: {count} dimension(s) sur {total} en dessous de {threshold}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="51"/>
        <source>Partly assessed: {count} of {total} dimensions scored</source>
        <translation>Évaluation partielle&#xa0;: {count} dimension(s) notée(s) sur {total}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="53"/>
        <source>Ready: lowest score {score}/5 (threshold {threshold})</source>
        <translation>Prêt&#xa0;: note la plus basse {score}/5 (seuil {threshold})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="70"/>
        <source>score</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="71"/>
        <source>confidence</source>
        <translation>confiance</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="72"/>
        <source>evidence</source>
        <translation>justification</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="73"/>
        <source>date assessed</source>
        <translation>date de l’évaluation</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="80"/>
        <source>What the score rests on</source>
        <translation>Sur quoi repose la note</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="126"/>
        <source>Successor:</source>
        <translation>Successeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="128"/>
        <source>Handover whose readiness is shown</source>
        <translation>Transfert dont la préparation est affichée</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="139"/>
        <source>Readiness summary</source>
        <translation>Synthèse de la préparation</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="142"/>
        <source>Map a successor on the Successors tab to assess its readiness.</source>
        <translation>Affectez un successeur dans l’onglet Successeurs pour évaluer sa préparation.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="163"/>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="165"/>
        <source>not ready</source>
        <translation>non prêt</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="165"/>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="165"/>
        <source>partly ready</source>
        <translation>partiellement prêt</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="166"/>
        <source>mostly ready</source>
        <translation>plutôt prêt</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="166"/>
        <source>fully ready</source>
        <translation>pleinement prêt</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="177"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="177"/>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="314"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="178"/>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="314"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="253"/>
        <source>Agreement signed</source>
        <translation>Accord signé</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="257"/>
        <source>Agreement only drafted: nothing signed gives the authority yet</source>
        <translation>Accord seulement en projet : rien de signé ne donne encore l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="259"/>
        <source>No agreement recorded: nothing written gives the authority yet</source>
        <translation>Aucun accord enregistré : aucun écrit ne donne encore l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="315"/>
        <source>Evidence</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="178"/>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="315"/>
        <source>Assessed on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="289"/>
        <source>Choose a score from 1 to 5 first: evidence and date belong to a score.</source>
        <translation>Choisissez d’abord une note de 1 à 5&#xa0;: la justification et la date se rapportent à une note.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="291"/>
        <source>Clear {dimension} readiness of {actor}</source>
        <translation>Effacer la note «&#xa0;{dimension}&#xa0;» de {actor}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/readiness.py" line="296"/>
        <source>Score {dimension} readiness of {actor}: {score}/5</source>
        <translation>Noter «&#xa0;{dimension}&#xa0;» de {actor}&#xa0;: {score}/5</translation>
    </message>
</context>
<context>
    <name>ReadinessTab</name>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/readiness.py" line="30"/>
        <source>Lowest score of each successor on each dimension over its active handovers (1 not ready, 5 fully ready; below {threshold} is flagged). Weakest successors at the top, weakest dimensions on the left; click a cell to list the capacities.</source>
        <translation>Note la plus basse de chaque successeur sur chaque dimension, pour ses transferts en cours (1 non prêt, 5 pleinement prêt&#x202f;; sous {threshold}, une alerte est levée). Les successeurs les plus faibles en haut, les dimensions les plus faibles à gauche&#x202f;; cliquez sur une case pour lister les capacités.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/readiness.py" line="45"/>
        <source>{score} of 5</source>
        <translation>{score} sur 5</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/readiness.py" line="46"/>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../transition_planner/ui/pages/plan_page.py" line="172"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/plan_page.py" line="196"/>
        <source>Problem with %1</source>
        <translation>Problème avec %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/plan_page.py" line="285"/>
        <source>%1 %2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="50"/>
        <source>Export report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="55"/>
        <source>Donors and headquarters</source>
        <translation>Bailleurs et siège</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="56"/>
        <source>Protection cluster and partners</source>
        <translation>Cluster Protection et partenaires</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="57"/>
        <source>Mission planners (internal)</source>
        <translation>Planificateurs de la mission (interne)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="59"/>
        <source>Prepared for:</source>
        <translation>Préparé pour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="63"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="68"/>
        <source>Locations (none ticked: the whole plan):</source>
        <translation>Lieux (aucun coché&#xa0;: tout le plan)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="79"/>
        <source>Choose file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="88"/>
        <source>The internal report contains every sensitive record and field: do not share it outside the mission.</source>
        <translation>Le rapport interne contient tous les enregistrements et champs sensibles&#xa0;: ne le diffusez pas hors de la mission.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/export_report.py" line="91"/>
        <source>Records and fields marked sensitive are left out; the figures still count them.</source>
        <translation>Les enregistrements et champs marqués sensibles sont exclus&#x202f;; les chiffres les comptent toujours.</translation>
    </message>
</context>
<context>
    <name>ScenarioTab</name>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="59"/>
        <source>Scenario to compare with</source>
        <translation>Scénario de comparaison</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="62"/>
        <source>&amp;Clone scenario…</source>
        <translation>&amp;Dupliquer le scénario…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="64"/>
        <source>Copy a scenario with every closure earlier, e.g. an accelerated withdrawal</source>
        <translation>Copier un scénario en avançant chaque fermeture, par ex. un retrait accéléré</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="68"/>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="180"/>
        <source>Delete scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="69"/>
        <source>Delete the scenario compared with (Ctrl+Z brings it back)</source>
        <translation>Supprimer le scénario de comparaison (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="82"/>
        <source>Successors keep their dates in every scenario: moving closures earlier shows which handovers come too late. The compared scenario is drawn over the protection-cliff chart.</source>
        <translation>Les successeurs gardent leurs dates dans chaque scénario&#xa0;: avancer les fermetures montre quels transferts arrivent trop tard. Le scénario comparé est superposé au graphique de la rupture de protection.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="98"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="106"/>
        <source>Compare {name} with:</source>
        <translation>Comparer {name} avec&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="125"/>
        <source>Unfunded after exit ({currency})</source>
        <translation>Non financé après le départ ({currency})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="157"/>
        <source>Clone scenario {name}</source>
        <translation>Dupliquer le scénario {name}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="166"/>
        <source>Added scenario {name}</source>
        <translation>Scénario {name} ajouté</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/dashboard/scenarios.py" line="177"/>
        <source>Delete scenario {name}</source>
        <translation>Supprimer le scénario {name}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/shortcuts.py" line="24"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/shortcuts.py" line="27"/>
        <source>Del deletes the selected records only when the table has the focus; in a field it deletes characters. Ctrl+Z undoes.</source>
        <translation>Suppr supprime les enregistrements sélectionnés seulement quand le tableau a le focus&#xa0;; dans un champ, il efface des caractères. Ctrl+Z annule.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/shortcuts.py" line="32"/>
        <source>Filter: an action or a key</source>
        <translation>Filtrer&#xa0;: une action ou une touche</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/shortcuts.py" line="33"/>
        <source>Filter the shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/shortcuts.py" line="39"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/shortcuts.py" line="39"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/shortcuts.py" line="39"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="43"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="46"/>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="48"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; was deleted by {who} while you were editing it. Your change was not saved.</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; a été supprimé par {who} pendant que vous le modifiiez. Votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="51"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; was changed by {who} since you opened it. Your change was not saved yet: take theirs, or keep yours over it.</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; a été modifié par {who} depuis que vous l’avez ouvert. Votre modification n’est pas encore enregistrée&#xa0;: reprenez la leur, ou gardez la vôtre par-dessus.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="58"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="58"/>
        <source>Yours</source>
        <translation>Le vôtre</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="58"/>
        <source>Theirs now</source>
        <translation>Le leur, maintenant</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="59"/>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="64"/>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="65"/>
        <source>(not changed)</source>
        <translation>(inchangé)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="80"/>
        <source>Your earlier changes stay on the undo list either way.</source>
        <translation>Vos modifications précédentes restent dans la liste d’annulation dans les deux cas.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="84"/>
        <source>&amp;Reload (take theirs)</source>
        <translation>&amp;Recharger (reprendre la leur)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="85"/>
        <source>Drop your change and show the record as it is now</source>
        <translation>Abandonner votre modification et afficher l’enregistrement tel qu’il est maintenant</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="88"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="89"/>
        <source>Save your values over theirs (Ctrl+Z puts theirs back)</source>
        <translation>Enregistrer vos valeurs par-dessus les leurs (Ctrl+Z remet les leurs)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="103"/>
        <source>{user}, {when} UTC</source>
        <translation>{user}, {when} UTC</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/stale_edit.py" line="129"/>
        <source>Your change cannot be saved</source>
        <translation>Votre modification ne peut pas être enregistrée</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="66"/>
        <source>Start your plan</source>
        <translation>Commencez votre plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="73"/>
        <source>A transition plan lists the mission&apos;s protection capacities, who takes each one over, when, and with what money. Build it in four steps, or start from a handover matrix your team already keeps in Excel.</source>
        <translation>Un plan de transition recense les capacités de protection de la mission, qui reprend chacune, quand et avec quel financement. Construisez-le en quatre étapes, ou partez d&apos;une matrice de passation que votre équipe tient déjà dans Excel.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="91"/>
        <source>Or start from what you have:</source>
        <translation>Ou partez de ce que vous avez :</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="95"/>
        <source>Import a handover matrix…</source>
        <translation>Importer une matrice de passation…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="96"/>
        <source>Read a handover matrix workbook (.xlsx) into this plan</source>
        <translation>Lire un classeur de matrice de passation (.xlsx) dans ce plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="98"/>
        <source>Open the demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="99"/>
        <source>A fictional mission with deliberate gaps, to see a finished plan</source>
        <translation>Une mission fictive avec des lacunes voulues, pour voir un plan achevé</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="102"/>
        <source>Read the user guide</source>
        <translation>Lire le guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="102"/>
        <source>Help &gt; User guide: a short manual</source>
        <translation>Aide &gt; Guide de l&apos;utilisateur : un court manuel</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="113"/>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="114"/>
        <source>The provinces, districts and team sites where the mission works, with the date each site closes.</source>
        <translation>Les provinces, districts et bases d&apos;équipe où la mission travaille, avec la date de fermeture de chaque site.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="115"/>
        <source>Go to Locations</source>
        <translation>Aller aux Lieux</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="116"/>
        <source>Capacities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="117"/>
        <source>What the mission does to protect civilians at each place: patrols, alert networks, monitoring, radio, the flights others depend on.</source>
        <translation>Ce que fait la mission pour protéger les civils en chaque lieu : patrouilles, réseaux d&apos;alerte, surveillance, radio, les vols dont d&apos;autres dépendent.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="119"/>
        <source>Go to Inventory</source>
        <translation>Aller à l&apos;Inventaire</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="120"/>
        <source>Successors</source>
        <translation>Successeurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="121"/>
        <source>The organisations that take each capacity over, and for what share; map them on each capacity&apos;s Successors tab.</source>
        <translation>Les organisations qui reprennent chaque capacité, et pour quelle part ; associez-les dans l&apos;onglet Successeurs de chaque capacité.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="122"/>
        <source>Go to Successors</source>
        <translation>Aller aux Successeurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="123"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="124"/>
        <source>The money for each capacity or handover after the mission leaves: who pays, how much, for which period.</source>
        <translation>Le financement de chaque capacité ou passation après le départ de la mission : qui paie, combien, pour quelle période.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="125"/>
        <source>Go to Funding</source>
        <translation>Aller au Financement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/start.py" line="188"/>
        <source>%n location(s) so far</source>
        <translation>
            <numerusform>%n lieu pour l&apos;instant</numerusform>
            <numerusform>%n lieux pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/start.py" line="190"/>
        <source>%n capacity(ies) so far</source>
        <translation>
            <numerusform>%n capacité pour l&apos;instant</numerusform>
            <numerusform>%n capacités pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="192"/>
        <source>{done} of {total} capacities have a successor; {actors} organisation(s) in the plan</source>
        <translation>{done} capacités sur {total} ont un successeur ; {actors} organisation(s) dans le plan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../transition_planner/ui/pages/start.py" line="196"/>
        <source>%n funding line(s) so far</source>
        <translation>
            <numerusform>%n ligne de financement pour l&apos;instant</numerusform>
            <numerusform>%n lignes de financement pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="198"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="198"/>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/start.py" line="198"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
</context>
<context>
    <name>SuccessorPanel</name>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="155"/>
        <source>Successor:</source>
        <translation>Successeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="107"/>
        <source>&amp;Map successor…</source>
        <translation>&amp;Attribuer un successeur…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="109"/>
        <source>Choose an organisation present where the capacity is, and when it takes over</source>
        <translation>Choisir une organisation présente là où se trouve la capacité, et quand elle la reprend</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="111"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="112"/>
        <source>Remove the selected handover</source>
        <translation>Retirer le transfert sélectionné</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="121"/>
        <source>Successor</source>
        <translation>Successeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="122"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="123"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="124"/>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="125"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="126"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="127"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="132"/>
        <source>Successors of this capacity</source>
        <translation>Successeurs de cette capacité</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="151"/>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="257"/>
        <source>Handover</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="156"/>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="157"/>
        <source>Share taken over (%):</source>
        <translation>Part reprise (%)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="158"/>
        <source>Part of the capacity this successor takes over, 0 to 100</source>
        <translation>Part de la capacité reprise par ce successeur, de 0 à 100</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="159"/>
        <source>Quantity taken over:</source>
        <translation>Quantité reprise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="160"/>
        <source>Optional: how many, e.g. 12 of the 30 assistants</source>
        <translation>Facultatif&#xa0;: combien, par ex. 12 des 30 assistants</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="161"/>
        <source>Modality:</source>
        <translation>Modalité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="162"/>
        <source>Handover date:</source>
        <translation>Date du transfert&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="163"/>
        <source>When the successor starts providing it</source>
        <translation>Date à laquelle le successeur commence à l’assurer</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="164"/>
        <source>Commitment ends:</source>
        <translation>Fin de l’engagement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="165"/>
        <source>Empty: beyond the plan&apos;s horizon</source>
        <translation>Vide&#xa0;: au-delà de l’horizon du plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="166"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="167"/>
        <source>Note on the status change:</source>
        <translation>Note sur le changement de statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="168"/>
        <source>Recorded in the status history with the next status change</source>
        <translation>Inscrite dans l’historique des statuts au prochain changement de statut</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="169"/>
        <source>Agreement:</source>
        <translation>Accord :</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="170"/>
        <source>None, drafted or signed: a handover begun without a signed agreement is flagged</source>
        <translation>Aucun, en projet ou signé : un transfert commencé sans accord signé est signalé</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="172"/>
        <source>Agreement reference:</source>
        <translation>Référence de l’accord&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="173"/>
        <source>MoU, exchange of letters, e.g. &apos;MoU 2027/14&apos;</source>
        <translation>Protocole d’accord, échange de lettres, par ex. «&#xa0;PA 2027/14&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="174"/>
        <source>Agreement signed on:</source>
        <translation>Accord signé le :</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="175"/>
        <source>Fallback for:</source>
        <translation>Solution de repli pour :</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="176"/>
        <source>A fallback counts for nothing until the handover it stands in for is declined or handed back</source>
        <translation>Une solution de repli ne compte pour rien tant que le transfert qu&apos;elle remplace n&apos;est pas refusé ou restitué</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="178"/>
        <source>Data handover:</source>
        <translation>Transfert des données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="179"/>
        <source>How contact lists, case files and databases are handed over, with which consent</source>
        <translation>Comment les listes de contacts, les dossiers et les bases de données sont transférés, avec quel consentement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="180"/>
        <source>Data-handover protocol agreed</source>
        <translation>Protocole de transfert des données convenu</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="181"/>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="182"/>
        <source>Sensitive record (internal exports only)</source>
        <translation>Enregistrement sensible (exports internes uniquement)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="184"/>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="188"/>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="205"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="205"/>
        <source>Drafted</source>
        <translation>En projet</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="206"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="210"/>
        <source>No successor organisation in this plan yet: add them on the Successors page.</source>
        <translation>Aucune organisation successeur dans ce plan pour l’instant&#xa0;: ajoutez-les dans la page Successeurs.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="261"/>
        <source>Handover to {actor}</source>
        <translation>Transfert à {actor}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="264"/>
        <source>(not a fallback)</source>
        <translation>(pas une solution de repli)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="271"/>
        <source>{day}  {step}, by {user}{note}</source>
        <translation>{day}  {step}, par {user}{note}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="300"/>
        <source>Map {actor} to {capacity}</source>
        <translation>Affecter {actor} à {capacity}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="320"/>
        <source>Remove {actor} as successor</source>
        <translation>Retirer {actor} comme successeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/widgets/successors.py" line="337"/>
        <source>Change {field} of the handover to {actor}</source>
        <translation>Modifier «&#xa0;{field}&#xa0;» du transfert à {actor}</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="44"/>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="64"/>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="242"/>
        <source>Sync with the team plan</source>
        <translation>Synchroniser avec le plan d’équipe</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="45"/>
        <source>Password for {server}:</source>
        <translation>Mot de passe pour {server}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="67"/>
        <source>Comparing {file} with {server}…</source>
        <translation>Comparaison de {file} avec {server}…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="73"/>
        <source>Cannot sync</source>
        <translation>Synchronisation impossible</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="90"/>
        <source>Sync {file} with the team plan</source>
        <translation>Synchroniser {file} avec le plan d’équipe</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="99"/>
        <source>Conflicts ({n})</source>
        <translation>Conflits ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="101"/>
        <source>Sent to the server ({n})</source>
        <translation>Envoyé au serveur ({n})</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="105"/>
        <source>The server is written in one transaction, then this file: a sync cut off halfway can simply be run again. The undo history is cleared afterwards.</source>
        <translation>Le serveur est écrit en une seule transaction, puis ce fichier&#xa0;: une synchronisation interrompue à mi-chemin peut simplement être relancée. L’historique d’annulation est ensuite vidé.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="107"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="115"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was checked out from {server} by {who} on {when}. {sent} change(s) go to the server, {pulled} record(s) come back into this file, {conflicts} conflict(s) to choose.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; a été extrait de {server} par {who} le {when}. {sent} modification(s) partent vers le serveur, {pulled} enregistrement(s) reviennent dans ce fichier, {conflicts} conflit(s) à trancher.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="125"/>
        <source>{kind}: {name}</source>
        <translation>{kind} : {name}</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="138"/>
        <source>deleted on the server since the checkout, but edited in this file</source>
        <translation>supprimé sur le serveur depuis l’extraction, mais modifié dans ce fichier</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="140"/>
        <source>deleted in this file, but edited on the server since the checkout</source>
        <translation>supprimé dans ce fichier, mais modifié sur le serveur depuis l’extraction</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="147"/>
        <source>These values were changed both on the server and in this file since the checkout. Choose, for each, which one to keep.</source>
        <translation>Ces valeurs ont été modifiées à la fois sur le serveur et dans ce fichier depuis l’extraction. Choisissez, pour chacune, celle à garder.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="152"/>
        <source>Record / field</source>
        <translation>Enregistrement / champ</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="152"/>
        <source>At checkout</source>
        <translation>À l’extraction</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="152"/>
        <source>Server now</source>
        <translation>Serveur maintenant</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="153"/>
        <source>This file</source>
        <translation>Ce fichier</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="153"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="176"/>
        <source>Keep all server values</source>
        <translation>Garder toutes les valeurs du serveur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="177"/>
        <source>Keep all values of this file</source>
        <translation>Garder toutes les valeurs de ce fichier</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="188"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="190"/>
        <source>Keep it (server)</source>
        <translation>Le garder (serveur)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="191"/>
        <source>Delete it (this file)</source>
        <translation>Le supprimer (ce fichier)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="193"/>
        <source>Leave it deleted (server)</source>
        <translation>Le laisser supprimé (serveur)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="194"/>
        <source>Put it back (this file)</source>
        <translation>Le remettre (ce fichier)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="196"/>
        <source>Server&apos;s value</source>
        <translation>Valeur du serveur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="197"/>
        <source>This file&apos;s value</source>
        <translation>Valeur de ce fichier</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="203"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="203"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="204"/>
        <source>added in this file</source>
        <translation>ajouté dans ce fichier</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="204"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="205"/>
        <source>deleted in this file</source>
        <translation>supprimé dans ce fichier</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="230"/>
        <source>{n} conflict(s) left to choose</source>
        <translation>{n} conflit(s) encore à trancher</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="242"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/sync.py" line="247"/>
        <source>Nothing was synced</source>
        <translation>Rien n’a été synchronisé</translation>
    </message>
</context>
<context>
    <name>TeamPlanDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="144"/>
        <source>Open a team plan</source>
        <translation>Ouvrir un plan d’équipe</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="148"/>
        <source>A team plan lives in a PostgreSQL database that your team works on together. Ask the mission&apos;s IT for the server&apos;s address, the database and your login.</source>
        <translation>Un plan d’équipe est conservé dans une base PostgreSQL sur laquelle votre équipe travaille ensemble. Demandez au service informatique de la mission l’adresse du serveur, la base et votre identifiant.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="154"/>
        <source>Recent team plans</source>
        <translation>Plans d’équipe récents</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="155"/>
        <source>(type the server below)</source>
        <translation>(saisissez le serveur ci-dessous)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="160"/>
        <source>&amp;Recent:</source>
        <translation>&amp;Récents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="165"/>
        <source>e.g. db.mission.example, or 192.0.2.10</source>
        <translation>p. ex. db.mission.example, ou 192.0.2.10</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="172"/>
        <source>e.g. plan</source>
        <translation>p. ex. plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="176"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="176"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="177"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="178"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="179"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="185"/>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Retenir le mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="190"/>
        <source>This computer has no keyring to keep the password in: it is asked each time</source>
        <translation>Cet ordinateur n’a pas de trousseau où garder le mot de passe&#xa0;: il est demandé à chaque fois</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="193"/>
        <source>Kept by the system (Secret Service, KWallet, Keychain, Credential Manager), never in Transition Planner&apos;s settings</source>
        <translation>Conservé par le système (Secret Service, KWallet, Trousseau, Gestionnaire d’identification), jamais dans les réglages de Transition Planner</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="241"/>
        <source>Give the name of the plan&apos;s database.</source>
        <translation>Indiquez le nom de la base de données du plan.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="248"/>
        <source>Connecting to {server}…</source>
        <translation>Connexion à {server}…</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="304"/>
        <source>The server refused this user name or password. Check them and try again.</source>
        <translation>Le serveur a refusé ce nom d’utilisateur ou ce mot de passe. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="306"/>
        <source>The server cannot be reached. Check the server&apos;s name and port, and that this computer is connected to the mission&apos;s network.</source>
        <translation>Le serveur est injoignable. Vérifiez le nom et le port du serveur, et que cet ordinateur est connecté au réseau de la mission.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="309"/>
        <source>The server has no database called {database}.</source>
        <translation>Le serveur n’a pas de base de données nommée {database}.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="311"/>
        <source>The database {database} is not a Transition Planner plan: it holds no plan yet.</source>
        <translation>La base de données {database} n’est pas un plan Transition Planner&#xa0;: elle ne contient encore aucun plan.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="314"/>
        <source>The plan on the server was made by an older version: ask its administrator to back it up and upgrade it (transition-planner server init).</source>
        <translation>Le plan du serveur a été créé par une version plus ancienne&#xa0;: demandez à son administrateur de le sauvegarder et de le mettre à niveau (transition-planner server init).</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="317"/>
        <source>The plan on the server was made by a newer version of Transition Planner: update the application to open it.</source>
        <translation>Le plan du serveur a été créé par une version plus récente de Transition Planner&#xa0;: mettez l’application à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/team_plan.py" line="323"/>
        <source>The server said: {reason}</source>
        <translation>Réponse du serveur&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>TermTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="81"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="82"/>
        <source>French label</source>
        <translation>Libellé français</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="83"/>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="84"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="85"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="90"/>
        <source>shipped</source>
        <translation>fourni</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="91"/>
        <source>this plan</source>
        <translation>ce plan</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="101"/>
        <source>Records holding this term; a term in use cannot be retired</source>
        <translation>Fiches qui portent ce terme&#xa0;; un terme utilisé ne peut pas être retiré</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="654"/>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="655"/>
        <source>Whole horizon</source>
        <translation>Tout l’horizon</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="657"/>
        <source>Months in view</source>
        <translation>Mois affichés</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="658"/>
        <source>How many months fill the width (Ctrl + mouse wheel zooms too)</source>
        <translation>Nombre de mois affichés sur la largeur (Ctrl + molette zoome aussi)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="660"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="663"/>
        <source>Timeline summary</source>
        <translation>Synthèse de la chronologie</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="682"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="687"/>
        <source>Mission provides</source>
        <translation>Assuré par la mission</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="688"/>
        <source>Handover window</source>
        <translation>Période de transfert</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="689"/>
        <source>Starts after the mission left</source>
        <translation>Commence après le départ de la mission</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="690"/>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="691"/>
        <source>Declined or discontinued</source>
        <translation>Refusé ou abandonné</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="692"/>
        <source>Site closure</source>
        <translation>Fermeture de site</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="693"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="694"/>
        <source>Mission exit</source>
        <translation>Départ de la mission</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="695"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="714"/>
        <source>Showing %1, picked on the Timeline</source>
        <translation>Affichage de %1, choisie dans la chronologie</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="724"/>
        <source>%1 handover(s) start after the mission has left (shown in red).</source>
        <translation>%1 transfert(s) commence(nt) après le départ de la mission (en rouge).</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="728"/>
        <source>Every scheduled handover starts before the mission leaves.</source>
        <translation>Chaque transfert prévu commence avant le départ de la mission.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="147"/>
        <source>Timeline chart</source>
        <translation>Graphique chronologique</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="155"/>
        <source>Whole mission</source>
        <translation>Toute la mission</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="165"/>
        <source>%1: no successor</source>
        <translation>%1&#xa0;: aucun successeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="224"/>
        <source>%1 (%2) closes on %3</source>
        <translation>%1 (%2) ferme le %3</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="229"/>
        <source>Mission exit (%1): %2</source>
        <translation>Départ de la mission (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="269"/>
        <source>the horizon&apos;s end</source>
        <translation>la fin de l’horizon</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="272"/>
        <source>The mission provides %1 until %2</source>
        <translation>La mission assure %1 jusqu’au %2</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="276"/>
        <source>Nobody takes over %1 after the mission leaves</source>
        <translation>Personne ne reprend %1 après le départ de la mission</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="252"/>
        <source>no successor</source>
        <translation>aucun successeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="280"/>
        <source>Double-click: show it in the Inventory</source>
        <translation>Double-clic : l’afficher dans l’inventaire</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="283"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="285"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="286"/>
        <source>Window: %1 to %2</source>
        <translation>Période&#xa0;: du %1 au %2</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="288"/>
        <source>The mission leaves: %1</source>
        <translation>Départ de la mission&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="290"/>
        <source>Starts %1 days after the mission has left: a gap</source>
        <translation>Commence %1 jours après le départ de la mission&#xa0;: une lacune</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="293"/>
        <source>Not counted: declined, handed back or discontinued</source>
        <translation>Non compté&#xa0;: refusé, rendu ou abandonné</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/pages/timeline.py" line="578"/>
        <source>Scenario: %1</source>
        <translation>Scénario&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/user_guide.py" line="39"/>
        <source>User guide — Transition Planner</source>
        <translation>Guide de l&apos;utilisateur — Transition Planner</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/user_guide.py" line="45"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/user_guide.py" line="46"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/user_guide.py" line="47"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>ValueTableModel</name>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="174"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="175"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/models/monitoring_table.py" line="176"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="263"/>
        <source>Vocabulary</source>
        <translation>Vocabulaire</translation>
    </message>
</context>
<context>
    <name>VocabularyEditor</name>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="39"/>
        <source>Capacity categories</source>
        <translation>Catégories de capacités</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="40"/>
        <source>Actor types</source>
        <translation>Types d’acteurs</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="41"/>
        <source>Populations served</source>
        <translation>Populations servies</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="42"/>
        <source>Mission components</source>
        <translation>Composantes de la mission</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="43"/>
        <source>Handover modalities</source>
        <translation>Modalités de passation</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="44"/>
        <source>Funding sources</source>
        <translation>Sources de financement</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="45"/>
        <source>Location levels</source>
        <translation>Niveaux de lieux</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="46"/>
        <source>Milestone kinds</source>
        <translation>Types de jalons</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="124"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="127"/>
        <source>&amp;List:</source>
        <translation>&amp;Liste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="136"/>
        <source>Terms</source>
        <translation>Termes</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="144"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="144"/>
        <source>e.g. Cash assistance</source>
        <translation>p. ex. Cash assistance</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="145"/>
        <source>The term as lists and reports show it</source>
        <translation>Le terme tel que les listes et les rapports l’affichent</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="146"/>
        <source>French label</source>
        <translation>Libellé français</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="147"/>
        <source>Shown when the window or a report is in French; empty: the label</source>
        <translation>Affiché quand la fenêtre ou un rapport est en français&#xa0;; vide&#xa0;: le libellé</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="154"/>
        <source>&amp;New term</source>
        <translation>&amp;Nouveau terme</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="155"/>
        <source>Empty the form to add a term to this list</source>
        <translation>Vider le formulaire pour ajouter un terme à cette liste</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="156"/>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="227"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="157"/>
        <source>Add the term (a changed label is saved when you leave its field; Ctrl+Z undoes)</source>
        <translation>Ajouter le terme (un libellé modifié est enregistré quand vous quittez son champ&#xa0;; Ctrl+Z annule)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="159"/>
        <source>&amp;Retire</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="160"/>
        <source>Remove a term no record uses (Ctrl+Z brings it back)</source>
        <translation>Retirer un terme qu’aucune fiche n’utilise (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="227"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="230"/>
        <source>A new term of this list.</source>
        <translation>Un nouveau terme de cette liste.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="232"/>
        <source>Records holding it: %1. A term in use cannot be retired.</source>
        <translation>Fiches qui le portent&#xa0;: %1. Un terme utilisé ne peut pas être retiré.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="235"/>
        <source>No record holds it: it can be retired.</source>
        <translation>Aucune fiche ne le porte&#xa0;: il peut être retiré.</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="253"/>
        <source>Add term %1</source>
        <translation>Ajouter le terme %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="253"/>
        <source>Rename term %1</source>
        <translation>Renommer le terme %1</translation>
    </message>
    <message>
        <location filename="../../transition_planner/ui/dialogs/vocabulary.py" line="254"/>
        <source>Retire term %1</source>
        <translation>Retirer le terme %1</translation>
    </message>
</context>
</TS>
