<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>KpiFormat</name>
    <message>
        <location filename="../ui/widgets/kpiformat.cpp" line="+33"/>
        <location line="+6"/>
        <source>%1 USD</source>
        <translation>%1 USD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>vs previous period</source>
        <translation>ggü. Vorperiode</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> pp</source>
        <comment>percentage points</comment>
        <translation> Pp.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>previous period: %1</source>
        <translation>Vorperiode: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 vs previous period</source>
        <translation>%1 ggü. Vorperiode</translation>
    </message>
</context>
<context>
    <name>TimeChartSpec</name>
    <message>
        <location filename="../ui/pages/timechartspec.cpp" line="+61"/>
        <source>Daily streams by platform</source>
        <translation>Tägliche Streams nach Plattform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spotify</source>
        <translation>Spotify</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apple Music</source>
        <translation>Apple Music</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>No distributor daily streams in this range.
Import a DistroKid stats page or TooLost analytics (Ctrl+O).</source>
        <translation>Keine täglichen Distributor-Streams in diesem Zeitraum.
Importieren Sie eine DistroKid-Statistikseite oder TooLost-Analytics (Strg+O).</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Daily streams by distributor</source>
        <translation>Tägliche Streams nach Vertrieb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DistroKid</source>
        <translation>DistroKid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TooLost</source>
        <translation>TooLost</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spotify audience</source>
        <translation>Spotify-Publikum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listeners</source>
        <translation>Hörer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No Spotify for Artists audience in this range.
Import an audience timeline (Ctrl+O).</source>
        <translation>Keine Spotify-for-Artists-Publikumsdaten in diesem Zeitraum.
Importieren Sie eine Publikums-Zeitleiste (Strg+O).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TikTok views and engagement</source>
        <translation>TikTok-Aufrufe und Interaktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video views</source>
        <translation>Videoaufrufe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Engagement (likes + comments + shares)</source>
        <translation>Interaktionen (Likes + Kommentare + Shares)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Engagement rate</source>
        <translation>Interaktionsrate</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No TikTok data in this range.
Import a TikTok Studio export (Ctrl+O).</source>
        <translation>Keine TikTok-Daten in diesem Zeitraum.
Importieren Sie einen TikTok-Studio-Export (Strg+O).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linktree views, clicks and CTR</source>
        <translation>Linktree-Aufrufe, -Klicks und Klickrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click-through rate</source>
        <translation>Klickrate</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No Linktree data in this range.
Import a Linktree export (Ctrl+O).</source>
        <translation>Keine Linktree-Daten in diesem Zeitraum.
Importieren Sie einen Linktree-Export (Strg+O).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ad spend vs followers</source>
        <translation>Anzeigenausgaben vs. Follower</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Ad spend</source>
        <translation>Anzeigenausgaben</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Spotify followers gained</source>
        <translation>Neue Spotify-Follower</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TikTok followers gained</source>
        <translation>Neue TikTok-Follower</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No ad spend or follower data in this range.
Import a Meta Ads report, a Spotify for Artists timeline or TikTok followers (Ctrl+O).</source>
        <translation>Keine Anzeigenausgaben oder Follower-Daten in diesem Zeitraum.
Importieren Sie einen Meta-Ads-Bericht, eine Spotify-for-Artists-Zeitleiste oder TikTok-Follower (Strg+O).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ad spend vs streams</source>
        <translation>Anzeigenausgaben vs. Streams</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Streams (Spotify + Apple Music)</source>
        <translation>Streams (Spotify + Apple Music)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No ad spend or daily streams in this range.
Import a Meta Ads report or distributor stats (Ctrl+O).</source>
        <translation>Keine Anzeigenausgaben oder täglichen Streams in diesem Zeitraum.
Importieren Sie einen Meta-Ads-Bericht oder Distributor-Statistiken (Strg+O).</translation>
    </message>
</context>
<context>
    <name>bedrot::AlertNotifier</name>
    <message>
        <location filename="../ui/widgets/alertnotifier.cpp" line="+36"/>
        <source>%1 alert</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 new alerts</source>
        <translation>%1 neue Warnungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>and %1 more in the Alerts panel.</source>
        <translation>und %1 weitere im Bereich Warnungen.</translation>
    </message>
</context>
<context>
    <name>bedrot::AlertsModel</name>
    <message>
        <location filename="../ui/models/alertsmodel.cpp" line="+81"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
</context>
<context>
    <name>bedrot::AlertsPanel</name>
    <message>
        <location filename="../ui/widgets/alertspanel.cpp" line="+21"/>
        <location line="+68"/>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>No alerts in this range. Revenue swings, stream drops and unusual days show up here.</source>
        <translation>Keine Warnungen in diesem Zeitraum. Umsatzschwankungen, Stream-Einbrüche und ungewöhnliche Tage erscheinen hier.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No alerts</source>
        <translation>Keine Warnungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 alert</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 alerts</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alerts (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
</context>
<context>
    <name>bedrot::AliasDialog</name>
    <message>
        <location filename="../ui/dialogs/aliasdialog.cpp" line="+26"/>
        <source>Artists and Aliases</source>
        <translation>Künstler und Aliasse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exports spell artist names in many ways; every spelling is an alias of one artist. Point an alias at another artist to merge the two, or type a new name to split it off. Choices are kept in the workspace and survive a rebuild.</source>
        <translation>Exporte schreiben Künstlernamen auf viele verschiedene Arten; jede Schreibweise ist ein Alias eines Künstlers. Ordnen Sie einen Alias einem anderen Künstler zu, um beide zusammenzuführen, oder geben Sie einen neuen Namen ein, um ihn abzutrennen. Ihre Zuordnungen werden im Arbeitsbereich gespeichert und bleiben auch bei einem Neuaufbau erhalten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter artists and aliases…</source>
        <translation>Künstler und Aliasse filtern…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A spelling, e.g. ZONE A0 (feat. Nova Rae)</source>
        <translation>Eine Schreibweise, z. B. ZONE A0 (feat. Nova Rae)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An artist, or a new name</source>
        <translation>Ein Künstler oder ein neuer Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point Alias at Artist</source>
        <translation>Alias zuordnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;lias:</source>
        <translation>A&amp;lias:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;rtist:</source>
        <translation>&amp;Künstler:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>“%1” already points at %2.</source>
        <translation>„%1“ ist bereits %2 zugeordnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new alias: files spelling the artist “%1” will count for the chosen artist.</source>
        <translation>Neuer Alias: Dateien mit der Schreibweise „%1“ werden dem gewählten Künstler zugerechnet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an alias and the artist it belongs to.</source>
        <translation>Wählen Sie einen Alias und den Künstler, zu dem er gehört.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pointing “%1” at %2…</source>
        <translation>„%1“ wird %2 zugeordnet…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” now points at %2. The dashboard is being recomputed.</source>
        <translation>„%1“ ist jetzt %2 zugeordnet. Das Dashboard wird neu berechnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not point “%1” at %2: %3</source>
        <translation>„%1“ konnte %2 nicht zugeordnet werden: %3</translation>
    </message>
</context>
<context>
    <name>bedrot::ArtistAliasModel</name>
    <message>
        <location filename="../ui/models/artistaliasmodel.cpp" line="+70"/>
        <source>artist&apos;s name</source>
        <translation>Name des Künstlers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found in your exports</source>
        <translation>in Ihren Exporten gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set by you</source>
        <translation>von Ihnen festgelegt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>bedrot::ArtistChoiceDialog</name>
    <message>
        <location filename="../ui/dialogs/artistchoicedialog.cpp" line="+20"/>
        <source>Whose Export Is This?</source>
        <translation>Zu wem gehört dieser Export?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; does not say which artist it belongs to.</source>
        <translation>Aus &lt;b&gt;%1&lt;/b&gt; geht nicht hervor, zu welchem Künstler die Datei gehört.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is an export of type “%2”, which does not say which artist it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the artist, or type a new name:</source>
        <translation>Wählen Sie den Künstler oder geben Sie einen neuen Namen ein:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Artist name</source>
        <translation>Künstlername</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tip: with the artist&apos;s name in the file name (“Nova Rae timeline.csv”), Bedrot does not need to ask.</source>
        <translation>Tipp: Steht der Künstlername im Dateinamen („Nova Rae timeline.csv“), muss Bedrot nicht nachfragen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip This File</source>
        <translation>Datei ü&amp;berspringen</translation>
    </message>
</context>
<context>
    <name>bedrot::CategoryBarChart</name>
    <message>
        <location filename="../ui/charts/categorybarchart.cpp" line="+61"/>
        <source>No data in this range.</source>
        <translation>Keine Daten in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Double-click for the rows behind it</source>
        <translation>Doppelklick zeigt die Zeilen dahinter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revenue by country</source>
        <translation>Umsatz nach Land</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+32"/>
        <source>No statement revenue in this range.</source>
        <translation>Kein Abrechnungsumsatz in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Reading the statement lines by country…</source>
        <translation>Statementzeilen werden nach Land gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Other (%n countries)</source>
        <translation>
            <numerusform>Sonstige (%n Land)</numerusform>
            <numerusform>Sonstige (%n Länder)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+27"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Revenue by track</source>
        <translation>Umsatz nach Titel</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Other (%n tracks)</source>
        <translation>
            <numerusform>Sonstige (%n Titel)</numerusform>
            <numerusform>Sonstige (%n Titel)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown track</source>
        <translation>Unbekannter Titel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Payment delay</source>
        <translation>Zahlungsverzug</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No statement lines reported in this range.</source>
        <translation>In diesem Zeitraum wurden keine Abrechnungszeilen gemeldet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months from usage to report</source>
        <translation>Monate von Nutzung bis Abrechnung</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Reported %n month(s) after use</source>
        <translation>
            <numerusform>%n Monat nach Nutzung abgerechnet</numerusform>
            <numerusform>%n Monate nach Nutzung abgerechnet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 over %2 lines</source>
        <translation>%1 in %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>bedrot::ChartExports</name>
    <message>
        <location filename="../ui/chartexports.cpp" line="+74"/>
        <source>There is no page to export.</source>
        <translation>Es gibt keine Seite zum Exportieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Dashboard as PNG</source>
        <translation>Dashboard als PNG exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>bedrot::ChartPanel</name>
    <message>
        <location filename="../ui/charts/chartpanel.cpp" line="+74"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the data of this chart, exactly as shown, as a CSV file</source>
        <translation>Die Daten dieses Diagramms genau wie angezeigt als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this chart as CSV or PNG</source>
        <translation>Dieses Diagramm als CSV oder PNG exportieren</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Compare with previous period</source>
        <translation>Mit Vorperiode vergleichen</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The chart could not be drawn into an image.</source>
        <translation>Das Diagramm konnte nicht als Bild gezeichnet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export %1 as CSV</source>
        <translation>%1 als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export %1 as PNG</source>
        <translation>%1 als PNG exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>bedrot::DashboardPages</name>
    <message>
        <location filename="../ui/pages/dashboardpages.cpp" line="+95"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audience</source>
        <translation>Publikum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
</context>
<context>
    <name>bedrot::DateRangeSelector</name>
    <message>
        <location filename="../ui/widgets/daterangeselector.cpp" line="+44"/>
        <source>First day of the range (inclusive)</source>
        <translation>Erster Tag des Zeitraums (einschließlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the range (inclusive)</source>
        <translation>Letzter Tag des Zeitraums (einschließlich)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>bedrot::DetailDialogs</name>
    <message>
        <location filename="../ui/detaildialogs.cpp" line="+103"/>
        <source>Copied the raw copy of %1, line %2: %3</source>
        <translation>Rohkopie von %1, Zeile %2 kopiert: %3</translation>
    </message>
</context>
<context>
    <name>bedrot::DrillDownDialog</name>
    <message>
        <location filename="../ui/dialogs/drilldowndialog.cpp" line="+41"/>
        <source>Rows behind a KPI</source>
        <translation>Datenzeilen zu einer KPI</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Filter rows (store, track, country, file, …)</source>
        <translation>Zeilen filtern (Store, Titel, Land, Datei, …)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows shown, filtered and sorted as they are, as a CSV file</source>
        <translation>Die angezeigten Zeilen, gefiltert und sortiert wie dargestellt, als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rows behind %1</source>
        <translation>Datenzeilen zu %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>all time</source>
        <translation>gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artist %1</source>
        <translation>Künstler %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>track %1</source>
        <translation>Titel %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>platform %1</source>
        <translation>Plattform %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country %1</source>
        <translation>Land %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported 1 month after use</source>
        <translation>1 Monat nach der Nutzung gemeldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reported %1 months after use</source>
        <translation>%1 Monate nach der Nutzung gemeldet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading the rows…</source>
        <translation>Zeilen werden geladen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The rows could not be read: %1</source>
        <translation>Die Zeilen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing the first %1 of %2 rows. The sum and the export cover the rows shown; narrow the date range or filters to see the rest.</source>
        <translation>Angezeigt werden die ersten %1 von %2 Zeilen. Summe und Export umfassen nur die angezeigten Zeilen; schränken Sie Zeitraum oder Filter ein, um den Rest zu sehen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · sum of %2: %3</source>
        <translation>%1 · Summe von %2: %3</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Export Rows as CSV</source>
        <translation>Zeilen als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export CSV</source>
        <translation>CSV-Export</translation>
    </message>
</context>
<context>
    <name>bedrot::DrillDownModel</name>
    <message>
        <location filename="../ui/models/drilldownmodel.cpp" line="+55"/>
        <source>Reporting date</source>
        <translation>Meldedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale month</source>
        <translation>Nutzungsmonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earnings (USD)</source>
        <translation>Erlöse (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listeners</source>
        <translation>Hörer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video views</source>
        <translation>Videoaufrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile views</source>
        <translation>Profilaufrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad set</source>
        <translation>Anzeigengruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend (USD)</source>
        <translation>Ausgaben (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raw file</source>
        <translation>Rohdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>The untouched copy of the imported file, in the workspace: %1</source>
        <translation>Die unveränderte Kopie der importierten Datei im Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: this column sums to the KPI</source>
        <translation>%1: Die Summe dieser Spalte ergibt die KPI</translation>
    </message>
</context>
<context>
    <name>bedrot::EmailCampaignChart</name>
    <message>
        <location filename="../ui/charts/emailcampaignchart.cpp" line="+37"/>
        <source>Email campaigns</source>
        <translation>E-Mail-Kampagnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open rate</source>
        <translation>Öffnungsrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click rate</source>
        <translation>Klickrate</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1, sent %2
%3 emails, %4 opened (%5%), %6 clicked (%7%)</source>
        <translation>%1, gesendet am %2
%3 E-Mails, %4 geöffnet (%5 %), %6 geklickt (%7 %)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No email campaigns sent in this range.</source>
        <translation>In diesem Zeitraum wurden keine E-Mail-Kampagnen gesendet.</translation>
    </message>
</context>
<context>
    <name>bedrot::FilterBar</name>
    <message>
        <location filename="../ui/widgets/filterbar.cpp" line="+35"/>
        <source>Artist filter</source>
        <translation>Künstlerfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track filter</source>
        <translation>Titelfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform filter</source>
        <translation>Plattformfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one artist only: pick one or type a name or alias (Ctrl+F)</source>
        <translation>Nur einen Künstler zeigen: auswählen oder Name bzw. Alias eingeben (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one track only: pick one or type its title or ISRC</source>
        <translation>Nur einen Titel zeigen: auswählen oder Titel bzw. ISRC eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one platform or store only</source>
        <translation>Nur eine Plattform oder einen Shop zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>All artists</source>
        <translation>Alle Künstler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also written: %1</source>
        <translation>Auch geschrieben: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All tracks</source>
        <translation>Alle Titel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
</context>
<context>
    <name>bedrot::ImportController</name>
    <message>
        <location filename="../ui/importcontroller.cpp" line="+101"/>
        <source>Import exports</source>
        <translation>Exporte importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports (*.tsv *.csv *.txt);;All files (*)</source>
        <translation>Exporte (*.tsv *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing demo statements into %1…</source>
        <translation>Demo-Abrechnungen werden in %1 geschrieben…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not write the demo files into %1.</source>
        <translation>Die Demo-Dateien konnten nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Looking for new files in %1…</source>
        <translation>Suche nach neuen Dateien in %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No files in the landing folder %1. Drop exports there or on this window, or use File → Import…</source>
        <translation>Keine Dateien im Eingangsordner %1. Legen Sie Exporte dort ab, ziehen Sie sie auf dieses Fenster oder verwenden Sie Datei → Importieren…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Skipped %1: it does not say whose it is. Import it again (Ctrl+O) to choose the artist.</source>
        <translation>%1 übersprungen: Es ist nicht erkennbar, zu welchem Künstler die Datei gehört. Importieren Sie sie erneut (Strg+O), um den Künstler zu wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing %1 as an export of %2.</source>
        <translation>%1 wird als Export von %2 importiert.</translation>
    </message>
</context>
<context>
    <name>bedrot::ImportLogModel</name>
    <message>
        <location filename="../ui/models/quarantinemodel.cpp" line="+89"/>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly loaded</source>
        <translation>Teilweise geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs an artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already imported</source>
        <translation>Bereits importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted or running</source>
        <translation>Unterbrochen oder läuft</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was loaded from this file.</source>
        <translation>Aus dieser Datei wurde nichts geladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import did not finish (the app was closed or stopped); %1 of %2 rows had landed. Import the file again to complete it.</source>
        <translation>Der Import wurde nicht abgeschlossen (die App wurde geschlossen oder angehalten); %1 von %2 Zeilen waren angekommen. Importieren Sie die Datei erneut, um ihn abzuschließen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 rows loaded</source>
        <translation>%1 von %2 Zeilen geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %1 already there</source>
        <translation>, %1 bereits vorhanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 row was set aside; see Quarantined rows for where and why.</source>
        <translation>1 Zeile wurde zurückgestellt; wo und warum, steht unter „Zurückgestellte Zeilen“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows were set aside; see Quarantined rows for where and why.</source>
        <translation>%1 Zeilen wurden zurückgestellt; wo und warum, steht unter „Zurückgestellte Zeilen“.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
</context>
<context>
    <name>bedrot::ImportProgress</name>
    <message>
        <location filename="../ui/widgets/importprogress.cpp" line="+51"/>
        <source>Importing 1 file…</source>
        <translation>1 Datei wird importiert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing %1 files…</source>
        <translation>%1 Dateien werden importiert…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>file %1/%2</source>
        <translation>Datei %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 new row</source>
        <translation>1 neue Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 new rows</source>
        <translation>%1 neue Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 so far (%3 in this run)</source>
        <translation>%1: bisher %2 (%3 in diesem Durchlauf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> — see the run log (View → Run Log)</source>
        <translation> — siehe Importprotokoll (Ansicht → Importprotokoll)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing to import: no files found.</source>
        <translation>Nichts zu importieren: keine Dateien gefunden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: %1 rows read, %2 new, %3 quarantined</source>
        <translation>: %1 Zeilen gelesen, %2 neu, %3 in Quarantäne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already imported</source>
        <translation>%1 bereits importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rejected</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>bedrot::KpiBoard</name>
    <message>
        <location filename="../ui/widgets/kpiboard.cpp" line="+27"/>
        <source>Statements: DistroKid bank details, TooLost sales reports</source>
        <translation>Abrechnungen: DistroKid-Bankdetails, TooLost-Verkaufsberichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distributor daily stats: DistroKid, TooLost</source>
        <translation>Tägliche Distributor-Statistiken: DistroKid, TooLost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotify for Artists, TikTok Studio, YouTube, Linktree</source>
        <translation>Spotify for Artists, TikTok Studio, YouTube, Linktree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta and TikTok ads</source>
        <translation>Meta- und TikTok-Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailchimp</source>
        <translation>Mailchimp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets: 500 USD and 200,000 streams a month, 10,000 followers</source>
        <translation>Ziele: 500 USD und 200.000 Streams pro Monat, 10.000 Follower</translation>
    </message>
</context>
<context>
    <name>bedrot::KpiCard</name>
    <message>
        <location filename="../ui/widgets/kpicard.cpp" line="+31"/>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of: %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exact value: %1</source>
        <translation>Genauer Wert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous period: %1</source>
        <translation>Vorperiode: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Enter to see the rows behind it.</source>
        <translation>Doppelklick oder Eingabetaste zeigt die Zeilen dahinter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>achieved</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>behind</source>
        <translation>im Rückstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+20"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>reading the statement lines…</source>
        <translation>Statementzeilen werden gelesen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
</context>
<context>
    <name>bedrot::KpiCatalog</name>
    <message>
        <location filename="../core/analytics/kpicatalog.cpp" line="+14"/>
        <source>Statements (DistroKid bank details, TooLost sales report)</source>
        <translation>Abrechnungen (DistroKid-Bankdetails, TooLost-Verkaufsbericht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distributor daily stats (DistroKid stats, TooLost analytics)</source>
        <translation>Tägliche Distributor-Statistiken (DistroKid-Statistiken, TooLost-Analytics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+15"/>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Audience</source>
        <translation>Publikum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sum of earnings of statement lines whose usage month (Sale Month) is in range.</source>
        <translation>Summe der Erlöse aller Abrechnungszeilen, deren Nutzungsmonat (Sale Month) im Zeitraum liegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue, previous period</source>
        <translation>Umsatz, Vorperiode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue of the period of equal length just before the range.</source>
        <translation>Umsatz des gleich langen Zeitraums unmittelbar vor dem gewählten Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Royalty share</source>
        <translation>Tantiemenanteil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earnings times each track&apos;s royalty share from the catalog splits (100% when unknown).</source>
        <translation>Erlöse multipliziert mit dem Tantiemenanteil jedes Titels laut Katalog-Splits (100 %, wenn unbekannt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement units</source>
        <translation>Abgerechnete Einheiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sum of Quantity of the statement lines in range.</source>
        <translation>Summe der Menge (Quantity) aller Abrechnungszeilen im Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per stream</source>
        <translation>Umsatz pro Stream</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earnings divided by Quantity, over streaming stores only.</source>
        <translation>Erlöse geteilt durch Menge (Quantity), nur Streaming-Stores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash reported</source>
        <translation>Gemeldete Erlöse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sum of earnings of lines whose Reporting Date is in range (the cash view).</source>
        <translation>Summe der Erlöse aller Zeilen, deren Meldedatum (Reporting Date) im Zeitraum liegt (Zahlungssicht).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment delay</source>
        <translation>Zahlungsverzug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean months between usage month and reporting month, over lines reported in range.</source>
        <translation>Durchschnittliche Anzahl Monate zwischen Nutzungsmonat und Meldemonat, über alle im Zeitraum gemeldeten Zeilen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top store</source>
        <translation>Top-Store</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The store with the largest revenue in range.</source>
        <translation>Der Store mit dem höchsten Umsatz im Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top track</source>
        <translation>Top-Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The track (ISRC) with the largest revenue in range.</source>
        <translation>Der Titel (ISRC) mit dem höchsten Umsatz im Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top country</source>
        <translation>Top-Land</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The country with the largest revenue in range.</source>
        <translation>Das Land mit dem höchsten Umsatz im Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected revenue</source>
        <translation>Erwarteter Umsatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distributor daily streams in range times each store&apos;s reference rate.</source>
        <translation>Tägliche Distributor-Streams im Zeitraum multipliziert mit dem Referenzsatz des jeweiligen Stores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue variance</source>
        <translation>Umsatzabweichung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue minus expected revenue.</source>
        <translation>Umsatz abzüglich erwartetem Umsatz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum of distributor daily streams in range, all platforms.</source>
        <translation>Summe der täglichen Distributor-Streams im Zeitraum, alle Plattformen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotify streams</source>
        <translation>Spotify-Streams</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distributor daily streams on Spotify.</source>
        <translation>Tägliche Distributor-Streams auf Spotify.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple Music streams</source>
        <translation>Apple-Music-Streams</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distributor daily streams on Apple Music.</source>
        <translation>Tägliche Distributor-Streams auf Apple Music.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streams per day</source>
        <translation>Streams pro Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Streams divided by the number of calendar days in range that have data.</source>
        <translation>Streams geteilt durch die Anzahl der Kalendertage mit Daten im Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream growth</source>
        <translation>Stream-Wachstum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change of streams against the previous period, in percent.</source>
        <translation>Veränderung der Streams gegenüber der Vorperiode, in Prozent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotify listeners</source>
        <translation>Spotify-Hörer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest listeners, summed over the selected artists.</source>
        <translation>Aktuelle Hörerzahl, summiert über die ausgewählten Künstler.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Spotify for Artists</source>
        <translation>Spotify for Artists</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Spotify followers</source>
        <translation>Spotify-Follower</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest followers.</source>
        <translation>Aktuelle Followerzahl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotify followers gained</source>
        <translation>Neue Spotify-Follower</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Followers gained in range.</source>
        <translation>Im Zeitraum gewonnene Follower.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>TikTok views</source>
        <translation>TikTok-Aufrufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sum of video views in range.</source>
        <translation>Summe der Videoaufrufe im Zeitraum.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>TikTok Studio</source>
        <translation>TikTok Studio</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>TikTok profile views</source>
        <translation>TikTok-Profilaufrufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sum of profile views in range.</source>
        <translation>Summe der Profilaufrufe im Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TikTok engagement</source>
        <translation>TikTok-Engagement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(Likes + comments + shares) / video views.</source>
        <translation>(Likes + Kommentare + Shares) / Videoaufrufe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TikTok followers</source>
        <translation>TikTok-Follower</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest follower snapshot.</source>
        <translation>Letzter Stand der Follower.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TikTok followers gained</source>
        <translation>Neue TikTok-Follower</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YouTube views</source>
        <translation>YouTube-Aufrufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sum of daily views in range.</source>
        <translation>Summe der täglichen Aufrufe im Zeitraum.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>YouTube Analytics</source>
        <translation>YouTube Analytics</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>YouTube subscribers (net)</source>
        <translation>YouTube-Abonnenten (netto)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subscribers gained minus lost in range.</source>
        <translation>Gewonnene minus verlorene Abonnenten im Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link views</source>
        <translation>Link-Aufrufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sum of Linktree total views in range.</source>
        <translation>Summe aller Linktree-Aufrufe im Zeitraum.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Linktree</source>
        <translation>Linktree</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Link clicks</source>
        <translation>Link-Klicks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sum of Linktree total clicks in range.</source>
        <translation>Summe aller Linktree-Klicks im Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link CTR</source>
        <translation>Link-CTR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link clicks / link views.</source>
        <translation>Link-Klicks / Link-Aufrufe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email subscribers</source>
        <translation>E-Mail-Abonnenten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest list member count.</source>
        <translation>Aktuelle Anzahl der Listenmitglieder.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Mailchimp</source>
        <translation>Mailchimp</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Email open rate</source>
        <translation>E-Mail-Öffnungsrate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique opens / emails sent, over campaigns sent in range.</source>
        <translation>Eindeutige Öffnungen / gesendete E-Mails, über alle im Zeitraum gesendeten Kampagnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email click rate</source>
        <translation>E-Mail-Klickrate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique clicks / emails sent, over campaigns sent in range.</source>
        <translation>Eindeutige Klicks / gesendete E-Mails, über alle im Zeitraum gesendeten Kampagnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad spend</source>
        <translation>Anzeigenausgaben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sum of daily ad spend in range.</source>
        <translation>Summe der täglichen Anzeigenausgaben im Zeitraum.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Meta and TikTok ads</source>
        <translation>Meta- und TikTok-Anzeigen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Ad impressions</source>
        <translation>Anzeigen-Impressionen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sum of daily impressions in range.</source>
        <translation>Summe der täglichen Impressionen im Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad clicks</source>
        <translation>Anzeigenklicks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sum of daily clicks in range.</source>
        <translation>Summe der täglichen Klicks im Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad CPM</source>
        <translation>Anzeigen-CPM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ad spend / impressions × 1000.</source>
        <translation>Anzeigenausgaben / Impressionen × 1000.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad CPC</source>
        <translation>Anzeigen-CPC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ad spend / clicks.</source>
        <translation>Anzeigenausgaben / Klicks.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad CTR</source>
        <translation>Anzeigen-CTR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clicks / impressions × 100.</source>
        <translation>Klicks / Impressionen × 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per follower</source>
        <translation>Kosten pro Follower</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ad spend / (Spotify + TikTok followers gained).</source>
        <translation>Anzeigenausgaben / (neue Spotify- + TikTok-Follower).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ads, Spotify for Artists, TikTok</source>
        <translation>Anzeigen, Spotify for Artists, TikTok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per extra stream</source>
        <translation>Kosten pro Zusatz-Stream</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ad spend / (streams − previous period&apos;s streams), when positive.</source>
        <translation>Anzeigenausgaben / (Streams − Streams der Vorperiode), sofern positiv.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ads, distributor stats</source>
        <translation>Anzeigen, Distributor-Statistiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly revenue goal</source>
        <translation>Monatliches Umsatzziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue of the last full month in range / 500 USD, in percent (capped at 100).</source>
        <translation>Umsatz des letzten vollen Monats im Zeitraum / 500 USD, in Prozent (höchstens 100).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly streams goal</source>
        <translation>Monatliches Stream-Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Streams of the last full month in range / 200,000, in percent (capped at 100).</source>
        <translation>Streams des letzten vollen Monats im Zeitraum / 200.000, in Prozent (höchstens 100).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers goal</source>
        <translation>Follower-Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(Spotify + TikTok followers) / 10,000, in percent (capped at 100).</source>
        <translation>(Spotify- + TikTok-Follower) / 10.000, in Prozent (höchstens 100).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spotify for Artists, TikTok</source>
        <translation>Spotify for Artists, TikTok</translation>
    </message>
</context>
<context>
    <name>bedrot::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+84"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import export files (Ctrl+O); you can also drop them on the window</source>
        <translation>Exportdateien importieren (Strg+O); Sie können sie auch auf das Fenster ziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Workspace…</source>
        <translation>&amp;Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected chart&apos;s data as CSV (Ctrl+E)</source>
        <translation>Daten des ausgewählten Diagramms als CSV exportieren (Strg+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;PNG…</source>
        <translation>&amp;PNG exportieren…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import new files from the landing folder (F5)</source>
        <translation>Neue Dateien aus dem Eingangsordner importieren (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Bedrot</source>
        <translation>Ü&amp;ber Bedrot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Artists and &amp;Aliases…</source>
        <translation>Künstler und &amp;Aliasse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See which spellings count for which artist, and merge or split artists</source>
        <translation>Sehen, welche Schreibweisen zu welchem Künstler zählen, und Künstler zusammenführen oder trennen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revenue</source>
        <translation>&amp;Umsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audience</source>
        <translation>&amp;Publikum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Marketing</source>
        <translation>&amp;Marketing</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Run Log</source>
        <translation>Importprotokoll</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Export the selected chart as a PNG image (Ctrl+Alt+E)</source>
        <translation>Das ausgewählte Diagramm als PNG-Bild exportieren (Strg+Alt+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Dashboard as PNG…</source>
        <translation>&amp;Dashboard als PNG exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the whole page on screen, every card and chart, as one PNG image (Ctrl+Shift+E)</source>
        <translation>Die ganze angezeigte Seite mit allen Karten und Diagrammen als ein PNG-Bild speichern (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the artist, track and platform filters (Ctrl+F)</source>
        <translation>Zu den Filtern für Künstler, Titel und Plattform springen (Strg+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all artists, tracks and platforms again (Ctrl+Shift+F)</source>
        <translation>Wieder alle Künstler, Titel und Plattformen zeigen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare with &amp;previous period</source>
        <translation>Mit &amp;Vorperiode vergleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw the period before the range as a faint dashed line on the time charts</source>
        <translation>Den Zeitraum davor als blasse gestrichelte Linie in den Zeitdiagrammen zeichnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run &amp;Log</source>
        <translation>&amp;Importprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;lerts</source>
        <translation>&amp;Warnungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Demo workspace — %1</source>
        <translation>Demo-Arbeitsbereich — %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace %1 is open.</source>
        <translation>Arbeitsbereich %1 ist geöffnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dashboard could not be computed: %1</source>
        <translation>Das Dashboard konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The alias “%1” now points at %2.</source>
        <translation>Der Alias „%1“ ist jetzt %2 zugeordnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not point the alias “%1” at %2: %3</source>
        <translation>Der Alias „%1“ konnte %2 nicht zugeordnet werden: %3</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Welcome to Bedrot</source>
        <translation>Willkommen bei Bedrot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no data in %1 yet.

Open the demo workspace to explore Bedrot with realistic sample statements? Your own workspace stays empty until you import your exports (File → Import…).</source>
        <translation>In %1 sind noch keine Daten vorhanden.

Demo-Arbeitsbereich öffnen, um Bedrot mit realistischen Beispielabrechnungen kennenzulernen? Ihr eigener Arbeitsbereich bleibt leer, bis Sie Ihre Exporte importieren (Datei → Importieren…).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Bedrot</source>
        <translation>Über Bedrot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Bedrot %1&lt;/h3&gt;&lt;p&gt;Analytics for independent music labels: your statements, streams and audience in a warehouse you own.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bedrot %1&lt;/h3&gt;&lt;p&gt;Analysen für unabhängige Musiklabels: Ihre Abrechnungen, Streams und Ihr Publikum in einem Data Warehouse, das Ihnen gehört.&lt;/p&gt;&lt;p&gt;Arbeitsbereich: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>bedrot::MonthlyRevenueChart</name>
    <message>
        <location filename="../ui/charts/monthlyrevenuechart.cpp" line="+28"/>
        <source>Revenue by month</source>
        <translation>Umsatz nach Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash by reporting month</source>
        <translation>Zahlungen nach Abrechnungsmonat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revenue (by usage month)</source>
        <translation>Umsatz (nach Nutzungsmonat)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash (by reporting month)</source>
        <translation>Zahlungen (nach Abrechnungsmonat)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expected (streams × reference rates)</source>
        <translation>Erwartet (Streams × Referenzsätze)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cash, previous period</source>
        <translation>Zahlungen, Vorperiode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue, previous period</source>
        <translation>Umsatz, Vorperiode</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Draw the period before the range as a faint dashed line over the bars</source>
        <translation>Den Zeitraum davor als blasse gestrichelte Linie über den Balken zeichnen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1
Cash reported: %2</source>
        <translation>%1
Gemeldete Zahlungen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Revenue: %2</source>
        <translation>%1
Umsatz: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Previous period, %1
%2</source>
        <translation>Vorperiode, %1
%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click for the rows behind it</source>
        <translation>Doppelklick zeigt die Zeilen dahinter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>dashed: previous period</source>
        <translation>gestrichelt: Vorperiode</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No statement lines reported in this range.
Import a statement (Ctrl+O) or drop one on the window.</source>
        <translation>In diesem Zeitraum wurden keine Abrechnungszeilen gemeldet.
Importieren Sie eine Abrechnung (Strg+O) oder ziehen Sie sie auf das Fenster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No statement data in this range.
Import a statement (Ctrl+O) or drop one on the window.</source>
        <translation>Keine Abrechnungsdaten in diesem Zeitraum.
Importieren Sie eine Abrechnung (Strg+O) oder ziehen Sie sie auf das Fenster.</translation>
    </message>
</context>
<context>
    <name>bedrot::QuarantineModel</name>
    <message>
        <location filename="../ui/models/quarantinemodel.cpp" line="-139"/>
        <source>(whole row)</source>
        <translation>(ganze Zeile)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw text</source>
        <translation>Rohtext</translation>
    </message>
</context>
<context>
    <name>bedrot::RunLog</name>
    <message>
        <location filename="../ui/widgets/runlog.cpp" line="+17"/>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly loaded</source>
        <translation>Teilweise geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already imported</source>
        <translation>Bereits importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs an artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+9"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>bedrot::SourceDetailsDialog</name>
    <message>
        <location filename="../ui/dialogs/sourcedetailsdialog.cpp" line="+47"/>
        <source>Source details</source>
        <translation>Quellendetails</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filter rows (file, reason, raw text, …)</source>
        <translation>Zeilen filtern (Datei, Grund, Rohtext, …)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Quarantined rows</source>
        <translation>&amp;Zurückgestellte Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Imports</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+13"/>
        <source>%1: quarantine and imports</source>
        <translation>%1: Quarantäne und Importe</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Quarantined rows (%1)</source>
        <translation>&amp;Zurückgestellte Zeilen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Imports (%1)</source>
        <translation>&amp;Importe (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details could not be read: %1</source>
        <translation>Die Details konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the first %1 of %2 quarantined rows.</source>
        <translation>Die ersten %1 von %2 zurückgestellten Zeilen werden gezeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing of this source has been imported yet.</source>
        <translation>Von dieser Quelle wurde noch nichts importiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rows were set aside: every row of this source&apos;s files loaded or was already there.</source>
        <translation>Keine Zeile wurde zurückgestellt: Jede Zeile der Dateien dieser Quelle wurde geladen oder war schon vorhanden.</translation>
    </message>
</context>
<context>
    <name>bedrot::SourcesModel</name>
    <message>
        <location filename="../ui/models/sourcesmodel.cpp" line="+56"/>
        <source>%1 · good</source>
        <translation>%1 · gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · fair</source>
        <translation>%1 · mittel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · poor</source>
        <translation>%1 · schlecht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference data · no refresh expected</source>
        <translation>Referenzdaten · keine Aktualisierung erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no dated data</source>
        <translation>keine datierten Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to today</source>
        <translation>bis heute</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 day old</source>
        <translation>1 Tag alt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days old</source>
        <translation>%1 Tage alt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · expected %2</source>
        <translation>%1 · erwartet: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last imported %1 (local time)</source>
        <translation>Zuletzt importiert: %1 (Ortszeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been imported from this source yet.</source>
        <translation>Aus dieser Quelle wurde noch nichts importiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health %1 of 100: %2</source>
        <translation>Zustand %1 von 100: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows set aside because they could not be read; the run log says why.</source>
        <translation>Zeilen, die nicht gelesen werden konnten und zurückgestellt wurden; den Grund nennt das Importprotokoll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rows set aside.</source>
        <translation>Keine Zeilen zurückgestellt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last import</source>
        <translation>Letzter Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freshness</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantined</source>
        <translation>Quarantäne</translation>
    </message>
</context>
<context>
    <name>bedrot::SourcesPanel</name>
    <message>
        <location filename="../ui/widgets/sourcespanel.cpp" line="+24"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+97"/>
        <source>Refresh All</source>
        <translation>Alle aktualisieren</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Import every file waiting in the landing folder and recompute the dashboard</source>
        <translation>Alle wartenden Dateien aus dem Eingangsordner importieren und das Dashboard neu berechnen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Select a source to see what went wrong with its imports.</source>
        <translation>Wählen Sie eine Quelle, um zu sehen, was bei ihren Importen schiefgelaufen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarantine and &amp;Log…</source>
        <translation>Quarantäne und &amp;Protokoll…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected source&apos;s imports and the rows they set aside, with the reasons (or double-click a source)</source>
        <translation>Die Importe der gewählten Quelle und die dabei zurückgestellten Zeilen mit Gründen (oder Doppelklick auf eine Quelle)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems of %1</source>
        <translation>Probleme von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
</context>
<context>
    <name>bedrot::StoreRevenueChart</name>
    <message>
        <location filename="../ui/charts/storerevenuechart.cpp" line="+23"/>
        <source>Revenue by store</source>
        <translation>Umsatz nach Store</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Other (%1 stores)</source>
        <translation>Sonstige (%1 Stores)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click for the rows behind it</source>
        <translation>Doppelklick zeigt die Zeilen dahinter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No store revenue in this range.</source>
        <translation>Kein Store-Umsatz in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>bedrot::TimeSeriesChart</name>
    <message>
        <location filename="../ui/charts/timeserieschart.cpp" line="+103"/>
        <source>No data in this range.</source>
        <translation>Keine Daten in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the period before the range as a faint dashed line over it</source>
        <translation>Den Zeitraum davor als blasse gestrichelte Linie darüber zeichnen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1, previous period</source>
        <translation>%1, Vorperiode</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (right axis)</source>
        <translation>%1 (rechte Achse)</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Release: %1</source>
        <translation>Veröffentlichung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad campaign starts: %1</source>
        <translation>Werbekampagne beginnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad campaign ends: %1</source>
        <translation>Werbekampagne endet: %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>dashed: previous period</source>
        <translation>gestrichelt: Vorperiode</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click for the rows behind it</source>
        <translation>Doppelklick zeigt die Zeilen dahinter</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Previous period, %1
%2: %3</source>
        <translation>Vorperiode, %1
%2: %3</translation>
    </message>
</context>
<context>
    <name>bedrot::ViewsMenu</name>
    <message>
        <location filename="../ui/widgets/viewsmenu.cpp" line="+12"/>
        <source>V&amp;iews</source>
        <translation>A&amp;nsichten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save Current View…</source>
        <translation>Aktuelle Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the date range and filters under a name, to come back to them (Ctrl+Shift+V)</source>
        <translation>Zeitraum und Filter unter einem Namen sichern, um später zurückzukehren (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete View</source>
        <translation>Ansicht &amp;löschen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved the view “%1”.</source>
        <translation>Ansicht „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing the view “%1”.</source>
        <translation>Ansicht „%1“ wird gezeigt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name for the date range and filters shown now:</source>
        <translation>Name für den jetzt gezeigten Zeitraum und die Filter:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace View</source>
        <translation>Ansicht ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a view called “%1”. Replace it?</source>
        <translation>Es gibt bereits eine Ansicht „%1“. Ersetzen?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No saved views yet</source>
        <translation>Noch keine gespeicherten Ansichten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete View</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the view “%1”?</source>
        <translation>Die Ansicht „%1“ löschen?</translation>
    </message>
</context>
</TS>
