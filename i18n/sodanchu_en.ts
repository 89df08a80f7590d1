<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Crash</name>
    <message>
        <location filename="../desktop/ui/crash.py" line="104"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="105"/>
        <source>Something went wrong. What was already saved is safe.

The details were written to the log file:
%1

If this happens again, please send that file to technical support.</source>
        <translation>Something went wrong. What was already saved is safe.

The details were written to the log file:
%1

If this happens again, please send that file to technical support.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="171"/>
        <source>The program closed unexpectedly last time. What was saved before that is kept.

The technical details are in:
%1</source>
        <translation>The program closed unexpectedly last time. What was saved before that is kept.

The technical details are in:
%1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="17"/>
        <source>Village (thôn)</source>
        <translation>Village (thôn)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="18"/>
        <source>Residential group (tổ dân phố)</source>
        <translation>Residential group (tổ dân phố)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="19"/>
        <source>Hamlet (ấp)</source>
        <translation>Hamlet (ấp)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="20"/>
        <source>Hamlet (bản)</source>
        <translation>Hamlet (bản)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="21"/>
        <source>Neighbourhood (khu phố)</source>
        <translation>Neighbourhood (khu phố)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="22"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="26"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="27"/>
        <source>Village head</source>
        <translation>Village head</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="28"/>
        <source>Receiving level</source>
        <translation>Receiving level</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="32"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="33"/>
        <source>District (before the 2025 reform)</source>
        <translation>District (before the 2025 reform)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="56"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="57"/>
        <source>Retired on %1</source>
        <translation>Retired on %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../desktop/ui/main.py" line="110"/>
        <source>The data in %1 could not be opened. Nothing was changed.

The details were written to the log file:
%2</source>
        <translation>The data in %1 could not be opened. Nothing was changed.

The details were written to the log file:
%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="28"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="29"/>
        <source>Village meetings</source>
        <translation>Village meetings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="30"/>
        <source>Village conventions</source>
        <translation>Village conventions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="31"/>
        <source>Public disclosure</source>
        <translation>Public disclosure</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="32"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="33"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="34"/>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="35"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="131"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="136"/>
        <source>New village</source>
        <translation>New village</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="137"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="138"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="88"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="89"/>
        <source>This installation</source>
        <translation>This installation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="90"/>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="91"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="93"/>
        <source>Commune:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="94"/>
        <source>Commune code:</source>
        <translation>Commune code:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="95"/>
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="96"/>
        <source>Receiving level:</source>
        <translation>Receiving level:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="97"/>
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="98"/>
        <source>Active villages:</source>
        <translation>Active villages:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="99"/>
        <source>Households in active villages:</source>
        <translation>Households in active villages:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="100"/>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="104"/>
        <source>Open the village list</source>
        <translation>Open the village list</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../desktop/ui/pages/placeholder.py" line="37"/>
        <source>This function will come in a later version.</source>
        <translation>This function will come in a later version.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="39"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="40"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="41"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="42"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="43"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="44"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="45"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="37"/>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="38"/>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="15"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="16"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="17"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="18"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="19"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="20"/>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="21"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="22"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="23"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="24"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="25"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="26"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="27"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="28"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="29"/>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="30"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="31"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="32"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="33"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="34"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="35"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="36"/>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/retire_dialog.py" line="44"/>
        <source>Village no longer active</source>
        <translation>Village no longer active</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/retire_dialog.py" line="46"/>
        <source>Mark «%1» as no longer active (merged or dissolved)?
It stays in the list with its history; nothing is deleted.</source>
        <translation>Mark «%1» as no longer active (merged or dissolved)?
It stays in the list with its history; nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/retire_dialog.py" line="59"/>
        <source>&amp;Since:</source>
        <translation>&amp;Since:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/retire_dialog.py" line="62"/>
        <source>&amp;Mark as no longer active</source>
        <translation>&amp;Mark as no longer active</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="101"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="102"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="103"/>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="104"/>
        <source>This installation</source>
        <translation>This installation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="105"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="107"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="108"/>
        <source>Commune:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="109"/>
        <source>Commune code:</source>
        <translation>Commune code:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="110"/>
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="111"/>
        <source>Receiving level:</source>
        <translation>Receiving level:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="112"/>
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="113"/>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="114"/>
        <source>Log file:</source>
        <translation>Log file:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="119"/>
        <source>Changing these details will come in a later version.</source>
        <translation>Changing these details will come in a later version.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="121"/>
        <source>Open the data folder</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="122"/>
        <source>Open the log folder</source>
        <translation>Open the log folder</translation>
    </message>
</context>
<context>
    <name>VillageDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="68"/>
        <source>New village</source>
        <translation>New village</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="70"/>
        <source>Edit village</source>
        <translation>Edit village</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="76"/>
        <source>e.g. DONG, TDP1</source>
        <translation>e.g. DONG, TDP1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="79"/>
        <source>e.g. Thôn Đông</source>
        <translation>e.g. Thôn Đông</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="98"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="99"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="100"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="101"/>
        <source>&amp;Head:</source>
        <translation>&amp;Head:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="102"/>
        <source>H&amp;ouseholds:</source>
        <translation>H&amp;ouseholds:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="103"/>
        <source>Counted o&amp;n:</source>
        <translation>Counted o&amp;n:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="141"/>
        <source>This village is no longer active since %1.</source>
        <translation>This village is no longer active since %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="148"/>
        <source>Household count history</source>
        <translation>Household count history</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="152"/>
        <source>Counted on</source>
        <translation>Counted on</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="152"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="170"/>
        <source>No count recorded yet.</source>
        <translation>No count recorded yet.</translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="38"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="39"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="42"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="46"/>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="49"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="56"/>
        <source>Counted on</source>
        <translation>Counted on</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="216"/>
        <source>No village matches the filter.</source>
        <translation>No village matches the filter.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="219"/>
        <source>No villages yet — press «Add» to add one.</source>
        <translation>No villages yet — press «Add» to add one.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="285"/>
        <source>Villages and residential groups</source>
        <translation>Villages and residential groups</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="286"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="287"/>
        <source>Add a village (Ctrl+N)</source>
        <translation>Add a village (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="288"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="290"/>
        <source>Edit the selected village (Enter or F2)</source>
        <translation>Edit the selected village (Enter or F2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="292"/>
        <source>&amp;Retire…</source>
        <translation>&amp;Retire…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="294"/>
        <source>Mark the selected village as no longer active</source>
        <translation>Mark the selected village as no longer active</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="297"/>
        <source>Filter by code, name or head (Ctrl+F)</source>
        <translation>Filter by code, name or head (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="299"/>
        <source>&amp;Show retired</source>
        <translation>&amp;Show retired</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../desktop/ui/wizard.py" line="54"/>
        <source>Welcome to %1</source>
        <translation>Welcome to %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="56"/>
        <source>This program keeps the records of grassroots democracy of your commune, on this computer, without the Internet.</source>
        <translation>This program keeps the records of grassroots democracy of your commune, on this computer, without the Internet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="62"/>
        <source>&amp;Set up my commune</source>
        <translation>&amp;Set up my commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="63"/>
        <source>&amp;Try it with demo data</source>
        <translation>&amp;Try it with demo data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="71"/>
        <source>A few questions about your commune; about a minute.</source>
        <translation>A few questions about your commune; about a minute.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="76"/>
        <source>A sample commune with a few villages, to look around.</source>
        <translation>A sample commune with a few villages, to look around.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="91"/>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="92"/>
        <source>Press Finish to make a sample commune.</source>
        <translation>Press Finish to make a sample commune.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="97"/>
        <source>The sample commune and its villages are kept in this data folder:
%1

For your real records, start the program with another, empty data folder.</source>
        <translation>The sample commune and its villages are kept in this data folder:
%1

For your real records, start the program with another, empty data folder.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="123"/>
        <source>What is this computer for?</source>
        <translation>What is this computer for?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="124"/>
        <source>The &amp;commune&apos;s records</source>
        <translation>The &amp;commune&apos;s records</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="126"/>
        <source>A village head&apos;s records</source>
        <translation>A village head&apos;s records</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="127"/>
        <source>The receiving level (province)</source>
        <translation>The receiving level (province)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="136"/>
        <source>Installations for village heads and for the receiving level come with synchronisation, in a later version.</source>
        <translation>Installations for village heads and for the receiving level come with synchronisation, in a later version.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="149"/>
        <source>Who keeps the records?</source>
        <translation>Who keeps the records?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="151"/>
        <source>Your name is written in the journal next to each change you make. You may leave it empty.</source>
        <translation>Your name is written in the journal next to each change you make. You may leave it empty.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="158"/>
        <source>e.g. Nguyễn Thị Lan</source>
        <translation>e.g. Nguyễn Thị Lan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="160"/>
        <source>Officer&apos;s &amp;name:</source>
        <translation>Officer&apos;s &amp;name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="167"/>
        <source>Check and finish</source>
        <translation>Check and finish</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="169"/>
        <source>Nothing is saved until you press Finish. Use Back to correct an answer.</source>
        <translation>Nothing is saved until you press Finish. Use Back to correct an answer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="186"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="187"/>
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="188"/>
        <source>Commune:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="189"/>
        <source>Commune code:</source>
        <translation>Commune code:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="190"/>
        <source>Receiving level:</source>
        <translation>Receiving level:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="191"/>
        <source>Receiving body:</source>
        <translation>Receiving body:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="192"/>
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="214"/>
        <source>Setting up %1</source>
        <translation>Setting up %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="84"/>
        <source>Your commune</source>
        <translation>Your commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="86"/>
        <source>Choose the province, then type part of the commune&apos;s name (accents are optional). The code comes from the official 2025 list.</source>
        <translation>Choose the province, then type part of the commune&apos;s name (accents are optional). The code comes from the official 2025 list.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="96"/>
        <source>Choose a province…</source>
        <translation>Choose a province…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="110"/>
        <source>Type part of the name…</source>
        <translation>Type part of the name…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="112"/>
        <source>My commune is not in the list</source>
        <translation>My commune is not in the list</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="114"/>
        <source>e.g. Xã Tân Phú</source>
        <translation>e.g. Xã Tân Phú</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="127"/>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="131"/>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="137"/>
        <source>Commune c&amp;ode:</source>
        <translation>Commune c&amp;ode:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="210"/>
        <source>5 digits</source>
        <translation>5 digits</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="222"/>
        <source>Choose a province.</source>
        <translation>Choose a province.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="227"/>
        <source>Choose the commune from the list, or tick «My commune is not in the list».</source>
        <translation>Choose the commune from the list, or tick «My commune is not in the list».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="242"/>
        <source>Receiving level</source>
        <translation>Receiving level</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="244"/>
        <source>The body your commune sends its reports to. Since the 2025 reform this is the province.</source>
        <translation>The body your commune sends its reports to. Since the 2025 reform this is the province.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="251"/>
        <source>P&amp;rovince (since the 2025 reform)</source>
        <translation>P&amp;rovince (since the 2025 reform)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="252"/>
        <source>&amp;District (before the reform)</source>
        <translation>&amp;District (before the reform)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="263"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="265"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="266"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="283"/>
        <source>2 digits</source>
        <translation>2 digits</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="285"/>
        <source>3 digits</source>
        <translation>3 digits</translation>
    </message>
</context>
</TS>
