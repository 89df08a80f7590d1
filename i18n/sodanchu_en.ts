<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="152" />
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="153" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="154" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="158" />
        <source>The full licence texts are installed with the program (the fonts' licence below; the libraries' in their package metadata).</source>
        <translation>The full licence texts are installed with the program (the fonts' licence below; the libraries' in their package metadata).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="171" />
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="174" />
        <source>Offline ledger of grassroots democracy records for a commune.</source>
        <translation>Offline ledger of grassroots democracy records for a commune.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="178" />
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="179" />
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="180" />
        <source>Log file:</source>
        <translation>Log file:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/about_dialog.py" line="181" />
        <source>Bundled fonts and libraries:</source>
        <translation>Bundled fonts and libraries:</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="44" />
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="45" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="46" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="47" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="50" />
        <source>Automatic (daily)</source>
        <translation>Automatic (daily)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="51" />
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="52" />
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="53" />
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="56" />
        <source>villages</source>
        <translation>villages</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="57" />
        <source>meetings</source>
        <translation>meetings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="58" />
        <source>conventions</source>
        <translation>conventions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="59" />
        <source>disclosures</source>
        <translation>disclosures</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="87" />
        <source>Unit: %1 (%2)</source>
        <translation>Unit: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="90" />
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="91" />
        <source>Records: %1</source>
        <translation>Records: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="92" />
        <source>Last change: %1</source>
        <translation>Last change: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="93" />
        <source>Data structure version: %1</source>
        <translation>Data structure version: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="199" />
        <source>Reading the backup…</source>
        <translation>Reading the backup…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="234" />
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="257" />
        <source>Restore from a backup file</source>
        <translation>Restore from a backup file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="259" />
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Backups (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="272" />
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="276" />
        <source>THIS BACKUP BELONGS TO ANOTHER UNIT: %1 (%2), not to %3 (%4).
Restoring it replaces ALL the data of %3 with the data of %1.</source>
        <translation>THIS BACKUP BELONGS TO ANOTHER UNIT: %1 (%2), not to %3 (%4).
Restoring it replaces ALL the data of %3 with the data of %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="286" />
        <source>Replace with the other unit's data</source>
        <translation>Replace with the other unit's data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="290" />
        <source>Replace the data with this backup? The data as it is now is kept in the backups folder first.</source>
        <translation>Replace the data with this backup? The data as it is now is kept in the backups folder first.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="313" />
        <source>Restored from %1. The data from before is kept in %2.</source>
        <translation>Restored from %1. The data from before is kept in %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="322" />
        <source>The program backs the data up by itself once a day and keeps the last 7 days, then one a week for 4 weeks, then one a month for a year. Backups made by hand are never deleted. Copy the backups folder to a USB stick from time to time.</source>
        <translation>The program backs the data up by itself once a day and keeps the last 7 days, then one a week for 4 weeks, then one a month for a year. Backups made by hand are never deleted. Copy the backups folder to a USB stick from time to time.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="330" />
        <source>The selected backup holds</source>
        <translation>The selected backup holds</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="332" />
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="333" />
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Restore the selected backup…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="334" />
        <source>Restore from another &amp;file…</source>
        <translation>Restore from another &amp;file…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings_backups.py" line="335" />
        <source>Open the backups folder</source>
        <translation>Open the backups folder</translation>
    </message>
</context>
<context>
    <name>ConventionCompare</name>
    <message>
        <location filename="../desktop/ui/dialogs/convention_compare.py" line="43" />
        <source>Version %1 — %2</source>
        <translation>Version %1 — %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_compare.py" line="62" />
        <source>Compare versions</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_compare.py" line="74" />
        <source>&amp;Hide unchanged articles</source>
        <translation>&amp;Hide unchanged articles</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_compare.py" line="80" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_compare.py" line="81" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_compare.py" line="82" />
        <source>Old text</source>
        <translation>Old text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_compare.py" line="83" />
        <source>New text</source>
        <translation>New text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_compare.py" line="98" />
        <source>&amp;Old version:</source>
        <translation>&amp;Old version:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_compare.py" line="100" />
        <source>&amp;New version:</source>
        <translation>&amp;New version:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_compare.py" line="127" />
        <source>%1 amended, %2 added, %3 removed, %4 unchanged</source>
        <translation>%1 amended, %2 added, %3 removed, %4 unchanged</translation>
    </message>
</context>
<context>
    <name>ConventionDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="75" />
        <source>Preamble: %1</source>
        <translation>Preamble: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="138" />
        <source>New convention</source>
        <translation>New convention</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="140" />
        <source>Edit convention</source>
        <translation>Edit convention</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="149" />
        <source>e.g. Hương ước thôn Đông</source>
        <translation>e.g. Hương ước thôn Đông</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="152" />
        <source>Citizen initiative (at least 10% of households)</source>
        <translation>Citizen initiative (at least 10% of households)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="156" />
        <source>Names, separated by commas</source>
        <translation>Names, separated by commas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="163" />
        <source>The community reviews the convention every year on this day (18 November unless agreed otherwise, Decree 61/2023, Art. 15)</source>
        <translation>The community reviews the convention every year on this day (18 November unless agreed otherwise, Decree 61/2023, Art. 15)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="171" />
        <source>Paste the text here: the preamble, then «Chương I», «Điều 1. …», clauses «1.», points «a)». It may stay empty while the convention is only proposed.</source>
        <translation>Paste the text here: the preamble, then «Chương I», «Điều 1. …», clauses «1.», points «a)». It may stay empty while the convention is only proposed.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="223" />
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="224" />
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="225" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="226" />
        <source>&amp;Proposed by:</source>
        <translation>&amp;Proposed by:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="227" />
        <source>&amp;Review day:</source>
        <translation>&amp;Review day:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="228" />
        <source>&amp;Drafting team:</source>
        <translation>&amp;Drafting team:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="231" />
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="236" />
        <source>Structure recognised</source>
        <translation>Structure recognised</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="263" />
        <source>— choose the village —</source>
        <translation>— choose the village —</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="288" />
        <source>The adopted text cannot be changed here; an amendment needs a new version (Decree 61/2023, Art. 13).</source>
        <translation>The adopted text cannot be changed here; an amendment needs a new version (Decree 61/2023, Art. 13).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_dialog.py" line="305" />
        <source>%1 chapter(s), %2 article(s), %3 clause(s)</source>
        <translation>%1 chapter(s), %2 article(s), %3 clause(s)</translation>
    </message>
</context>
<context>
    <name>ConventionEventDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="84" />
        <source>Record a step — %1</source>
        <translation>Record a step — %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="107" />
        <source>e.g. 15/QĐ-UBND</source>
        <translation>e.g. 15/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="111" />
        <source>e.g. Điều 5, Điều 7 — empty: the whole text</source>
        <translation>e.g. Điều 5, Điều 7 — empty: the whole text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="120" />
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="121" />
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="122" />
        <source>How it was handled</source>
        <translation>How it was handled</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="138" />
        <source>&amp;Step:</source>
        <translation>&amp;Step:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="140" />
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="146" />
        <source>&amp;Meeting:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="150" />
        <source>&amp;Households supporting:</source>
        <translation>&amp;Households supporting:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="155" />
        <source>Decision &amp;no.:</source>
        <translation>Decision &amp;no.:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="157" />
        <source>Si&amp;gned by:</source>
        <translation>Si&amp;gned by:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="158" />
        <source>&amp;Part:</source>
        <translation>&amp;Part:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="159" />
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="160" />
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="162" />
        <source>Op&amp;inions:</source>
        <translation>Op&amp;inions:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="165" />
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="199" />
        <source>of a total of</source>
        <translation>of a total of</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="210" />
        <source>&amp;Add opinion</source>
        <translation>&amp;Add opinion</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="211" />
        <source>Remo&amp;ve opinion</source>
        <translation>Remo&amp;ve opinion</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="241" />
        <source>&amp;Correct by:</source>
        <translation>&amp;Correct by:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="243" />
        <source>Posted &amp;until:</source>
        <translation>Posted &amp;until:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="253" />
        <source>— choose the meeting —</source>
        <translation>— choose the meeting —</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="270" />
        <source>No meeting of this village has voted on a convention yet: record it under «Village meetings» first.</source>
        <translation>No meeting of this village has voted on a convention yet: record it under «Village meetings» first.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/convention_event_dialog.py" line="322" />
        <source>Each opinion needs its content.</source>
        <translation>Each opinion needs its content.</translation>
    </message>
</context>
<context>
    <name>ConventionLabels</name>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="35" />
        <source>Hương ước</source>
        <translation>Hương ước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="36" />
        <source>Quy ước</source>
        <translation>Quy ước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="40" />
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="41" />
        <source>Being drafted</source>
        <translation>Being drafted</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="42" />
        <source>In consultation</source>
        <translation>In consultation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="43" />
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="44" />
        <source>Rejected by the meeting</source>
        <translation>Rejected by the meeting</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="45" />
        <source>Awaiting recognition</source>
        <translation>Awaiting recognition</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="46" />
        <source>Recognised</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="47" />
        <source>Recognition refused</source>
        <translation>Recognition refused</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="48" />
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="49" />
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="50" />
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="51" />
        <source>Abolished</source>
        <translation>Abolished</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="53" />
        <source>No step recorded</source>
        <translation>No step recorded</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="58" />
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="59" />
        <source>Drafting</source>
        <translation>Drafting</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="60" />
        <source>Draft posted for opinions</source>
        <translation>Draft posted for opinions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="61" />
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="62" />
        <source>Not adopted by the meeting</source>
        <translation>Not adopted by the meeting</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="63" />
        <source>Dossier submitted</source>
        <translation>Dossier submitted</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="64" />
        <source>Recognition</source>
        <translation>Recognition</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="65" />
        <source>Recognition refused in writing</source>
        <translation>Recognition refused in writing</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="66" />
        <source>Text sent out and publicised</source>
        <translation>Text sent out and publicised</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="67" />
        <source>Yearly review</source>
        <translation>Yearly review</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="68" />
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="69" />
        <source>Reinstatement</source>
        <translation>Reinstatement</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="70" />
        <source>Abolition</source>
        <translation>Abolition</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="71" />
        <source>Replaced by a new version</source>
        <translation>Replaced by a new version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="75" />
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="76" />
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="77" />
        <source>Amended</source>
        <translation>Amended</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="78" />
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="83" />
        <source>Proposed by the village head with the Front work committee, or by a citizen initiative backed by at least 10% of households (Art. 7).</source>
        <translation>Proposed by the village head with the Front work committee, or by a citizen initiative backed by at least 10% of households (Art. 7).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="88" />
        <source>The drafting team starts (or resumes) the draft (Art. 8).</source>
        <translation>The drafting team starts (or resumes) the draft (Art. 8).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="91" />
        <source>The draft is posted for at least 30 days; the opinions and how they were handled are recorded (Art. 9).</source>
        <translation>The draft is posted for at least 30 days; the opinions and how they were handled are recorded (Art. 9).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="96" />
        <source>The meeting (or household ballot) that adopted it: more than 50% of all households attended and more than 50% of all households agreed (Art. 10).</source>
        <translation>The meeting (or household ballot) that adopted it: more than 50% of all households attended and more than 50% of all households agreed (Art. 10).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="101" />
        <source>The meeting did not adopt the draft (Art. 10).</source>
        <translation>The meeting did not adopt the draft (Art. 10).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="104" />
        <source>The request, the adoption minutes and the adopted text, sent to the commune People's Committee within 5 working days of the adoption (Art. 11).</source>
        <translation>The request, the adoption minutes and the adopted text, sent to the commune People's Committee within 5 working days of the adoption (Art. 11).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="109" />
        <source>The recognition decision (form 03); the text is in force from its date (Art. 11).</source>
        <translation>The recognition decision (form 03); the text is in force from its date (Art. 11).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="113" />
        <source>A written refusal, with its reasons (Art. 11).</source>
        <translation>A written refusal, with its reasons (Art. 11).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="116" />
        <source>The text sent to the village head and the Front committee within 2 working days; the head posts it and makes it known (Art. 18).</source>
        <translation>The text sent to the village head and the Front committee within 2 working days; the head posts it and makes it known (Art. 18).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="121" />
        <source>The yearly review of how the convention is applied (Art. 15).</source>
        <translation>The yearly review of how the convention is applied (Art. 15).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="124" />
        <source>The whole text or a part, with the reason and the deadline for correcting it (form 04, Art. 12).</source>
        <translation>The whole text or a part, with the reason and the deadline for correcting it (form 04, Art. 12).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="129" />
        <source>The suspension ends and the text applies again (Art. 12).</source>
        <translation>The suspension ends and the text applies again (Art. 12).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="132" />
        <source>The whole text or a part: unlawful content, a missed correction deadline, or an adoption that never met the threshold (form 05, Art. 14).</source>
        <translation>The whole text or a part: unlawful content, a missed correction deadline, or an adoption that never met the threshold (form 05, Art. 14).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="187" />
        <source>Record the proposal</source>
        <translation>Record the proposal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="188" />
        <source>Start drafting</source>
        <translation>Start drafting</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="189" />
        <source>Post the draft for opinions</source>
        <translation>Post the draft for opinions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="190" />
        <source>Put to the meeting from %1</source>
        <translation>Put to the meeting from %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="191" />
        <source>Redraft, or adopt by household ballot</source>
        <translation>Redraft, or adopt by household ballot</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="194" />
        <source>Submit the dossier by %1</source>
        <translation>Submit the dossier by %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="195" />
        <source>Decide on recognition by %1</source>
        <translation>Decide on recognition by %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="196" />
        <source>Complete the dossier, or redraft</source>
        <translation>Complete the dossier, or redraft</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="199" />
        <source>Correct by %1</source>
        <translation>Correct by %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="200" />
        <source>Send the text out by %1</source>
        <translation>Send the text out by %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="201" />
        <source>Review on %1</source>
        <translation>Review on %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="215" />
        <source>Overdue: the date was %1</source>
        <translation>Overdue: the date was %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="233" />
        <source>Meeting: %1</source>
        <translation>Meeting: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="236" />
        <source>%1 of %2 households support it</source>
        <translation>%1 of %2 households support it</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="242" />
        <source>Decision no. %1</source>
        <translation>Decision no. %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="245" />
        <source>signed by %1</source>
        <translation>signed by %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="247" />
        <source>the whole text</source>
        <translation>the whole text</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="248" />
        <source>Part: %1</source>
        <translation>Part: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="250" />
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="252" />
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="255" />
        <source>%1 opinion(s) recorded</source>
        <translation>%1 opinion(s) recorded</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_labels.py" line="260" />
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>ConventionView</name>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="149" />
        <source>Record the next step:</source>
        <translation>Record the next step:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="152" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="154" />
        <source>Create &amp;amended version</source>
        <translation>Create &amp;amended version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="157" />
        <source>Start a new version of this text; it replaces this one once recognised (Decree 61/2023, Art. 13)</source>
        <translation>Start a new version of this text; it replaces this one once recognised (Decree 61/2023, Art. 13)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="163" />
        <source>&amp;Compare versions…</source>
        <translation>&amp;Compare versions…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="173" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="174" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="175" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="180" />
        <source>Show the text in &amp;force on</source>
        <translation>Show the text in &amp;force on</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="195" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="196" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="197" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="198" />
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="199" />
        <source>Last step</source>
        <translation>Last step</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="206" />
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="207" />
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="208" />
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="262" />
        <source>in force from %1</source>
        <translation>in force from %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="267" />
        <source>next review %1</source>
        <translation>next review %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="274" />
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="349" />
        <source>No version was in force on that day.</source>
        <translation>No version was in force on that day.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="352" />
        <source>Version %1, in force from %2</source>
        <translation>Version %1, in force from %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/convention_view.py" line="357" />
        <source>suspended on that day</source>
        <translation>suspended on that day</translation>
    </message>
</context>
<context>
    <name>ConventionsPage</name>
    <message>
        <location filename="../desktop/ui/pages/convention_list.py" line="52" />
        <source>%1 (amended version)</source>
        <translation>%1 (amended version)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_list.py" line="63" />
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_list.py" line="69" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_list.py" line="72" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_list.py" line="75" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_list.py" line="81" />
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_list.py" line="87" />
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_list.py" line="91" />
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_list.py" line="92" />
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_stats.py" line="26" />
        <source>Recognised</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_stats.py" line="27" />
        <source>Not recognised (refused in writing)</source>
        <translation>Not recognised (refused in writing)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_stats.py" line="28" />
        <source>Amended or replaced</source>
        <translation>Amended or replaced</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_stats.py" line="29" />
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_stats.py" line="30" />
        <source>Abolished, in whole or in part</source>
        <translation>Abolished, in whole or in part</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_stats.py" line="31" />
        <source>In force or suspended on 31 December</source>
        <translation>In force or suspended on 31 December</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_stats.py" line="97" />
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_stats.py" line="117" />
        <source>The figures could not be counted: %1</source>
        <translation>The figures could not be counted: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_stats.py" line="121" />
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/convention_stats.py" line="123" />
        <source>Figures reported each year to the level above (Decree 61/2023/NĐ-CP, Art. 16): each convention is counted once per kind of step dated in the year.</source>
        <translation>Figures reported each year to the level above (Decree 61/2023/NĐ-CP, Art. 16): each convention is counted once per kind of step dated in the year.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="85" />
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="91" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="96" />
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="149" />
        <source>No convention matches the filter.</source>
        <translation>No convention matches the filter.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="150" />
        <source>No convention recorded yet — press «New» (Ctrl+N) to record one.</source>
        <translation>No convention recorded yet — press «New» (Ctrl+N) to record one.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="143" />
        <source>There are no villages yet. Add them first under «Villages» (Ctrl+2), then record their conventions here.</source>
        <translation>There are no villages yet. Add them first under «Villages» (Ctrl+2), then record their conventions here.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="162" />
        <source>Add a village first (Ctrl+2).</source>
        <translation>Add a village first (Ctrl+2).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="199" />
        <source>Village conventions (hương ước, quy ước)</source>
        <translation>Village conventions (hương ước, quy ước)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="201" />
        <source>&amp;List</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="202" />
        <source>&amp;Statistics</source>
        <translation>&amp;Statistics</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="203" />
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="204" />
        <source>Record a new convention (Ctrl+N)</source>
        <translation>Record a new convention (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="205" />
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="207" />
        <source>Open the selected convention: its steps, text and versions (Enter)</source>
        <translation>Open the selected convention: its steps, text and versions (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="213" />
        <source>Search title, text or proposer (Ctrl+F)</source>
        <translation>Search title, text or proposer (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="215" />
        <source>Show old &amp;versions</source>
        <translation>Show old &amp;versions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/conventions.py" line="217" />
        <source>Also list the versions replaced by a newer one</source>
        <translation>Also list the versions replaced by a newer one</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../desktop/ui/crash.py" line="104" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="105" />
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
        <location filename="../desktop/ui/crash.py" line="171" />
        <source>The program closed unexpectedly last time. What was saved before that is kept.

The technical details are in:
%1</source>
        <translation>The program closed unexpectedly last time. What was saved before that is kept.

The technical details are in:
%1</translation>
    </message>
</context>
<context>
    <name>DisclosureBoards</name>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="55" />
        <source>posted %1</source>
        <translation>posted %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="58" />
        <source>removed %1</source>
        <translation>removed %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="78" />
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="82" />
        <source>Since %1</source>
        <translation>Since %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="90" />
        <source>Until %1</source>
        <translation>Until %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="95" />
        <source>%1 days done</source>
        <translation>%1 days done</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="101" />
        <source>Removed %1</source>
        <translation>Removed %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="106" />
        <source>Not posted</source>
        <translation>Not posted</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="154" />
        <source>Commune office</source>
        <translation>Commune office</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="167" />
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="192" />
        <source>Nothing is on the notice boards today (%1).</source>
        <translation>Nothing is on the notice boards today (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_boards.py" line="199" />
        <source>On the boards today, %1: %2 disclosures at %3 places. Double-click a cell to open the disclosure.</source>
        <translation>On the boards today, %1: %2 disclosures at %3 places. Double-click a cell to open the disclosure.</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_dialog.py" line="105" />
        <source>New disclosure</source>
        <translation>New disclosure</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_dialog.py" line="107" />
        <source>Edit disclosure</source>
        <translation>Edit disclosure</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_dialog.py" line="115" />
        <source>Commune office</source>
        <translation>Commune office</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_dialog.py" line="133" />
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_dialog.py" line="163" />
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_layout.py" line="35" />
        <source>What is disclosed</source>
        <translation>What is disclosed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_layout.py" line="37" />
        <source>Forms of disclosure (Art. 12)</source>
        <translation>Forms of disclosure (Art. 12)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_layout.py" line="41" />
        <source>Loudspeaker and portal</source>
        <translation>Loudspeaker and portal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_layout.py" line="44" />
        <source>Broadcast on:</source>
        <translation>Broadcast on:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_layout.py" line="47" />
        <source>Portal lin&amp;k:</source>
        <translation>Portal lin&amp;k:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_layout.py" line="51" />
        <source>Notice boards</source>
        <translation>Notice boards</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_layout.py" line="62" />
        <source>Evidence and feedback</source>
        <translation>Evidence and feedback</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_layout.py" line="67" />
        <source>Save the disclosure first; then photos, files and residents' feedback can be added to it.</source>
        <translation>Save the disclosure first; then photos, files and residents' feedback can be added to it.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_dialog.py" line="249" />
        <source>Status today: %1</source>
        <translation>Status today: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_dialog.py" line="256" />
        <source>Disclose by %1</source>
        <translation>Disclose by %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_dialog.py" line="261" />
        <source>Posted until at least %1</source>
        <translation>Posted until at least %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_dialog.py" line="367" />
        <source>Someone else saved this disclosure while you were editing it, so nothing was saved from this form. Close it, open the disclosure again and enter your changes there.</source>
        <translation>Someone else saved this disclosure while you were editing it, so nothing was saved from this form. Close it, open the disclosure again and enter your changes there.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_fields.py" line="103" />
        <source>&amp;Add day</source>
        <translation>&amp;Add day</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_fields.py" line="104" />
        <source>Add 3 days in a ro&amp;w</source>
        <translation>Add 3 days in a ro&amp;w</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_fields.py" line="106" />
        <source>The chosen day and the two days after it</source>
        <translation>The chosen day and the two days after it</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_fields.py" line="108" />
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_fields.py" line="110" />
        <source>Remove the selected days (Delete)</source>
        <translation>Remove the selected days (Delete)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="59" />
        <source>e.g. Danh sách hộ nghèo năm 2026</source>
        <translation>e.g. Danh sách hộ nghèo năm 2026</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="65" />
        <source>e.g. 120/QĐ-UBND</source>
        <translation>e.g. 120/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="69" />
        <source>Only when a sector law sets its own deadline; otherwise 5 working days apply</source>
        <translation>Only when a sector law sets its own deadline; otherwise 5 working days apply</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="76" />
        <source>The day the disclosure plan (Art. 14) sets</source>
        <translation>The day the disclosure plan (Art. 14) sets</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="86" />
        <source>&amp;Item (Art. 11):</source>
        <translation>&amp;Item (Art. 11):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="87" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="88" />
        <source>Su&amp;mmary:</source>
        <translation>Su&amp;mmary:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="89" />
        <source>Document &amp;number:</source>
        <translation>Document &amp;number:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="90" />
        <source>&amp;Decided on:</source>
        <translation>&amp;Decided on:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="93" />
        <source>Sector-law dead&amp;line:</source>
        <translation>Sector-law dead&amp;line:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="96" />
        <source>Planned f&amp;or:</source>
        <translation>Planned f&amp;or:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="97" />
        <source>Res&amp;ponsible:</source>
        <translation>Res&amp;ponsible:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_main.py" line="100" />
        <source>Content &amp;changed on:</source>
        <translation>Content &amp;changed on:</translation>
    </message>
</context>
<context>
    <name>DisclosureEvidence</name>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="51" />
        <source>Attach a photo or file</source>
        <translation>Attach a photo or file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="53" />
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx);;All files (*)</source>
        <translation>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="63" />
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="67" />
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="120" />
        <source>The file was not attached: %1</source>
        <translation>The file was not attached: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="153" />
        <source>Attach photo or fil&amp;e…</source>
        <translation>Attach photo or fil&amp;e…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="159" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="160" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="161" />
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="162" />
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="175" />
        <source>Record &amp;feedback…</source>
        <translation>Record &amp;feedback…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="176" />
        <source>An&amp;swer…</source>
        <translation>An&amp;swer…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="184" />
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="188" />
        <source>Residents' feedback:</source>
        <translation>Residents' feedback:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="217" />
        <source>No photo or file attached yet.</source>
        <translation>No photo or file attached yet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/disclosure_evidence.py" line="222" />
        <source>not answered yet</source>
        <translation>not answered yet</translation>
    </message>
</context>
<context>
    <name>DisclosureLabels</name>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="28" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="29" />
        <source>On the boards</source>
        <translation>On the boards</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="30" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="31" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="87" />
        <source>posted permanently at the commune office and posted again when it changes</source>
        <translation>posted permanently at the commune office and posted again when it changes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="94" />
        <source>posted at the commune office and in every village for at least %1 consecutive days</source>
        <translation>posted at the commune office and in every village for at least %1 consecutive days</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="102" />
        <source>posted as its own law or the commune regulation says</source>
        <translation>posted as its own law or the commune regulation says</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="106" />
        <source>broadcast on the loudspeaker on at least %1 consecutive days</source>
        <translation>broadcast on the loudspeaker on at least %1 consecutive days</translation>
    </message>
</context>
<context>
    <name>DisclosuresPage</name>
    <message>
        <location filename="../desktop/ui/pages/disclosure_filters.py" line="101" />
        <source>Search title, number or person (Ctrl+F)</source>
        <translation>Search title, number or person (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_filters.py" line="103" />
        <source>Only with &amp;warnings</source>
        <translation>Only with &amp;warnings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_filters.py" line="105" />
        <source>All items</source>
        <translation>All items</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_filters.py" line="109" />
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="43" />
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="44" />
        <source>On the boards now</source>
        <translation>On the boards now</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="45" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="46" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="47" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="89" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="92" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="96" />
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="102" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="108" />
        <source>First disclosed</source>
        <translation>First disclosed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="114" />
        <source>Posted until</source>
        <translation>Posted until</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="118" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosure_list.py" line="119" />
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="142" />
        <source>No disclosures recorded yet — press «Add» (Ctrl+N) to record one.</source>
        <translation>No disclosures recorded yet — press «Add» (Ctrl+N) to record one.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="147" />
        <location filename="../desktop/ui/pages/disclosures.py" line="158" />
        <source>No disclosure matches the filter.</source>
        <translation>No disclosure matches the filter.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="149" />
        <source>Nothing is overdue and no posting period ends this week.</source>
        <translation>Nothing is overdue and no posting period ends this week.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="153" />
        <source>Nothing is on the notice boards today.</source>
        <translation>Nothing is on the notice boards today.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="155" />
        <source>No planned disclosure is waiting to be made.</source>
        <translation>No planned disclosure is waiting to be made.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="157" />
        <source>No disclosure is overdue.</source>
        <translation>No disclosure is overdue.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="230" />
        <source>Feedback saved.</source>
        <translation>Feedback saved.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="246" />
        <source>Attached «%1».</source>
        <translation>Attached «%1».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="260" />
        <location filename="../desktop/ui/pages/disclosures.py" line="286" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="261" />
        <location filename="../desktop/ui/pages/disclosures.py" line="290" />
        <source>Record &amp;feedback…</source>
        <translation>Record &amp;feedback…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="268" />
        <source>A&amp;nswer feedback</source>
        <translation>A&amp;nswer feedback</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="270" />
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="275" />
        <source>&amp;Attach photo or file…</source>
        <translation>&amp;Attach photo or file…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="281" />
        <source>Public disclosure</source>
        <translation>Public disclosure</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="282" />
        <source>&amp;List</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="283" />
        <source>On the &amp;boards today</source>
        <translation>On the &amp;boards today</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="284" />
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="285" />
        <source>Record a disclosure (Ctrl+N)</source>
        <translation>Record a disclosure (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="288" />
        <source>Edit the selected disclosure (Enter or F2)</source>
        <translation>Edit the selected disclosure (Enter or F2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="292" />
        <source>Record a resident's feedback on the selected disclosure</source>
        <translation>Record a resident's feedback on the selected disclosure</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="294" />
        <source>A&amp;ttach photo or file…</source>
        <translation>A&amp;ttach photo or file…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/disclosures.py" line="296" />
        <source>Keep a photo of the notice board or a scan with the selected disclosure</source>
        <translation>Keep a photo of the notice board or a scan with the selected disclosure</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/record_event.py" line="83" />
        <source>Next step: %1 %2</source>
        <translation>Next step: %1 %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/record_event.py" line="113" />
        <source>&amp;Record the step</source>
        <translation>&amp;Record the step</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="70" />
        <source>Answer feedback</source>
        <translation>Answer feedback</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="72" />
        <source>Record feedback</source>
        <translation>Record feedback</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="78" />
        <source>On: %1</source>
        <translation>On: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="82" />
        <source>Name and address, if given</source>
        <translation>Name and address, if given</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="85" />
        <source>&amp;Answered</source>
        <translation>&amp;Answered</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="97" />
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="98" />
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="99" />
        <source>&amp;Content:</source>
        <translation>&amp;Content:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="103" />
        <source>Answered o&amp;n:</source>
        <translation>Answered o&amp;n:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="106" />
        <source>Ans&amp;wer:</source>
        <translation>Ans&amp;wer:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/feedback_dialog.py" line="119" />
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/guarded.py" line="146" />
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/guarded.py" line="148" />
        <source>You have typed changes that are not saved. Close the form and lose them?</source>
        <translation>You have typed changes that are not saved. Close the form and lose them?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/guarded.py" line="154" />
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/guarded.py" line="157" />
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>KindListPage</name>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="106" />
        <source>Overdue: this day has passed</source>
        <translation>Overdue: this day has passed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="162" />
        <source>No record matches the filter.</source>
        <translation>No record matches the filter.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="166" />
        <source>Press Add (Ctrl+N) to enter the first one.</source>
        <translation>Press Add (Ctrl+N) to enter the first one.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="248" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="252" />
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="254" />
        <source>Show the selected record, read-only (Enter)</source>
        <translation>Show the selected record, read-only (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="256" />
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="257" />
        <source>Enter a new record (Ctrl+N)</source>
        <translation>Enter a new record (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="258" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="259" />
        <source>Edit the selected record (Enter)</source>
        <translation>Edit the selected record (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="260" />
        <source>Next &amp;step…</source>
        <translation>Next &amp;step…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="262" />
        <source>Record the next step of the selected record</source>
        <translation>Record the next step of the selected record</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="264" />
        <source>&amp;View…</source>
        <translation>&amp;View…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="266" />
        <source>Show the selected record, read-only</source>
        <translation>Show the selected record, read-only</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_list.py" line="268" />
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>KindPrint</name>
    <message>
        <location filename="../desktop/ui/pages/kind_print.py" line="43" />
        <source>Print for a period</source>
        <translation>Print for a period</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_print.py" line="44" />
        <source>Period (2026, 2026H1 or 2026Q1):</source>
        <translation>Period (2026, 2026H1 or 2026Q1):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_print.py" line="55" />
        <source>Print for a visit</source>
        <translation>Print for a visit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_print.py" line="56" />
        <source>Visit number (1 to %1):</source>
        <translation>Visit number (1 to %1):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_print.py" line="132" />
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_print.py" line="138" />
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_print.py" line="148" />
        <source>The document could not be written: %1</source>
        <translation>The document could not be written: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_print.py" line="155" />
        <source>&amp;Print documents…</source>
        <translation>&amp;Print documents…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/kind_print.py" line="156" />
        <source>Print a document of this list to PDF</source>
        <translation>Print a document of this list to PDF</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="173" />
        <source>[sent by %2, read-only] %1</source>
        <translation>[sent by %2, read-only] %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="22" />
        <source>Village (thôn)</source>
        <translation>Village (thôn)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="23" />
        <source>Residential group (tổ dân phố)</source>
        <translation>Residential group (tổ dân phố)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="24" />
        <source>Hamlet (ấp)</source>
        <translation>Hamlet (ấp)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="25" />
        <source>Hamlet (bản)</source>
        <translation>Hamlet (bản)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="26" />
        <source>Neighbourhood (khu phố)</source>
        <translation>Neighbourhood (khu phố)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="27" />
        <location filename="../desktop/ui/labels.py" line="82" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="31" />
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="32" />
        <source>Village head</source>
        <translation>Village head</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="33" />
        <source>Receiving level</source>
        <translation>Receiving level</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="37" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="38" />
        <source>District (before the 2025 reform)</source>
        <translation>District (before the 2025 reform)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="61" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="62" />
        <source>Retired on %1</source>
        <translation>Retired on %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="74" />
        <source>Community decision</source>
        <translation>Community decision</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="75" />
        <source>Year-end periodic meeting</source>
        <translation>Year-end periodic meeting</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="76" />
        <source>Village head election</source>
        <translation>Village head election</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="77" />
        <source>Village head dismissal</source>
        <translation>Village head dismissal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="78" />
        <source>Inspection/supervision board election</source>
        <translation>Inspection/supervision board election</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="81" />
        <source>Village convention</source>
        <translation>Village convention</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="86" />
        <source>Contributions to infrastructure</source>
        <translation>Contributions to infrastructure</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="87" />
        <source>Management of contributions and funds</source>
        <translation>Management of contributions and funds</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="88" />
        <source>Village convention (hương ước, quy ước)</source>
        <translation>Village convention (hương ước, quy ước)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="89" />
        <source>Electing or dismissing the village head</source>
        <translation>Electing or dismissing the village head</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="90" />
        <source>Electing or dismissing the inspection/supervision boards</source>
        <translation>Electing or dismissing the inspection/supervision boards</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="93" />
        <source>Other self-management matter</source>
        <translation>Other self-management matter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="94" />
        <source>Meeting procedure (secretary, agenda…)</source>
        <translation>Meeting procedure (secretary, agenda…)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="98" />
        <source>Show of hands</source>
        <translation>Show of hands</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="99" />
        <source>Secret ballot</source>
        <translation>Secret ballot</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="100" />
        <source>Household ballot papers</source>
        <translation>Household ballot papers</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="101" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="105" />
        <source>Commune People's Committee (UBND)</source>
        <translation>Commune People's Committee (UBND)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="106" />
        <source>Commune Fatherland Front committee (MTTQ)</source>
        <translation>Commune Fatherland Front committee (MTTQ)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="110" />
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="111" />
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="112" />
        <source>Partly passed</source>
        <translation>Partly passed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="113" />
        <source>Procedure only</source>
        <translation>Procedure only</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="117" />
        <source>Takes effect on the day of the vote.</source>
        <translation>Takes effect on the day of the vote.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="118" />
        <source>Takes effect when the commune People's Committee recognises it.</source>
        <translation>Takes effect when the commune People's Committee recognises it.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="121" />
        <source>Takes effect when the commune Fatherland Front committee recognises it.</source>
        <translation>Takes effect when the commune Fatherland Front committee recognises it.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../desktop/ui/main.py" line="135" />
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
        <location filename="../desktop/ui/main_window.py" line="610" />
        <source>Search all records</source>
        <translation>Search all records</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="68" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="70" />
        <source>Village meetings</source>
        <translation>Village meetings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="71" />
        <source>Village conventions</source>
        <translation>Village conventions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="72" />
        <source>Public disclosure</source>
        <translation>Public disclosure</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="75" />
        <location filename="../desktop/ui/pages/sync.py" line="127" />
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="76" />
        <location filename="../desktop/ui/pages/reports.py" line="345" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="69" />
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="73" />
        <source>Citizen reception, letters</source>
        <translation>Citizen reception, letters</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="74" />
        <source>Consultation and oversight</source>
        <translation>Consultation and oversight</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="77" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="597" />
        <source>SAMPLE DATA</source>
        <translation>SAMPLE DATA</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="603" />
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="608" />
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="609" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="611" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="612" />
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="63" />
        <source>Household ballot papers</source>
        <translation>Household ballot papers</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="72" />
        <source>The meeting date is the day the papers go out; votes are counted against the papers returned, the threshold against all households.</source>
        <translation>The meeting date is the day the papers go out; votes are counted against the papers returned, the threshold against all households.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="84" />
        <source>Papers issued:</source>
        <translation>Papers issued:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="90" />
        <source>Papers returned:</source>
        <translation>Papers returned:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="96" />
        <source>Announced on:</source>
        <translation>Announced on:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="102" />
        <source>Return deadline:</source>
        <translation>Return deadline:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="109" />
        <source>After the failed meeting:</source>
        <translation>After the failed meeting:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="148" />
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="191" />
        <source>Recognition</source>
        <translation>Recognition</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="195" />
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="196" />
        <source>Recognised</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="197" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="204" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="205" />
        <source>On:</source>
        <translation>On:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="206" />
        <source>By:</source>
        <translation>By:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="207" />
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="268" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="274" />
        <source>Convened by:</source>
        <translation>Convened by:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="276" />
        <source>Chair:</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="278" />
        <source>Secretary:</source>
        <translation>Secretary:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="284" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="288" />
        <source>What was discussed and decided (printed in the minutes)</source>
        <translation>What was discussed and decided (printed in the minutes)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="296" />
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="301" />
        <source>Sent to UBND and MTTQ on:</source>
        <translation>Sent to UBND and MTTQ on:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="306" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="315" />
        <source>Household representatives (signing):</source>
        <translation>Household representatives (signing):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="320" />
        <source>Counting board (3–5):</source>
        <translation>Counting board (3–5):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_details.py" line="325" />
        <source>Witnesses (2 households):</source>
        <translation>Witnesses (2 households):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_fields.py" line="43" />
        <source>One name a line, or names separated by commas</source>
        <translation>One name a line, or names separated by commas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="53" />
        <source>What was put to the vote, e.g. road concreting levy</source>
        <translation>What was put to the vote, e.g. road concreting levy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="56" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="57" />
        <source>Remove this matter</source>
        <translation>Remove this matter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="63" />
        <source>— choose the matter —</source>
        <translation>— choose the matter —</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="84" />
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="87" />
        <source>Against:</source>
        <translation>Against:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="90" />
        <source>Other:</source>
        <translation>Other:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="95" />
        <source>Matter:</source>
        <translation>Matter:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="98" />
        <source>Method:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="144" />
        <source>Matter %1</source>
        <translation>Matter %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="159" />
        <source>Enter the total households to see the outcome.</source>
        <translation>Enter the total households to see the outcome.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="203" />
        <source>Matters voted on</source>
        <translation>Matters voted on</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_items.py" line="206" />
        <source>Add a &amp;matter</source>
        <translation>Add a &amp;matter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="96" />
        <source>New village meeting</source>
        <translation>New village meeting</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="98" />
        <source>Edit village meeting</source>
        <translation>Edit village meeting</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="105" />
        <source>Warnings (saved with the record)</source>
        <translation>Warnings (saved with the record)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="115" />
        <source>More &amp;details: people, minutes, recognition, participants</source>
        <translation>More &amp;details: people, minutes, recognition, participants</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="147" />
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="271" />
        <source>Choose the matter to see the outcome: its threshold depends on it (Law 10/2022/QH15 Art. 21).</source>
        <translation>Choose the matter to see the outcome: its threshold depends on it (Law 10/2022/QH15 Art. 21).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="293" />
        <source>Enter the households present to see the outcome.</source>
        <translation>Enter the households present to see the outcome.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="294" />
        <source>Correct the counts marked in red to see the outcome.</source>
        <translation>Correct the counts marked in red to see the outcome.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="315" />
        <source>Takes effect on the day of the vote, %1.</source>
        <translation>Takes effect on the day of the vote, %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="320" />
        <source>Recognised on %1.</source>
        <translation>Recognised on %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_dialog.py" line="379" />
        <source>Someone else saved this meeting while you were editing it, so nothing was saved from this form. Close it, open the meeting again and enter your changes there.</source>
        <translation>Someone else saved this meeting while you were editing it, so nothing was saved from this form. Close it, open the meeting again and enter your changes there.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="50" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="56" />
        <source>Choose the village…</source>
        <translation>Choose the village…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="59" />
        <source>e.g. Meeting on the village road concreting levy</source>
        <translation>e.g. Meeting on the village road concreting levy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="79" />
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="80" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="81" />
        <source>&amp;Held on:</source>
        <translation>&amp;Held on:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="82" />
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="83" />
        <source>Pl&amp;ace:</source>
        <translation>Pl&amp;ace:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="87" />
        <source>Households &amp;present:</source>
        <translation>Households &amp;present:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="94" />
        <source>Households in t&amp;otal:</source>
        <translation>Households in t&amp;otal:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="101" />
        <source>&amp;Invitation sent on:</source>
        <translation>&amp;Invitation sent on:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="240" />
        <source>The village has no household count: enter the total.</source>
        <translation>The village has no household count: enter the total.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="245" />
        <source>Village count on %1: %2 households.</source>
        <translation>Village count on %1: %2 households.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/meeting_main.py" line="250" />
        <source>Use %1</source>
        <translation>Use %1</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../desktop/ui/pages/meeting_documents.py" line="102" />
        <source>Writing the minutes…</source>
        <translation>Writing the minutes…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meeting_documents.py" line="104" />
        <source>Writing the invitation…</source>
        <translation>Writing the invitation…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meeting_documents.py" line="111" />
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meeting_documents.py" line="122" />
        <source>The document could not be written: %1</source>
        <translation>The document could not be written: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meeting_list.py" line="46" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meeting_list.py" line="50" />
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meeting_list.py" line="51" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meeting_list.py" line="54" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meeting_list.py" line="60" />
        <source>Present/total</source>
        <translation>Present/total</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meeting_list.py" line="67" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meeting_list.py" line="71" />
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="95" />
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="100" />
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="105" />
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="110" />
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="155" />
        <source>There are no villages yet. Add them first under «Villages» (Ctrl+2), then record their meetings here.</source>
        <translation>There are no villages yet. Add them first under «Villages» (Ctrl+2), then record their meetings here.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="161" />
        <source>No meeting matches the filter.</source>
        <translation>No meeting matches the filter.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="162" />
        <source>No meetings recorded yet — press «Add» (Ctrl+N) to record one.</source>
        <translation>No meetings recorded yet — press «Add» (Ctrl+N) to record one.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="235" />
        <source>Village meetings</source>
        <translation>Village meetings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="236" />
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="237" />
        <source>Record a meeting (Ctrl+N)</source>
        <translation>Record a meeting (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="238" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="240" />
        <source>Edit the selected meeting (Enter or F2)</source>
        <translation>Edit the selected meeting (Enter or F2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="242" />
        <source>Print &amp;minutes</source>
        <translation>Print &amp;minutes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="244" />
        <source>Write the minutes of the selected meeting as PDF and open it</source>
        <translation>Write the minutes of the selected meeting as PDF and open it</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="248" />
        <source>Print &amp;invitation</source>
        <translation>Print &amp;invitation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="250" />
        <source>Write the invitation (Decree 59, form 01) as PDF and open it</source>
        <translation>Write the invitation (Decree 59, form 01) as PDF and open it</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="255" />
        <source>Search title, place or village (Ctrl+F)</source>
        <translation>Search title, place or village (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/meetings.py" line="257" />
        <source>Only with &amp;warnings</source>
        <translation>Only with &amp;warnings</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../desktop/ui/dialogs/date_fields.py" line="71" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/date_fields.py" line="72" />
        <source>Tick to enter the date</source>
        <translation>Tick to enter the date</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="121" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="122" />
        <source>This installation</source>
        <translation>This installation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="123" />
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="124" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="126" />
        <location filename="../desktop/ui/pages/overview.py" line="142" />
        <source>Commune:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="127" />
        <source>Commune code:</source>
        <translation>Commune code:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="128" />
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="129" />
        <source>Receiving level:</source>
        <translation>Receiving level:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="130" />
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="131" />
        <source>Active villages:</source>
        <translation>Active villages:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="132" />
        <source>Households in active villages:</source>
        <translation>Households in active villages:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="133" />
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="137" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="138" />
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="140" />
        <source>Village:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="141" />
        <source>Village code:</source>
        <translation>Village code:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="145" />
        <source>Open the village list</source>
        <translation>Open the village list</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="209" />
        <source>The list of what needs doing could not be read.</source>
        <translation>The list of what needs doing could not be read.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="219" />
        <source>Nothing is due. Register each commune's key and import the bundles they send under «Synchronisation» (Ctrl+8).</source>
        <translation>Nothing is due. Register each commune's key and import the bundles they send under «Synchronisation» (Ctrl+8).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="225" />
        <source>Nothing is due. Record the village's meetings under «Village meetings» (Ctrl+3) and send them to the commune under «Synchronisation» (Ctrl+8).</source>
        <translation>Nothing is due. Record the village's meetings under «Village meetings» (Ctrl+3) and send them to the commune under «Synchronisation» (Ctrl+8).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="236" />
        <source>Nothing is due today. Record a village meeting under «Village meetings» (Ctrl+3, then Ctrl+N), or a decision to disclose under «Public disclosure» (Ctrl+5); send the month's data to the level above under «Synchronisation» (Ctrl+8).</source>
        <translation>Nothing is due today. Record a village meeting under «Village meetings» (Ctrl+3, then Ctrl+N), or a decision to disclose under «Public disclosure» (Ctrl+5); send the month's data to the level above under «Synchronisation» (Ctrl+8).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview.py" line="231" />
        <source>Nothing is due. Start by adding the villages and residential groups under «Villages» (Ctrl+2): every meeting, convention and disclosure names one.</source>
        <translation>Nothing is due. Start by adding the villages and residential groups under «Villages» (Ctrl+2): every meeting, convention and disclosure names one.</translation>
    </message>
</context>
<context>
    <name>OverviewUnits</name>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="28" />
        <source>%1 — has sent nothing yet</source>
        <translation>%1 — has sent nothing yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="30" />
        <source>%1 — bundle no. %2 made on %3</source>
        <translation>%1 — bundle no. %2 made on %3</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="36" />
        <source>, silent for %1 days</source>
        <translation>, silent for %1 days</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="47" />
        <source>No unit is registered yet.</source>
        <translation>No unit is registered yet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="48" />
        <source>Next: register each commune's key under «Synchronisation» › «Units below», then import the bundles it sends under «Receive data».</source>
        <translation>Next: register each commune's key under «Synchronisation» › «Units below», then import the bundles it sends under «Receive data».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="56" />
        <source>%1 units registered: %2 have sent data, %3 are silent (%4 days).</source>
        <translation>%1 units registered: %2 have sent data, %3 are silent (%4 days).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="68" />
        <location filename="../desktop/ui/pages/overview_units.py" line="138" />
        <source>… and %1 more on the reporting board.</source>
        <translation>… and %1 more on the reporting board.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="73" />
        <source>Next: ask the silent units to send their data; «Synchronisation» › «Reporting board» shows each unit's figures and the bundles still missing.</source>
        <translation>Next: ask the silent units to send their data; «Synchronisation» › «Reporting board» shows each unit's figures and the bundles still missing.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="79" />
        <source>Next: import the bundles the units send under «Synchronisation» › «Receive data».</source>
        <translation>Next: import the bundles the units send under «Synchronisation» › «Receive data».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="94" />
        <source>bundle no. %1 never arrived and its data is missing</source>
        <translation>bundle no. %1 never arrived and its data is missing</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="100" />
        <source>bundle no. %1 never arrived, but a later one carried it all</source>
        <translation>bundle no. %1 never arrived, but a later one carried it all</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="107" />
        <source>%1 disclosures late</source>
        <translation>%1 disclosures late</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="111" />
        <source>%1 disclosures posted too briefly</source>
        <translation>%1 disclosures posted too briefly</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="117" />
        <source>%1 hương ước suspended</source>
        <translation>%1 hương ước suspended</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="133" />
        <source>Needing attention in %1 units:</source>
        <translation>Needing attention in %1 units:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/overview_units.py" line="166" />
        <source>Units reporting here</source>
        <translation>Units reporting here</translation>
    </message>
</context>
<context>
    <name>PostingsGrid</name>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="44" />
        <source>Toda&amp;y</source>
        <translation>Toda&amp;y</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="45" />
        <source>Put today's date in the selected cells (Ctrl+;); on a place, its posting day</source>
        <translation>Put today's date in the selected cells (Ctrl+;); on a place, its posting day</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="51" />
        <source>Same date for the empty &amp;rows</source>
        <translation>Same date for the empty &amp;rows</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="52" />
        <source>Copy the date of the current cell to every place where it is still empty</source>
        <translation>Copy the date of the current cell to every place where it is still empty</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="58" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="59" />
        <source>Clear the selected cells (Delete)</source>
        <translation>Clear the selected cells (Delete)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="62" />
        <source>Another posting &amp;here</source>
        <translation>Another posting &amp;here</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="63" />
        <source>Add a row for the same place: a notice posted again or replaced</source>
        <translation>Add a row for the same place: a notice posted again or replaced</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_table.py" line="85" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_table.py" line="86" />
        <source>Spot (optional)</source>
        <translation>Spot (optional)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="196" />
        <location filename="../desktop/ui/dialogs/postings_table.py" line="87" />
        <source>Posted on</source>
        <translation>Posted on</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="198" />
        <location filename="../desktop/ui/dialogs/postings_table.py" line="88" />
        <source>Removed on</source>
        <translation>Removed on</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_table.py" line="89" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_table.py" line="137" />
        <source>Commune office</source>
        <translation>Commune office</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="157" />
        <source>Not a date: write it as dd/mm/yyyy, e.g. 05/11/2026</source>
        <translation>Not a date: write it as dd/mm/yyyy, e.g. 05/11/2026</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/postings_grid.py" line="200" />
        <source>not a date; write it as dd/mm/yyyy</source>
        <translation>not a date; write it as dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="135" />
        <source>Not posted yet</source>
        <translation>Not posted yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="137" />
        <source>Up permanently</source>
        <translation>Up permanently</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="142" />
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="145" />
        <source>Up for %1 days</source>
        <translation>Up for %1 days</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="148" />
        <source>Day %1 of %2, until %3</source>
        <translation>Day %1 of %2, until %3</translation>
    </message>
    <message>
        <location filename="../desktop/ui/disclosure_labels.py" line="151" />
        <source>%1 days done, may come down</source>
        <translation>%1 days done, may come down</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="101" />
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="102" />
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="103" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="104" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="47" />
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="48" />
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="49" />
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="50" />
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="51" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="52" />
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="53" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="54" />
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="55" />
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="56" />
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="57" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="58" />
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="59" />
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="60" />
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="61" />
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="62" />
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="63" />
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="64" />
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="65" />
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="66" />
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="67" />
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="68" />
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="69" />
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="70" />
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="71" />
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="72" />
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="73" />
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="74" />
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="75" />
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="76" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="77" />
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="78" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="79" />
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="80" />
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="81" />
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="82" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="83" />
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Are you sure you want to delete '%1'?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="84" />
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="85" />
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="86" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="87" />
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="90" />
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="94" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="95" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="96" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="97" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="98" />
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="99" />
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="100" />
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="39" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="40" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="41" />
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="42" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="43" />
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="44" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="45" />
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="37" />
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="38" />
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="15" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="16" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="17" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="18" />
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="19" />
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="20" />
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="21" />
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="22" />
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="23" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="24" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="25" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="26" />
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="27" />
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="28" />
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="29" />
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="30" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="31" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="32" />
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="33" />
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="34" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="35" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="36" />
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
</context>
<context>
    <name>ReceptionForm</name>
    <message>
        <location filename="../desktop/ui/dialogs/reception_form.py" line="81" />
        <source>This session: %1 visits, %2 people; %3 matters, of which %4 seen before (a repeat visit adds a visit, not a matter).</source>
        <translation>This session: %1 visits, %2 people; %3 matters, of which %4 seen before (a repeat visit adds a visit, not a matter).</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../desktop/ui/dialogs/record_event.py" line="116" />
        <location filename="../desktop/ui/dialogs/record_form.py" line="171" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/record_fields.py" line="104" />
        <source>One name a line</source>
        <translation>One name a line</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/record_fields.py" line="144" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/record_form.py" line="145" />
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/record_form.py" line="147" />
        <source>Edit: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/record_form.py" line="168" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/record_form.py" line="211" />
        <source>%1 (confidential)</source>
        <translation>%1 (confidential)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/record_table.py" line="89" />
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/record_table.py" line="90" />
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../desktop/ui/pages/record_list.py" line="224" />
        <source>%1 shown</source>
        <translation>%1 records shown</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../desktop/ui/record_view.py" line="90" />
        <source>(a record not received here)</source>
        <translation>(a record not received here)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_view.py" line="133" />
        <source>%1 entries</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_view.py" line="213" />
        <source>changed on %1 by %2</source>
        <translation>changed on %1 by %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_view.py" line="217" />
        <source>changed on %1</source>
        <translation>changed on %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/record_view.py" line="294" />
        <source>Remarks sent or waiting for the next receipt</source>
        <translation>Remarks sent or waiting for the next receipt</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <location filename="../desktop/ui/dialogs/ref_picker.py" line="120"/>
        <source>Type part of the title, or ↓</source>
        <translation>Type part of the title, or ↓</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/ref_picker.py" line="124"/>
        <source>The newest records (↓)</source>
        <translation>The newest records (↓)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/ref_picker.py" line="159"/>
        <source>⚠ Not found in this store: %1</source>
        <translation>⚠ Not found in this store: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/ref_picker.py" line="168"/>
        <source>This record is not (or no longer) in the store; the reference is kept.</source>
        <translation>This record is not (or no longer) in the store; the reference is kept.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/ref_picker.py" line="216"/>
        <source>No record holds these words</source>
        <translation>No record holds these words</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="372" />
        <source>&amp;Open report</source>
        <translation>&amp;Open report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="362" />
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="76" />
        <source>Citizen reception</source>
        <translation>Citizen reception</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="77" />
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="78" />
        <source>Complaints, denunciations</source>
        <translation>Complaints, denunciations</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="79" />
        <source>Consultations, dialogues, boards</source>
        <translation>Consultations, dialogues, boards</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="324" />
        <source>Writing the workbook…</source>
        <translation>Writing the workbook…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="347" />
        <source>The report over the units (six-month, year-end or quarterly), from the records they sent: each unit's figures and their totals, and which units have not reported for the period.</source>
        <translation>The report over the units (six-month, year-end or quarterly), from the records they sent: each unit's figures and their totals, and which units have not reported for the period.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="369" />
        <source>&amp;Print report</source>
        <translation>&amp;Print report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="370" />
        <source>Export to &amp;Excel</source>
        <translation>Export to &amp;Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="371" />
        <source>Units: main figures of the period</source>
        <translation>Units: main figures of the period</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="374" />
        <source>No unit has sent its records yet: import the units' bundles first (Synchronisation › Import bundles).</source>
        <translation>No unit has sent its records yet: import the units' bundles first (Synchronisation › Import bundles).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="361" />
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="142" />
        <source>Answered by the last day</source>
        <translation>Answered by the last day</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="227" />
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="40" />
        <source>Decisions by matter (Law Art. 15)</source>
        <translation>Decisions by matter (Law Art. 15)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="112" />
        <source>Disclosed</source>
        <translation>Disclosed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="118" />
        <location filename="../desktop/ui/pages/report_tables.py" line="154" />
        <source>Disclosures</source>
        <translation>Disclosures</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="37" />
        <source>Disclosures by item (Law Art. 11)</source>
        <translation>Disclosures by item (Law Art. 11)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="132" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="139" />
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="61" />
        <source>First half</source>
        <translation>First half</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="118" />
        <location filename="../desktop/ui/pages/report_tables.py" line="121" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="38" />
        <source>Forms of disclosure used</source>
        <translation>Forms of disclosure used</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="122" />
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="33" />
        <source>Household ballot</source>
        <translation>Household ballot</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="42" />
        <source>Hương ước / quy ước: state on the last day</source>
        <translation>Hương ước / quy ước: state on the last day</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="41" />
        <source>Hương ước / quy ước: steps in the period</source>
        <translation>Hương ước / quy ước: steps in the period</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="111" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="113" />
        <location filename="../desktop/ui/pages/report_tables.py" line="155" />
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="130" />
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="153" />
        <source>Unit (code)</source>
        <translation>Unit (code)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="156" />
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="157" />
        <source>Matters decided</source>
        <translation>Matters decided</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="158" />
        <source>Hương ước in force</source>
        <translation>Hương ước in force</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="11" />
        <source>Citizen reception (Law on Citizen Reception)</source>
        <translation>Citizen reception (Law on Citizen Reception)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="12" />
        <source>Letters received, classified and handled</source>
        <translation>Letters received, classified and handled</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="13" />
        <source>Complaints and denunciations in jurisdiction</source>
        <translation>Complaints and denunciations in jurisdiction</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="14" />
        <source>Consultations, dialogues and the two boards</source>
        <translation>Consultations, dialogues and the two boards</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="17" />
        <source>Reception sessions</source>
        <translation>Reception sessions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="18" />
        <location filename="../desktop/ui/pages/report_tables.py" line="159" />
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="19" />
        <source>People received</source>
        <translation>People received</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="20" />
        <source>Matters</source>
        <translation>Matters</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="21" />
        <source>Matters received the first time</source>
        <translation>Matters received the first time</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="24" />
        <source>Matters received again</source>
        <translation>Matters received again</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="25" />
        <source>Groups of many people</source>
        <translation>Groups of many people</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="26" />
        <source>People in those groups</source>
        <translation>People in those groups</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="27" />
        <source>Chairman's reception days required</source>
        <translation>Chairman's reception days required</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="30" />
        <source>Chairman's reception days held</source>
        <translation>Chairman's reception days held</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="31" />
        <source>Chairman's days held, rate</source>
        <translation>Chairman's days held, rate</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="32" />
        <source>Letters in all</source>
        <translation>Letters in all</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="33" />
        <source>Carried over</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="35" />
        <source>Eligible for handling</source>
        <translation>Eligible for handling</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="36" />
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="37" />
        <source>Denunciations</source>
        <translation>Denunciations</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="38" />
        <source>Petitions and feedback</source>
        <translation>Petitions and feedback</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="39" />
        <source>In our jurisdiction</source>
        <translation>In our jurisdiction</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="40" />
        <source>In a lower body's jurisdiction</source>
        <translation>In a lower body's jurisdiction</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="43" />
        <source>Not in our jurisdiction</source>
        <translation>Not in our jurisdiction</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="44" />
        <source>Acceptance proposed</source>
        <translation>Acceptance proposed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="45" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="46" />
        <source>Guided</source>
        <translation>Guided</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="47" />
        <source>Forwarded</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="48" />
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="49" />
        <source>Not processed</source>
        <translation>Not processed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="50" />
        <source>Petitions answered</source>
        <translation>Petitions answered</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="51" />
        <location filename="../desktop/ui/pages/report_tables.py" line="160" />
        <source>Cases in jurisdiction</source>
        <translation>Cases in jurisdiction</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="52" />
        <source>Cases carried over</source>
        <translation>Cases carried over</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="53" />
        <source>Cases accepted in the period</source>
        <translation>Cases accepted in the period</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="54" />
        <source>Complaint cases</source>
        <translation>Complaint cases</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="55" />
        <source>Denunciation cases</source>
        <translation>Denunciation cases</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="56" />
        <source>Cases settled</source>
        <translation>Cases settled</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="57" />
        <source>Complaints settled</source>
        <translation>Complaints settled</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="58" />
        <source>Denunciations settled</source>
        <translation>Denunciations settled</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="59" />
        <source>Settlement rate (settled ÷ in jurisdiction)</source>
        <translation>Settlement rate (settled ÷ in jurisdiction)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="60" />
        <source>Settled on time</source>
        <translation>Settled on time</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="61" />
        <source>Settled late</source>
        <translation>Settled late</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="62" />
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="63" />
        <source>Topic: socio-economic plans (Art. 25.1)</source>
        <translation>Topic: socio-economic plans (Art. 25.1)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="64" />
        <source>Topic: land-use planning (Art. 25.2)</source>
        <translation>Topic: land-use planning (Art. 25.2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="65" />
        <source>Topic: compensation and resettlement (Art. 25.3)</source>
        <translation>Topic: compensation and resettlement (Art. 25.3)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="68" />
        <source>Topic: investment projects (Art. 25.4)</source>
        <translation>Topic: investment projects (Art. 25.4)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="69" />
        <source>Topic: administrative units (Art. 25.5)</source>
        <translation>Topic: administrative units (Art. 25.5)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="70" />
        <source>Topic: draft documents and policies (Art. 25.6)</source>
        <translation>Topic: draft documents and policies (Art. 25.6)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="73" />
        <source>Topic: grassroots democracy rules (Art. 25.7)</source>
        <translation>Topic: grassroots democracy rules (Art. 25.7)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="76" />
        <source>Topic: decisions on citizens (Art. 25.8)</source>
        <translation>Topic: decisions on citizens (Art. 25.8)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="77" />
        <source>Topic: other matters (Art. 25.9)</source>
        <translation>Topic: other matters (Art. 25.9)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="78" />
        <source>Form: conferences, meetings, dialogues</source>
        <translation>Form: conferences, meetings, dialogues</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="79" />
        <source>Form: village meetings</source>
        <translation>Form: village meetings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="80" />
        <source>Form: opinion papers to households</source>
        <translation>Form: opinion papers to households</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="81" />
        <source>Form: suggestion box</source>
        <translation>Form: suggestion box</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="82" />
        <source>Form: portal or website</source>
        <translation>Form: portal or website</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="83" />
        <source>Form: telecoms, social networks, apps</source>
        <translation>Form: telecoms, social networks, apps</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="84" />
        <source>Form: through the Front and mass organisations</source>
        <translation>Form: through the Front and mass organisations</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="87" />
        <source>Form: other</source>
        <translation>Form: other</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="88" />
        <source>Opinions received</source>
        <translation>Opinions received</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="89" />
        <source>Dialogues held</source>
        <translation>Dialogues held</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="90" />
        <source>UBND–resident dialogues (Art. 32)</source>
        <translation>UBND–resident dialogues (Art. 32)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="93" />
        <source>Leaders' dialogues with residents</source>
        <translation>Leaders' dialogues with residents</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="96" />
        <source>Attendance at dialogues</source>
        <translation>Attendance at dialogues</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="97" />
        <source>People's Inspection Board: inspections</source>
        <translation>People's Inspection Board: inspections</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="98" />
        <source>People's Inspection Board: cases verified</source>
        <translation>People's Inspection Board: cases verified</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="101" />
        <source>People's Inspection Board: violations</source>
        <translation>People's Inspection Board: violations</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="104" />
        <source>People's Inspection Board: recommendations</source>
        <translation>People's Inspection Board: recommendations</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="107" />
        <source>Recommendations answered</source>
        <translation>Recommendations answered</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="108" />
        <source>Recommendations answered within 15 days</source>
        <translation>Recommendations answered within 15 days</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="111" />
        <source>Investment supervision boards</source>
        <translation>Investment supervision boards</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="112" />
        <source>Projects supervised</source>
        <translation>Projects supervised</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="113" />
        <source>Violations found by supervision</source>
        <translation>Violations found by supervision</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="116" />
        <source>Supervision boards: recommendations</source>
        <translation>Supervision boards: recommendations</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="117" />
        <source>Supervision recommendations answered</source>
        <translation>Supervision recommendations answered</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="120" />
        <source>Supervision recommendations answered in 15 days</source>
        <translation>Supervision recommendations answered in 15 days</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="131" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="161" />
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="163" />
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="171" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="180" />
        <source>All %1 units have sent their records for the period.</source>
        <translation>All %1 units have sent their records for the period.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="185" />
        <source>%1 of %2 units have not sent their records for the period: %3</source>
        <translation>%1 of %2 units have not sent their records for the period: %3</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="39" />
        <source>Meetings, household ballots and online votes</source>
        <translation>Meetings, household ballots and online votes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="123" />
        <source>Minutes late</source>
        <translation>Minutes late</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="124" />
        <source>Minutes not sent</source>
        <translation>Minutes not sent</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="143" />
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="380" />
        <source>Nothing was recorded in this period.</source>
        <translation>Nothing was recorded in this period.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="131" />
        <location filename="../desktop/ui/pages/report_tables.py" line="107" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="34" />
        <source>Online vote</source>
        <translation>Online vote</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="131" />
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="114" />
        <source>Posting short</source>
        <translation>Posting short</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="63" />
        <source>Quarter I</source>
        <translation>Quarter I</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="64" />
        <source>Quarter II</source>
        <translation>Quarter II</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="65" />
        <source>Quarter III</source>
        <translation>Quarter III</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="66" />
        <source>Quarter IV</source>
        <translation>Quarter IV</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_indicators.py" line="34" />
        <location filename="../desktop/ui/pages/report_tables.py" line="141" />
        <source>Received in the period</source>
        <translation>Received in the period</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="43" />
        <source>Residents' feedback on disclosures</source>
        <translation>Residents' feedback on disclosures</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="302" />
        <location filename="../desktop/ui/pages/reports.py" line="330" />
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="62" />
        <source>Second half</source>
        <translation>Second half</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="137" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="136" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="268" />
        <source>The figures could not be counted: %1</source>
        <translation>The figures could not be counted: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="312" />
        <source>The report could not be written: %1</source>
        <translation>The report could not be written: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="354" />
        <source>The report of the People's Committee to the People's Council on grassroots democracy (six-month, year-end or quarterly): disclosures, village decisions, hương ước / quy ước and residents' feedback in the period chosen.</source>
        <translation>The report of the People's Committee to the People's Council on grassroots democracy (six-month, year-end or quarterly): disclosures, village decisions, hương ước / quy ước and residents' feedback in the period chosen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/report_tables.py" line="32" />
        <source>Village meeting</source>
        <translation>Village meeting</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="60" />
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="293" />
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="70" />
        <source>Public disclosure</source>
        <translation>Public disclosure</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="71" />
        <source>Forms of disclosure</source>
        <translation>Forms of disclosure</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="72" />
        <source>Meetings and ballots</source>
        <translation>Meetings and ballots</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="73" />
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="74" />
        <source>Hương ước / quy ước</source>
        <translation>Hương ước / quy ước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="75" />
        <source>Residents' feedback</source>
        <translation>Residents' feedback</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/reports.py" line="382" />
        <source>In the printed report:</source>
        <translation>In the printed report:</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/retire_dialog.py" line="40" />
        <source>Village no longer active</source>
        <translation>Village no longer active</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/retire_dialog.py" line="42" />
        <source>Mark «%1» as no longer active (merged or dissolved)?
It stays in the list with its history; nothing is deleted.</source>
        <translation>Mark «%1» as no longer active (merged or dissolved)?
It stays in the list with its history; nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/retire_dialog.py" line="52" />
        <source>&amp;Since:</source>
        <translation>&amp;Since:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/retire_dialog.py" line="55" />
        <source>&amp;Mark as no longer active</source>
        <translation>&amp;Mark as no longer active</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../desktop/ui/sample_banner.py" line="51" />
        <source>SAMPLE DATA</source>
        <translation>SAMPLE DATA</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sample_banner.py" line="53" />
        <source>This is a made-up commune for trying the program, kept in its own folder. Nothing recorded here is a real record.</source>
        <translation>This is a made-up commune for trying the program, kept in its own folder. Nothing recorded here is a real record.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sample_banner.py" line="60" />
        <source>&amp;Open my real data</source>
        <translation>&amp;Open my real data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sample_banner.py" line="62" />
        <source>&amp;Set up my commune…</source>
        <translation>&amp;Set up my commune…</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../desktop/ui/search_results.py" line="24" />
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search_results.py" line="25" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search_results.py" line="26" />
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search_results.py" line="27" />
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search_popup.py" line="187" />
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search_popup.py" line="223" />
        <source>Nothing found for «%1».</source>
        <translation>Nothing found for «%1».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search_popup.py" line="230" />
        <source>Type a few words of a title, a name or a text; accents are optional. ↑ ↓ choose, Enter opens, Esc closes.</source>
        <translation>Type a few words of a title, a name or a text; accents are optional. ↑ ↓ choose, Enter opens, Esc closes.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/search_popup.py" line="247" />
        <source>Search every record: meetings, conventions, disclosures, villages</source>
        <translation>Search every record: meetings, conventions, disclosures, villages</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="209" />
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="236" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="237" />
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="238" />
        <source>&amp;Backups</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="239" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="240" />
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="241" />
        <source>This installation</source>
        <translation>This installation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="242" />
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="246" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="247" />
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="248" />
        <source>e.g. Nguyễn Thị Lan</source>
        <translation>e.g. Nguyễn Thị Lan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="257" />
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="258" />
        <source>Commune:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="259" />
        <source>Commune code:</source>
        <translation>Commune code:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="260" />
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="261" />
        <source>Signing key fingerprint:</source>
        <translation>Signing key fingerprint:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="262" />
        <source>&amp;Officer's name:</source>
        <translation>&amp;Officer's name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="263" />
        <source>Receiving &amp;level:</source>
        <translation>Receiving &amp;level:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="264" />
        <source>Commune code of the commune:</source>
        <translation>Commune code of the commune:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="266" />
        <source>Receiving body's &amp;code:</source>
        <translation>Receiving body's &amp;code:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="267" />
        <source>Name of the commune:</source>
        <translation>Name of the commune:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="269" />
        <source>Receiving body's &amp;name:</source>
        <translation>Receiving body's &amp;name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="270" />
        <source>A unit counts as not sending after (days):</source>
        <translation>A unit counts as not sending after (days):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="271" />
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="272" />
        <source>Log file:</source>
        <translation>Log file:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="249" />
        <source>Open the data folder</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="250" />
        <source>Open the log folder</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/settings.py" line="251" />
        <source>About %1…</source>
        <translation>About %1…</translation>
    </message>
</context>
<context>
    <name>SkeletonPage</name>
    <message>
        <location filename="../desktop/ui/pages/skeleton.py" line="35" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>SyncBoardPage</name>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="25" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="26" />
        <source>Last bundle</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="27" />
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="28" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="29" />
        <source>Bundles</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="30" />
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="31" />
        <source>Days silent</source>
        <translation>Days silent</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="32" />
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="33" />
        <source>Matters passed</source>
        <translation>Matters passed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="34" />
        <source>Matters failed</source>
        <translation>Matters failed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="35" />
        <source>Disclosures</source>
        <translation>Disclosures</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="36" />
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="37" />
        <source>Short posting</source>
        <translation>Short posting</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="38" />
        <source>Conventions in force</source>
        <translation>Conventions in force</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="39" />
        <source>Conventions suspended</source>
        <translation>Conventions suspended</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="40" />
        <source>Conventions abolished</source>
        <translation>Conventions abolished</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="41" />
        <source>Conventions superseded</source>
        <translation>Conventions superseded</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="42" />
        <source>Other conventions</source>
        <translation>Other conventions</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="45" />
        <source>Sequence number of the newest bundle received</source>
        <translation>Sequence number of the newest bundle received</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="46" />
        <source>The day the unit made its newest bundle</source>
        <translation>The day the unit made its newest bundle</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="47" />
        <source>When the newest bundle was imported here</source>
        <translation>When the newest bundle was imported here</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="48" />
        <source>Sequence numbers not received yet</source>
        <translation>Sequence numbers not received yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="49" />
        <source>Days since the unit made its newest bundle</source>
        <translation>Days since the unit made its newest bundle</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="50" />
        <source>Matters voted and passed</source>
        <translation>Matters voted and passed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="51" />
        <source>Matters voted and not passed</source>
        <translation>Matters voted and not passed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="52" />
        <source>Disclosures made or posted after the deadline</source>
        <translation>Disclosures made or posted after the deadline</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="53" />
        <source>Disclosures taken down early or missing a posting place</source>
        <translation>Disclosures taken down early or missing a posting place</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="56" />
        <source>Village conventions in force</source>
        <translation>Village conventions in force</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="57" />
        <source>Conventions still being drafted, adopted or refused</source>
        <translation>Conventions still being drafted, adopted or refused</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="160" />
        <source>No bundle made for more than %1 days</source>
        <translation>No bundle made for more than %1 days</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="180" />
        <source>no. %1 covered by a later bundle</source>
        <translation>no. %1 covered by a later bundle</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board_model.py" line="187" />
        <source>never sent</source>
        <translation>never sent</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="137" />
        <source>Reading the board…</source>
        <translation>Reading the board…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="165" />
        <source>The board could not be read: %1</source>
        <translation>The board could not be read: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="179" />
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="180" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="185" />
        <source>Export to PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="186" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="195" />
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="202" />
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="211" />
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="265" />
        <source>&amp;Silent after more than (days):</source>
        <translation>&amp;Flag a unit that has sent nothing for more than (days):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="266" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="267" />
        <source>Export to &amp;Excel…</source>
        <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="268" />
        <source>Export to &amp;PDF…</source>
        <translation>Export to &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="270" />
        <source>No unit below has sent data yet</source>
        <translation>No unit below has sent data yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="272" />
        <source>Register each unit below with the key file it sends you (tab “Units below”), then import its bundles.</source>
        <translation>Register each unit below with the key file it sends you (tab “Units below”), then import its bundles.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="231" />
        <source>&lt;b&gt;Total:&lt;/b&gt; %1 units, %2 silent; %3 bundles received, %4 missing · %5 meetings (%6 matters passed, %7 failed) · %8 disclosures (%9 late, %10 short postings) · conventions: %11 in force, %12 suspended, %13 abolished, %14 superseded, %15 other</source>
        <translation>&lt;b&gt;Total:&lt;/b&gt; %1 units (%2 overdue in sending); %3 bundles received, %4 missing · %5 meetings (%6 matters passed, %7 failed) · %8 disclosures (%9 late, %10 short postings) · conventions: %11 in force, %12 suspended, %13 abolished, %14 superseded, %15 other</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_board.py" line="258" />
        <source>Bundles received from each unit below, the numbers still missing, the units that have sent nothing for longer than the limit, and what their records add up to.</source>
        <translation>Bundles received from each unit below, the numbers still missing, the units that have sent nothing for longer than the limit, and what their records add up to.</translation>
    </message>
</context>
<context>
    <name>SyncChildrenTab</name>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="126" />
        <source>Registration file of the unit</source>
        <translation>Registration file of the unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="128" />
        <source>Registration files (*.json);;All files (*)</source>
        <translation>Registration files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="157" />
        <source>Registration file saved as %1. Send it to every unit.</source>
        <translation>Registration file saved as %1. Send it to every unit.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="178" />
        <source>%1 registered.</source>
        <translation>%1 registered.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="309" />
        <source>Choose a record to see its contents.</source>
        <translation>Choose a record to see its contents.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="202" />
        <source>Units that send their data here. Register a unit with the registration file it exported, after comparing the key fingerprint with its signed sheet.</source>
        <translation>Units that send their data here. Register a unit with the registration file it exported, after comparing the key fingerprint with its signed sheet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="208" />
        <source>&amp;Register a unit…</source>
        <translation>&amp;Register a unit…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="212" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="213" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="214" />
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="218" />
        <source>No unit registered yet: press «Register a unit…».</source>
        <translation>No unit registered yet: press «Register a unit…».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="352" />
        <source>Records received (read-only)</source>
        <translation>Records received (read-only)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="354" />
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="374" />
        <source>Re&amp;mark / request for correction…</source>
        <translation>Re&amp;mark / request for correction…</translation>
    </message>
</context>
<context>
    <name>SyncExportTab</name>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="43" />
        <source>The data on this computer was restored from an older backup: bundles were already sent after that backup was made.</source>
        <translation>The data on this computer was restored from an older backup: bundles were already sent after that backup was made.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="48" />
        <source>This data folder was copied from another computer or moved to another folder.</source>
        <translation>This data folder was copied from another computer or moved to another folder.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="52" />
        <source>This data folder was replaced by the data of another installation.</source>
        <translation>This data folder was replaced by the data of another installation.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="56" />
        <source>The record of the bundles already sent from this folder is missing; the data was probably restored or copied.</source>
        <translation>The record of the bundles already sent from this folder is missing; the data was probably restored or copied.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="146" />
        <source>No. %1, at %2</source>
        <translation>No. %1, at %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="153" />
        <source>up to no. %1</source>
        <translation>up to no. %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="155" />
        <source>no receipt yet</source>
        <translation>no receipt yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="165" />
        <source>No bundle has been exported yet. Press «Export bundle…» to write the first one: it holds every record, to be sent to the level above.</source>
        <translation>No bundle has been exported yet. Press «Export bundle…» to write the first one: it holds every record, to be sent to the level above.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="178" />
        <source>So that the level above does not receive two different bundles with the same number, exporting is paused. If this computer is the one that will keep the records from now on, press «Confirm new identity»: it gets a new identity and its bundles are numbered again from 1. If the old computer is still in use, do not confirm here; ask the level above.</source>
        <translation>So that the level above does not receive two different bundles with the same number, exporting is paused. If this computer is the one that will keep the records from now on, press «Confirm new identity»: it gets a new identity and its bundles are numbered again from 1. If the old computer is still in use, do not confirm here; ask the level above.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="201" />
        <source>Confirm new identity</source>
        <translation>Confirm new identity</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="202" />
        <source>Make this computer a new installation? Its bundles will be numbered again from 1 and the level above will see a new sender identity. Do this only if the old computer no longer sends data.</source>
        <translation>Make this computer a new installation? Its bundles will be numbered again from 1 and the level above will see a new sender identity. Do this only if the old computer no longer sends data.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="214" />
        <source>New identity confirmed: exporting works again.</source>
        <translation>New identity confirmed: exporting works again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="221" />
        <source>Folder for the bundle</source>
        <translation>Folder for the bundle</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="234" />
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="259" />
        <source>Bundle no. %1 written (%2 records) in %3:</source>
        <translation>Bundle no. %1 written (%2 records) in %3:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="273" />
        <source>Export cancelled; no bundle was written.</source>
        <translation>Export cancelled; no bundle was written.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="277" />
        <source>The bundle could not be written: %1</source>
        <translation>The bundle could not be written: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="83" />
        <source>Receipt from the level above</source>
        <translation>Receipt from the level above</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="85" />
        <source>Receipts (*.json);;All files (*)</source>
        <translation>Receipts (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="99" />
        <source>The receipt for bundle no. %1 was already imported.</source>
        <translation>The receipt for bundle no. %1 was already imported.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="101" />
        <source>Receipt for bundle no. %1 imported: %2 remarks, %3 records refused by the level above.</source>
        <translation>Receipt for bundle no. %1 imported: %2 remarks, %3 records refused by the level above.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="117" />
        <source>The level above's key is not registered yet, so its receipts cannot be imported. Ask the level above for its registration file and sheet, press 'Register the level above's key' and compare the fingerprint shown with the sheet (or read it over the phone).</source>
        <translation>The level above's key is not registered yet, so its receipts cannot be imported. Ask the level above for its registration file and sheet, press 'Register the level above's key' and compare the fingerprint shown with the sheet (or read it over the phone).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="128" />
        <source>Registration file of the level above</source>
        <translation>Registration file of the level above</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="142" />
        <source>The level above's key is registered, fingerprint %1. Compare it with the level above's registration sheet before importing its receipts.</source>
        <translation>The level above's key is registered, fingerprint %1. Compare it with the level above's registration sheet before importing its receipts.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="143" />
        <location filename="../desktop/ui/pages/sync_receipts.py" line="152" />
        <source>Registration file</source>
        <translation>Registration file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="145" />
        <location filename="../desktop/ui/pages/sync_receipts.py" line="130" />
        <location filename="../desktop/ui/pages/sync_receipts.py" line="154" />
        <source>Registration files (*.json)</source>
        <translation>Registration files (*.json)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="166" />
        <source>Registration file saved as %1. Send it to the level above with the sheet.</source>
        <translation>Registration file saved as %1. Send it to the level above with the sheet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="176" />
        <source>Registration sheet</source>
        <translation>Registration sheet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="178" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="194" />
        <source>Sheet saved as %1</source>
        <translation>Sheet saved as %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="292" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="298" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="299" />
        <source>&amp;Export bundle…</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="300" />
        <source>&amp;Whole data</source>
        <translation>&amp;Whole data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="302" />
        <source>Every record, not only the changes the level above has not confirmed</source>
        <translation>Every record, not only the changes the level above has not confirmed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="307" />
        <source>S&amp;plit into 20 MB parts for email</source>
        <translation>S&amp;plit into 20 MB parts for email</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="308" />
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="203" />
        <source>Receipts and key</source>
        <translation>Receipts and key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="204" />
        <source>Import &amp;receipt…</source>
        <translation>Import &amp;receipt…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="205" />
        <source>Register the level above's ke&amp;y…</source>
        <translation>Register the level above's ke&amp;y…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_children.py" line="209" />
        <location filename="../desktop/ui/pages/sync_receipts.py" line="209" />
        <source>Export registration &amp;key…</source>
        <translation>Export registration &amp;key…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_receipts.py" line="210" />
        <source>Print key registration s&amp;heet…</source>
        <translation>Print key registration s&amp;heet…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="310" />
        <source>Exporting is paused: please confirm</source>
        <translation>Exporting is paused: please confirm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="311" />
        <source>Con&amp;firm new identity</source>
        <translation>Con&amp;firm new identity</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="317" />
        <source>Last bundle:</source>
        <translation>Last bundle:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="318" />
        <source>Confirmed by the level above:</source>
        <translation>Confirmed by the level above:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="320" />
        <source>Key fingerprint:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="321" />
        <source>Sent to:</source>
        <translation>Sent to:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_export.py" line="319" />
        <source>Changes not yet confirmed:</source>
        <translation>Changes sent but not yet acknowledged:</translation>
    </message>
</context>
<context>
    <name>SyncImportTab</name>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="36" />
        <source>Checked: can be imported</source>
        <translation>Checked: can be imported</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="37" />
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="38" />
        <source>Already imported, nothing changed</source>
        <translation>Already imported, nothing changed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="39" />
        <source>Refused, nothing changed</source>
        <translation>Refused, nothing changed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="40" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="43" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="44" />
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="45" />
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="46" />
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="47" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="50" />
        <location filename="../desktop/ui/pages/sync_import.py" line="51" />
        <source>belongs to another unit</source>
        <translation>belongs to another unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="52" />
        <source>belongs to this unit: a child may not change it</source>
        <translation>belongs to this unit: a child may not change it</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="55" />
        <source>the same version was received before with other content</source>
        <translation>the same version was received before with other content</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="58" />
        <source>older than the version already here</source>
        <translation>older than the version already here</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="139" />
        <source>Bundles and receipts to import</source>
        <translation>Bundles and receipts to import</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="141" />
        <source>Bundles and receipts (*.zip *.json);;All files (*)</source>
        <translation>Bundles and receipts (*.zip *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="155" />
        <source>Checking %1 files…</source>
        <translation>Checking %1 files…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="174" />
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="195" />
        <source>Check cancelled.</source>
        <translation>Check cancelled.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="203" />
        <source>Folder for the receipts</source>
        <translation>Folder for the receipts</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="254" />
        <source>Check of %1 files (nothing changed yet): %2.</source>
        <translation>Check of %1 files (nothing changed yet): %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="256" />
        <source>Import of %1 files done: %2.</source>
        <translation>Import of %1 files done: %2.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="259" />
        <source>%1 refused.</source>
        <translation>%1 refused.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="261" />
        <source>Press «Import» to import them.</source>
        <translation>Press «Import» to import them.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="273" />
        <source>%1 — bundle no. %2 of %3</source>
        <translation>%1 — bundle no. %2 of %3</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="293" />
        <source>Record %1, version %2: %3</source>
        <translation>Record %1, version %2: %3</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="308" />
        <source>… and %1 more records</source>
        <translation>… and %1 more records</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="317" />
        <source>Missing bundle no. %1 of %2</source>
        <translation>Missing bundle no. %1 of %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="326" />
        <source>The unit's data here is complete (matches its counts).</source>
        <translation>The unit's data here is complete (matches its counts).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="335" />
        <source>The unit's data here is not complete yet (earlier bundles missing).</source>
        <translation>The unit's data here is not complete yet (earlier bundles missing).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="345" />
        <source>Receipt written: %1</source>
        <translation>Receipt written: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="361" />
        <source>Choose the bundle files (ZIP) received from the units below, and receipts (JSON). They are checked first without changing anything; then press «Import». A receipt is written for each imported bundle: send it back.</source>
        <translation>Choose the bundle files (ZIP) received from the units below, and receipts (JSON). They are checked first without changing anything; then press «Import». A receipt is written for each imported bundle: send it back.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="368" />
        <source>&amp;Choose files…</source>
        <translation>&amp;Choose files…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="369" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="370" />
        <source>Receipts folder:</source>
        <translation>Receipts folder:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="372" />
        <source>C&amp;hange…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="374" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_import.py" line="374" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../desktop/ui/pages/sync.py" line="88" />
        <source>Reporting &amp;board</source>
        <translation>Reporting &amp;board</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync.py" line="81" />
        <source>&amp;Send data</source>
        <translation>&amp;Send data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync.py" line="84" />
        <source>Recei&amp;ve data</source>
        <translation>Recei&amp;ve data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync.py" line="86" />
        <source>&amp;Units below</source>
        <translation>&amp;Units below</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync.py" line="129" />
        <source>Set up the installation first (the first-run wizard).</source>
        <translation>Set up the installation first (the first-run wizard).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_common.py" line="218" />
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncel</translation>
    </message>
</context>
<context>
    <name>SyncRecords</name>
    <message>
        <location filename="../desktop/ui/pages/sync_records.py" line="33" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_records.py" line="34" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_records.py" line="35" />
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_records.py" line="36" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_records.py" line="37" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/sync_records.py" line="38" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>SyncRegisterDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/sync_register.py" line="59" />
        <source>Register a unit</source>
        <translation>Register a unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_register.py" line="72" />
        <source>Compare this fingerprint, group by group, with the one on the registration sheet signed by the unit (or read it aloud over the phone). Register only if they are the same.</source>
        <translation>Compare this fingerprint, group by group, with the one on the registration sheet signed by the unit (or read it aloud over the phone). Register only if they are the same.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_register.py" line="84" />
        <source>&amp;Replace the key registered for this unit</source>
        <translation>&amp;Replace the key registered for this unit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_register.py" line="89" />
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_register.py" line="91" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_register.py" line="95" />
        <source>Key fingerprint:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_register.py" line="98" />
        <source>Re&amp;gister</source>
        <translation>Re&amp;gister</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_register.py" line="121" />
        <source>%1 is already registered with another key (fingerprint %2). Bundles signed with the old key will be refused after the change.</source>
        <translation>%1 is already registered with another key (fingerprint %2). Bundles signed with the old key will be refused after the change.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_register.py" line="136" />
        <source>Tick «Replace the key» to confirm the new key.</source>
        <translation>Tick «Replace the key» to confirm the new key.</translation>
    </message>
</context>
<context>
    <name>SyncRemarks</name>
    <message>
        <location filename="../desktop/ui/dialogs/sync_remarks.py" line="52" />
        <source>Remarks from the level above</source>
        <translation>Remarks from the level above</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_remarks.py" line="96" />
        <source>Remark or request for correction</source>
        <translation>Remark or request for correction</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_remarks.py" line="98" />
        <source>On «%1». The remark goes to the unit with the receipt of its next bundle.</source>
        <translation>On «%1». The remark goes to the unit with the receipt of its next bundle.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_remarks.py" line="104" />
        <source>&amp;Remark:</source>
        <translation>&amp;Remark:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/sync_remarks.py" line="111" />
        <source>&amp;Add remark</source>
        <translation>&amp;Add remark</translation>
    </message>
</context>
<context>
    <name>TodayBox</name>
    <message>
        <location filename="../desktop/ui/pages/today_box.py" line="34" />
        <source>Disclosure overdue since %2: %1</source>
        <translation>Disclosure overdue since %2: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/today_box.py" line="36" />
        <source>Posting ends on %2, record when it is taken down: %1</source>
        <translation>Posting ends on %2, record when it is taken down: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/today_box.py" line="38" />
        <source>Minutes not sent, due %2: %1</source>
        <translation>Minutes not sent, due %2: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/today_box.py" line="40" />
        <source>Send the minutes by %2: %1</source>
        <translation>Send the minutes by %2: %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/today_box.py" line="47" />
        <source>Convention %1: %2</source>
        <translation>Convention %1: %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/today_box.py" line="52" />
        <source>%3 bundle(s) sent (the last, no. %1, on %2) await the receipt from above</source>
        <translation>%3 bundle(s) sent (the last, no. %1, on %2) await the receipt from above</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/today_box.py" line="88" />
        <source>Reading what needs doing…</source>
        <translation>Reading what needs doing…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/today_box.py" line="95" />
        <source>What needs doing today (%1)</source>
        <translation>What needs doing today (%1)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/today_box.py" line="104" />
        <source>Double-click or press Enter to open</source>
        <translation>Double-click or press Enter to open</translation>
    </message>
</context>
<context>
    <name>UnitRecords</name>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="160" />
        <location filename="../desktop/ui/pages/unit_records.py" line="363" />
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="168" />
        <location filename="../desktop/ui/pages/unit_records.py" line="365" />
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="214" />
        <location filename="../desktop/ui/pages/unit_records.py" line="370" />
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="311" />
        <source>No record received matches these filters.</source>
        <translation>No record received matches these filters.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="353" />
        <source>U&amp;nit:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="355" />
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="356" />
        <source>S&amp;tate:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/unit_records.py" line="357" />
        <source>Wit&amp;h warnings</source>
        <translation>Wit&amp;h warnings</translation>
    </message>
</context>
<context>
    <name>VillageDialog</name>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="61" />
        <source>New village</source>
        <translation>New village</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="63" />
        <source>Edit village</source>
        <translation>Edit village</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="69" />
        <source>e.g. DONG, TDP1</source>
        <translation>e.g. DONG, TDP1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="72" />
        <source>e.g. Thôn Đông</source>
        <translation>e.g. Thôn Đông</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="88" />
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="89" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="90" />
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="91" />
        <source>&amp;Head:</source>
        <translation>&amp;Head:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="92" />
        <source>H&amp;ouseholds:</source>
        <translation>H&amp;ouseholds:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="93" />
        <source>Counted o&amp;n:</source>
        <translation>Counted o&amp;n:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="136" />
        <source>This village is no longer active since %1.</source>
        <translation>This village is no longer active since %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="143" />
        <source>Household count history</source>
        <translation>Household count history</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="148" />
        <source>Counted on</source>
        <translation>Counted on</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="148" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../desktop/ui/dialogs/village_dialog.py" line="169" />
        <source>No count recorded yet.</source>
        <translation>No count recorded yet.</translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="23" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="24" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="27" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="31" />
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="34" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="41" />
        <source>Counted on</source>
        <translation>Counted on</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="45" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="114" />
        <source>No village matches the filter.</source>
        <translation>No village matches the filter.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="115" />
        <source>No villages yet — press «Add» to add one.</source>
        <translation>No villages yet — press «Add» to add one.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="173" />
        <source>Villages and residential groups</source>
        <translation>Villages and residential groups</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="174" />
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="175" />
        <source>Add a village (Ctrl+N)</source>
        <translation>Add a village (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="176" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="178" />
        <source>Edit the selected village (Enter or F2)</source>
        <translation>Edit the selected village (Enter or F2)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="180" />
        <source>&amp;Retire…</source>
        <translation>&amp;Retire…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="182" />
        <source>Mark the selected village as no longer active</source>
        <translation>Mark the selected village as no longer active</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="185" />
        <source>Filter by code, name or head (Ctrl+F)</source>
        <translation>Filter by code, name or head (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages/villages.py" line="187" />
        <source>&amp;Show retired</source>
        <translation>&amp;Show retired</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../desktop/ui/wizard.py" line="65" />
        <source>Welcome to %1</source>
        <translation>Welcome to %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="67" />
        <source>This program keeps the records of grassroots democracy of your commune, on this computer, without the Internet.</source>
        <translation>This program keeps the records of grassroots democracy of your commune, on this computer, without the Internet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="74" />
        <source>&amp;Try it with demo data</source>
        <translation>&amp;Try it with demo data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="93" />
        <source>A sample commune with a few villages, to look around.</source>
        <translation>A sample commune with a few villages, to look around.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="109" />
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="110" />
        <source>Press Finish to open a sample commune.</source>
        <translation>Press Finish to open a sample commune.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="115" />
        <source>The sample commune is kept in a folder of its own:
%1

Your real data is not touched. While you look around, the window says SAMPLE DATA at the top; its button sets up your own commune when you are ready.</source>
        <translation>The sample commune is kept in a folder of its own:
%1

Your real data is not touched. While you look around, the window says SAMPLE DATA at the top; its button sets up your own commune when you are ready.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="139" />
        <source>The demo folder %1 could not be opened.</source>
        <translation>The demo folder %1 could not be opened.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="38" />
        <source>What is this computer for?</source>
        <translation>What is this computer for?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="39" />
        <source>The &amp;commune's records</source>
        <translation>The &amp;commune's records</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="41" />
        <source>A &amp;village head's records</source>
        <translation>A &amp;village head's records</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="43" />
        <source>The &amp;receiving level (province or district)</source>
        <translation>The &amp;receiving level (province or district)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="50" />
        <source>The commune keeps its villages' meetings, hương ước and public disclosures, and sends them to the receiving level.</source>
        <translation>The commune keeps its villages' meetings, hương ước and public disclosures, and sends them to the receiving level.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="58" />
        <source>The village head's laptop: the village's meetings and hương ước, sent to the commune.</source>
        <translation>The village head's laptop: the village's meetings and hương ước, sent to the commune.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="66" />
        <source>The province (or a district) receives the communes' files and follows who reported.</source>
        <translation>The province (or a district) receives the communes' files and follows who reported.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="93" />
        <source>Your village</source>
        <translation>Your village</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="95" />
        <source>Use the village code the commune uses (ask the commune officer: it is in the commune's list of villages), so that the commune recognises your files.</source>
        <translation>Use the village code the commune uses (ask the commune officer: it is in the commune's list of villages), so that the commune recognises your files.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="104" />
        <source>e.g. T01</source>
        <translation>e.g. T01</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="106" />
        <source>e.g. Thôn Phú Hòa</source>
        <translation>e.g. Thôn Phú Hòa</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="114" />
        <source>Village &amp;code:</source>
        <translation>Village &amp;code:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="115" />
        <source>Village &amp;name:</source>
        <translation>Village &amp;name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="118" />
        <source>&amp;Households:</source>
        <translation>&amp;Households:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="142" />
        <source>Your receiving level</source>
        <translation>Your receiving level</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="144" />
        <source>The province (since the 2025 reform) or the district that receives the communes' reports, and the body that signs its own reports.</source>
        <translation>The province (since the 2025 reform) or the district that receives the communes' reports, and the body that signs its own reports.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="178" />
        <source>&amp;Body that signs its reports:</source>
        <translation>&amp;Body that signs its reports:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="207" />
        <source>from the list</source>
        <translation>from the list</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="229" />
        <source>Write the body that signs the reports.</source>
        <translation>Write the body that signs the reports.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="244" />
        <source>Open Sync › Send data and press «Export registration key…» (or «Print key registration sheet…»); take the file to the officer of %1.</source>
        <translation>Open Sync › Send data and press «Export registration key…» (or «Print key registration sheet…»); take the file to the officer of %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="249" />
        <source>The commune officer registers it under Sync › Units below › «Register a unit…» with the code %1.</source>
        <translation>The commune officer registers it under Sync › Units below › «Register a unit…» with the code %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="254" />
        <source>The commune gives you its key file: register it under Sync › Send data › «Register the level above's key…». Then send your data from Sync › Send data.</source>
        <translation>The commune gives you its key file: register it under Sync › Send data › «Register the level above's key…». Then send your data from Sync › Send data.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="262" />
        <source>Each commune sends you its key file (or the printed sheet): register it under Sync › Units below › «Register a unit…» with the commune's 5-digit code.</source>
        <translation>Each commune sends you its key file (or the printed sheet): register it under Sync › Units below › «Register a unit…» with the commune's 5-digit code.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="267" />
        <source>Send your own key to every commune, so that it can check your receipts: Sync › Units below › «Export registration key…».</source>
        <translation>Send your own key to every commune, so that it can check your receipts: Sync › Units below › «Export registration key…».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="272" />
        <source>The communes' files are then read under Sync › Receive data; the Reporting board shows who sent what and who is silent.</source>
        <translation>The communes' files are then read under Sync › Receive data; the Reporting board shows who sent what and who is silent.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="280" />
        <source>Open Sync › Send data and press «Export registration key…» (or «Print key registration sheet…»); send the file to %1.</source>
        <translation>Open Sync › Send data and press «Export registration key…» (or «Print key registration sheet…»); send the file to %1.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="285" />
        <source>When %1 sends you its key, register it under Sync › Send data › «Register the level above's key…».</source>
        <translation>When %1 sends you its key, register it under Sync › Send data › «Register the level above's key…».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_roles.py" line="290" />
        <source>Each village head who uses the program brings you a key file: register it under Sync › Units below › «Register a unit…».</source>
        <translation>Each village head who uses the program brings you a key file: register it under Sync › Units below › «Register a unit…».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="161" />
        <source>Who keeps the records?</source>
        <translation>Who keeps the records?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="163" />
        <source>Your name is written in the journal next to each change you make. You may leave it empty.</source>
        <translation>Your name is written in the journal next to each change you make. You may leave it empty.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="170" />
        <source>e.g. Nguyễn Thị Lan</source>
        <translation>e.g. Nguyễn Thị Lan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="172" />
        <source>Officer's &amp;name:</source>
        <translation>Officer's &amp;name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="212" />
        <source>Check and finish</source>
        <translation>Check and finish</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="214" />
        <source>Nothing is saved until you press Finish. Use Back to correct an answer.</source>
        <translation>Nothing is saved until you press Finish. Use Back to correct an answer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="177" />
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="73" />
        <source>&amp;Set up this computer</source>
        <translation>&amp;Set up this computer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="83" />
        <source>For a commune, a village head or the receiving level: a few questions; about a minute.</source>
        <translation>For a commune, a village head or the receiving level: a few questions; about a minute.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="179" />
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="184" />
        <location filename="../desktop/ui/wizard.py" line="200" />
        <source>Commune:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="185" />
        <source>Village:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="192" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="193" />
        <source>Signing body:</source>
        <translation>Signing body:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="201" />
        <source>Commune code:</source>
        <translation>Commune code:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="202" />
        <source>Receiving level:</source>
        <translation>Receiving level:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="203" />
        <source>Receiving body:</source>
        <translation>Receiving body:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="178" />
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="222" />
        <source>After Finish: exchange keys with the other side</source>
        <translation>After Finish: exchange keys with the other side</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="271" />
        <source>Setting up %1</source>
        <translation>Setting up %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="153" />
        <source>Your commune</source>
        <translation>Your commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="155" />
        <source>Choose the province, then type part of the commune's name (accents are optional). The code comes from the official 2025 list.</source>
        <translation>Choose the province, then type part of the commune's name (accents are optional). The code comes from the official 2025 list.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="89" />
        <location filename="../desktop/ui/wizard_roles.py" line="158" />
        <source>Choose a province…</source>
        <translation>Choose a province…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="103" />
        <source>Type part of the name…</source>
        <translation>Type part of the name…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="105" />
        <source>My commune is not in the list</source>
        <translation>My commune is not in the list</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="107" />
        <source>e.g. Xã Tân Phú</source>
        <translation>e.g. Xã Tân Phú</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="120" />
        <location filename="../desktop/ui/wizard_roles.py" line="172" />
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="124" />
        <source>&amp;Commune:</source>
        <translation>&amp;Commune:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="130" />
        <source>Commune c&amp;ode:</source>
        <translation>Commune c&amp;ode:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="144" />
        <source>Your village's commune</source>
        <translation>Your village's commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="146" />
        <source>Choose the province, then the commune your village belongs to (accents are optional). Your files are sent to this commune.</source>
        <translation>Choose the province, then the commune your village belongs to (accents are optional). Your files are sent to this commune.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="224" />
        <source>5 digits</source>
        <translation>5 digits</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="236" />
        <location filename="../desktop/ui/wizard_roles.py" line="224" />
        <source>Choose a province.</source>
        <translation>Choose a province.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="241" />
        <source>Choose the commune from the list, or tick «My commune is not in the list».</source>
        <translation>Choose the commune from the list, or tick «My commune is not in the list».</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="248" />
        <source>Write the commune's name.</source>
        <translation>Write the commune's name.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="259" />
        <source>Receiving level</source>
        <translation>Receiving level</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="261" />
        <source>The body your commune sends its reports to. Since the 2025 reform this is the province.</source>
        <translation>The body your commune sends its reports to. Since the 2025 reform this is the province.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="268" />
        <location filename="../desktop/ui/wizard_roles.py" line="151" />
        <source>P&amp;rovince (since the 2025 reform)</source>
        <translation>P&amp;rovince (since the 2025 reform)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="269" />
        <location filename="../desktop/ui/wizard_roles.py" line="152" />
        <source>&amp;District (before the reform)</source>
        <translation>&amp;District (before the reform)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard.py" line="191" />
        <location filename="../desktop/ui/wizard_place.py" line="280" />
        <location filename="../desktop/ui/wizard_roles.py" line="169" />
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="282" />
        <location filename="../desktop/ui/wizard_roles.py" line="175" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="283" />
        <location filename="../desktop/ui/wizard_roles.py" line="174" />
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="300" />
        <source>2 digits</source>
        <translation>2 digits</translation>
    </message>
    <message>
        <location filename="../desktop/ui/wizard_place.py" line="302" />
        <location filename="../desktop/ui/wizard_roles.py" line="207" />
        <source>3 digits</source>
        <translation>3 digits</translation>
    </message>
</context>
</TS>