<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
  <context>
    <name>TandemJournal</name>
    <message>
      <location filename="../app/ui/actions.py" line="74" />
      <source>&amp;New tandem journal…</source>
      <translation>&amp;Neues Tandem-Journal anlegen…</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="75" />
      <source>&amp;Open journal…</source>
      <translation>Journal ö&amp;ffnen…</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="76" />
      <source>&amp;Lock</source>
      <translation>&amp;Sperren</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="76" />
      <source>Save, close the journal and clear the screen</source>
      <translation>Speichern, das Journal schließen und den Bildschirm leeren</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="77" />
      <source>&amp;Export one-pager…</source>
      <translation>One-Pager &amp;exportieren…</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="78" />
      <source>What you learned, on one PDF page</source>
      <translation>Was ihr gelernt habt, auf einer PDF-Seite</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="79" />
      <source>Open p&amp;rogramme reports…</source>
      <translation>P&amp;rogrammberichte öffnen…</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="80" />
      <source>Many tandems' programme reports at once, for whoever runs the programme</source>
      <translation>Die Programmberichte vieler Tandems auf einen Blick, für die Programmleitung</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="81" />
      <source>&amp;Preferences…</source>
      <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="82" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="84" />
      <source>&amp;New session</source>
      <translation>&amp;Neues Treffen beginnen</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="84" />
      <source>Start a new session now</source>
      <translation>Jetzt ein neues Treffen beginnen</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="85" />
      <source>Back to &amp;overview</source>
      <translation>Zurück zur &amp;Übersicht</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="86" />
      <source>Take over &amp;unfinished agenda items</source>
      <translation>&amp;Offene Agendapunkte übernehmen</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="87" />
      <source>&amp;Search the journal…</source>
      <translation>Journal &amp;durchsuchen…</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="88" />
      <source>&amp;My reflections (private)</source>
      <translation>&amp;Meine Reflexionen (privat)</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="91" />
      <source>&amp;Kick-off guide…</source>
      <translation>&amp;Kick-off-Leitfaden…</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="92" />
      <source>Goals, expectations, rules, rhythm and the topic pool, agreed together</source>
      <translation>Ziele, Erwartungen, Regeln, Rhythmus und Themenpool, gemeinsam vereinbart</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="93" />
      <source>&amp;Plan next session…</source>
      <translation>Nächstes Treffen &amp;planen…</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="94" />
      <source>Date and time of the next session</source>
      <translation>Datum und Uhrzeit des nächsten Treffens</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="95" />
      <source>Save next session to &amp;calendar…</source>
      <translation>Nächstes Treffen im Kalen&amp;der speichern…</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="96" />
      <source>An .ics file for your calendar</source>
      <translation>Eine .ics-Datei für deinen Kalender</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="97" />
      <source>&amp;Check in on goals…</source>
      <translation>&amp;Zwischenbilanz ziehen…</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="98" />
      <source>Are we reaching our goals?</source>
      <translation>Erreichen wir unsere Ziele?</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="99" />
      <source>C&amp;losing round…</source>
      <translation>&amp;Abschlussrunde beginnen…</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="100" />
      <source>Look back together and complete the tandem</source>
      <translation>Gemeinsam zurückblicken und das Tandem abschließen</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="101" />
      <source>&amp;Reopen tandem</source>
      <translation>Tandem &amp;wieder öffnen</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="102" />
      <source>Make a completed tandem editable again</source>
      <translation>Ein abgeschlossenes Tandem wieder bearbeitbar machen</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="103" />
      <source>&amp;Share with the programme…</source>
      <translation>Mit dem Programm &amp;teilen…</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="104" />
      <source>A small report for the programme: numbers and what you both choose, nothing that was said</source>
      <translation>Ein kleiner Bericht fürs Programm: Zahlen und was ihr beide auswählt, nichts vom Gesagten</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="106" />
      <source>Change &amp;passphrase…</source>
      <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="107" />
      <source>A new passphrase for this journal; both of you need it</source>
      <translation>Eine neue Passphrase für dieses Journal; ihr braucht sie beide</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="108" />
      <source>&amp;Back up…</source>
      <translation>&amp;Sichern…</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="109" />
      <source>An encrypted copy with the same passphrase; to restore, open it</source>
      <translation>Eine verschlüsselte Kopie mit derselben Passphrase; zum Wiederherstellen öffnet ihr sie</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="110" />
      <source>Chec&amp;k the journal…</source>
      <translation>Journal p&amp;rüfen…</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="110" />
      <source>Verify every page of the journal</source>
      <translation>Jede Seite des Journals prüfen</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="111" />
      <source>&amp;Export to JSON…</source>
      <translation>Als JSON &amp;exportieren…</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="112" />
      <source>The whole journal as a portable file, not encrypted</source>
      <translation>Das ganze Journal als übertragbare Datei, unverschlüsselt</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="113" />
      <source>&amp;Import from JSON…</source>
      <translation>Aus JSON &amp;importieren…</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="114" />
      <source>A new journal from an export; the open one stays as it is</source>
      <translation>Ein neues Journal aus einem Export; das offene bleibt, wie es ist</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="116" />
      <source>&amp;Agenda</source>
      <translation>&amp;Agenda</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="117" />
      <source>&amp;Notes</source>
      <translation>&amp;Notizen</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="118" />
      <source>&amp;Learnings</source>
      <translation>&amp;Lernerfahrungen</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="119" />
      <source>Action &amp;items</source>
      <translation>Auf&amp;gaben</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="120" />
      <source>&amp;Feedback</source>
      <translation>&amp;Feedback</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="122" />
      <source>&amp;Focus mode</source>
      <translation>&amp;Fokusmodus</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="124" />
      <source>&amp;Larger text</source>
      <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="125" />
      <source>&amp;Smaller text</source>
      <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="126" />
      <source>&amp;Normal text size</source>
      <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="89" />
      <source>Your own private journal, with its own passphrase</source>
      <translation>Dein eigenes privates Journal mit eigener Passphrase</translation>
    </message>
    <message>
      <location filename="../app/ui/actions.py" line="123" />
      <source>Full screen with larger text, for two people at one screen</source>
      <translation>Vollbild mit größerer Schrift, für zwei Personen an einem Bildschirm</translation>
    </message>
    <message>
      <location filename="../app/ui/demo.py" line="30" />
      <source>This is a demo tandem in a temporary folder, deleted when you quit. Its passphrase is: {passphrase}</source>
      <translation>Dies ist ein Demo-Tandem in einem temporären Ordner, der beim Beenden gelöscht wird. Seine Passphrase lautet: {passphrase}</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="39" />
      <source>People</source>
      <translation>Personen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="39" />
      <source>Rules</source>
      <translation>Gesprächsregeln</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="39" />
      <source>Goals</source>
      <translation>Ziele</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="39" />
      <source>Topics in the pool</source>
      <translation>Themen im Themenpool</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="40" />
      <source>Sessions</source>
      <translation>Treffen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="40" />
      <source>Agenda items</source>
      <translation>Agendapunkte</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="40" />
      <source>Learnings</source>
      <translation>Lernerfahrungen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="41" />
      <source>Action items</source>
      <translation>Aufgaben</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="41" />
      <source>Feedback</source>
      <translation>Feedback</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="41" />
      <source>Check-ins</source>
      <translation>Zwischenbilanzen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="42" />
      <source>Lines for next time</source>
      <translation>Punkte für das nächste Mal</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="42" />
      <source>Goal ratings</source>
      <translation>Bewertungen der Ziele</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="43" />
      <source>Reflections</source>
      <translation>Reflexionen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="43" />
      <source>Tags</source>
      <translation>Schlagwörter</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="50" />
      <source>no entries</source>
      <translation>keine Einträge</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="57" />
      <source>Please wait</source>
      <translation>Bitte warten</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="71" />
      <source>Check the journal</source>
      <translation>Journal prüfen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="93" />
      <source>Export to JSON</source>
      <translation>Als JSON exportieren</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="95" />
      <source>The JSON file is not encrypted.</source>
      <translation>Die JSON-Datei ist nicht verschlüsselt.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="98" />
      <source>Export unencrypted</source>
      <translation>Unverschlüsselt exportieren</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="75" />
      <source>Every page's seal (its encryption), the structure, the links between entries and the search index were checked. Nothing needs doing.</source>
      <translation>Geprüft wurden das Siegel jeder Seite (ihre Verschlüsselung), der Aufbau, die Verweise zwischen den Einträgen und der Suchindex. Es ist nichts zu tun.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="81" />
      <source>What to do now: make no more changes in this journal. Open your last backup (Journal → Open journal…, then choose the backup file) and check it too; if it is sound, go on with it. What you still need from this journal you can export (Journal care → Export to JSON…).</source>
      <translation>Was jetzt zu tun ist: Ändert nichts mehr in diesem Journal. Öffnet eure letzte Sicherung (Journal → Journal öffnen…, dann die Sicherungsdatei wählen) und prüft auch sie; ist sie in Ordnung, arbeitet mit ihr weiter. Was ihr aus diesem Journal noch braucht, könnt ihr exportieren (Journalpflege → Als JSON exportieren…).</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="115" />
      <source>Import into a new journal</source>
      <translation>In ein neues Journal importieren</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="120" />
      <source>a private journal</source>
      <translation>ein privates Journal</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="120" />
      <source>a tandem journal</source>
      <translation>ein Tandem-Journal</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="124" />
      <source>What the file holds</source>
      <translation>Was die Datei enthält</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="126" />
      <source>Nothing is written until you choose Import. It becomes a new journal; the journal that is open stays as it is.</source>
      <translation>Nichts wird geschrieben, bevor du „Importieren“ wählst. Es entsteht ein neues Journal; das geöffnete Journal bleibt, wie es ist.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="131" />
      <source>New journal file</source>
      <translation>Datei des neuen Journals</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="132" />
      <source>Choose another place…</source>
      <translation>Anderen Ort wählen…</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="135" />
      <source>New journal</source>
      <translation>Neues Journal</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="141" />
      <source>Importing</source>
      <translation>Wird importiert</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="148" />
      <source>Import</source>
      <translation>Importieren</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="96" />
      <source>It goes to {path}. Anyone who gets this file can read everything in the journal. Keep it somewhere safe and delete it when you no longer need it.</source>
      <translation>Die Datei wird unter {path} gespeichert. Wer sie bekommt, kann alles im Journal lesen. Bewahre sie sicher auf und lösche sie, sobald du sie nicht mehr brauchst.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="74" />
      <source>All {pages} pages of this journal are sound.</source>
      <translation>Alle {pages} Seiten dieses Journals sind in Ordnung.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="79" />
      <source>The check found problems in this journal ({count} in {pages} pages).</source>
      <translation>Die Prüfung hat Fehler in diesem Journal gefunden ({count} in {pages} Seiten).</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care.py" line="121" />
      <source>{file} holds {kind}:</source>
      <translation>{file} enthält {kind}:</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="51" />
      <source>Tandem journals</source>
      <translation>Tandem-Journale</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="51" />
      <source>tandem-backup</source>
      <translation>tandem-sicherung</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="51" />
      <source>tandem-export</source>
      <translation>tandem-export</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="51" />
      <source>tandem-imported</source>
      <translation>tandem-importiert</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="52" />
      <source>Change the tandem journal's passphrase</source>
      <translation>Passphrase des Tandem-Journals ändern</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="53" />
      <source>The journal's passphrase was changed. From now on, both of you open it with the new one.</source>
      <translation>Die Passphrase des Journals wurde geändert. Ab jetzt öffnet ihr es beide mit der neuen.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="55" />
      <source>Private journals</source>
      <translation>Private Journale</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="55" />
      <source>reflections-backup</source>
      <translation>reflexionen-sicherung</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="55" />
      <source>reflections-export</source>
      <translation>reflexionen-export</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="56" />
      <source>reflections-imported</source>
      <translation>reflexionen-importiert</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="56" />
      <source>Change my private passphrase</source>
      <translation>Meine private Passphrase ändern</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="57" />
      <source>Your private passphrase was changed.</source>
      <translation>Deine private Passphrase wurde geändert.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="115" />
      <source>Back up the journal</source>
      <translation>Journal sichern</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="120" />
      <source>Export to JSON (not encrypted)</source>
      <translation>Als JSON exportieren (unverschlüsselt)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="120" />
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="123" />
      <source>Import a JSON export</source>
      <translation>JSON-Export importieren</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="123" />
      <source>JSON files</source>
      <translation>JSON-Dateien</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="142" />
      <source>Writing an encrypted copy of the journal…</source>
      <translation>Eine verschlüsselte Kopie des Journals wird geschrieben…</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="155" />
      <source>Checking every page of the journal…</source>
      <translation>Jede Seite des Journals wird geprüft…</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="177" />
      <source>Writing the JSON file…</source>
      <translation>Die JSON-Datei wird geschrieben…</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="149" />
      <source>Backup written to {path} (encrypted, same passphrase). To restore it, open that file.</source>
      <translation>Sicherung unter {path} gespeichert (verschlüsselt, dieselbe Passphrase). Zum Wiederherstellen öffnet ihr diese Datei.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="182" />
      <source>Exported to {path}. It is not encrypted: keep it private.</source>
      <translation>Exportiert nach {path}. Die Datei ist nicht verschlüsselt: Halte sie unter Verschluss.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="190" />
      <source>Reading {file}…</source>
      <translation>{file} wird gelesen…</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/care_flow.py" line="207" />
      <source>Imported into the new journal {path} ({summary}). Open it to work with it.</source>
      <translation>In das neue Journal {path} importiert ({summary}). Öffne es, um damit zu arbeiten.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing.py" line="44" />
      <source>A last feedback round</source>
      <translation>Eine letzte Feedback-Runde</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing.py" line="45" />
      <source>Looking back on the whole tandem: each of you says what helped and what you would change.</source>
      <translation>Rückblick auf das ganze Tandem: Ihr sagt beide, was geholfen hat und was ihr ändern würdet.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing.py" line="61" />
      <source>What you learned</source>
      <translation>Was ihr gelernt habt</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing.py" line="62" />
      <source>Every learning of both of you, from every session. Tick what goes on the one-pager: only what you both agree to share.</source>
      <translation>Alle Lernerfahrungen von euch beiden aus allen Treffen. Hakt an, was auf den One-Pager kommt: nur, was ihr beide teilen wollt.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing.py" line="69" />
      <source>All learnings</source>
      <translation>Alle Lernerfahrungen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing.py" line="85" />
      <source>Passing it on</source>
      <translation>Weitergeben</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing.py" line="86" />
      <source>So that the experience feeds the next round of tandems.</source>
      <translation>Damit die Erfahrung in die nächste Runde der Tandems einfließt.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing.py" line="89" />
      <source>What to pass on to the next round</source>
      <translation>Was an die nächste Runde weitergegeben wird</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing.py" line="90" />
      <source>What should the next tandems know? What would you do the same way, what differently?</source>
      <translation>Was sollten die nächsten Tandems wissen? Was würdet ihr genauso machen, was anders?</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing.py" line="93" />
      <source>Next steps for the team</source>
      <translation>Nächste Schritte für das Team</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing.py" line="94" />
      <source>Next steps and recommendations for the team (printed on the one-pager)</source>
      <translation>Nächste Schritte und Empfehlungen für das Team (stehen auf dem One-Pager)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing.py" line="111" />
      <source>Complete the tandem</source>
      <translation>Tandem abschließen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing.py" line="112" />
      <source>Thank you both.</source>
      <translation>Danke euch beiden.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing.py" line="113" />
      <source>Export the one-pager next</source>
      <translation>Danach den One-Pager exportieren</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing.py" line="115" />
      <source>Share with the programme next (you see what it gets first)</source>
      <translation>Danach mit dem Programm teilen (ihr seht vorher, was es bekommt)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing.py" line="128" />
      <source>Closing round</source>
      <translation>Abschlussrunde</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing.py" line="46" />
      <source>The mentee</source>
      <translation>Mentee</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing.py" line="47" />
      <source>The mentor</source>
      <translation>Mentor:in</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing.py" line="99" />
      <source>For the next round</source>
      <translation>Für die nächste Runde</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing.py" line="118" />
      <source>Completing the tandem keeps everything and makes the journal read-only, so the record stays as it was at the end. You can reopen it at any time (Tandem → Reopen tandem).</source>
      <translation>Beim Abschließen bleibt alles erhalten, und das Journal wird schreibgeschützt, damit es so bleibt, wie es am Ende war. Ihr könnt es jederzeit wieder öffnen (Tandem → Tandem wieder öffnen).</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing_question.py" line="25" />
      <source>Optional, shared only if you both choose to</source>
      <translation>Freiwillig, geteilt nur, wenn ihr beide es wollt</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing_question.py" line="60" />
      <source>The closing question</source>
      <translation>Die Abschlussfrage</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing_question.py" line="61" />
      <source>Each of you answers for yourself. The programme sees these answers only if you share a programme report.</source>
      <translation>Jede Person antwortet für sich. Das Programm sieht diese Antworten nur, wenn ihr einen Programmbericht teilt.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing_question.py" line="20" />
      <source>1 – of little value</source>
      <translation>1 – wenig wertvoll</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing_question.py" line="20" />
      <source>5 – very valuable</source>
      <translation>5 – sehr wertvoll</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing_question.py" line="27" />
      <source>How valuable was the tandem for you?</source>
      <translation>Wie wertvoll war das Tandem für dich?</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing_question.py" line="28" />
      <source>Would you do a tandem again?</source>
      <translation>Würdest du wieder ein Tandem machen?</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing_question.py" line="29" />
      <source>Would you recommend it to a colleague?</source>
      <translation>Würdest du es Kolleg:innen empfehlen?</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing_question.py" line="30" />
      <source>One line for the programme</source>
      <translation>Eine Zeile fürs Programm</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing_question.py" line="41" />
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/closing_question.py" line="41" />
      <source>No</source>
      <translation>Nein</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/common.py" line="58" />
      <source>All files (*)</source>
      <translation>Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/crash_dialog.py" line="15" />
      <source>Something went wrong</source>
      <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/crash_dialog.py" line="17" />
      <source>Tandem Journal ran into an error it did not expect. What is saved stays saved, and what you typed is still on screen: you can carry on. If it happens again, restart the app.

Please send the report below to whoever looks after the app. It holds no journal content, only where in the program the error happened.</source>
      <translation>Tandem Journal ist auf einen Fehler gestoßen, mit dem es nicht gerechnet hat. Was gespeichert ist, bleibt gespeichert, und was du getippt hast, steht noch da: Du kannst weiterarbeiten. Wenn es wieder passiert, starte die App neu.

Bitte schick den Bericht unten an die Person, die sich um die App kümmert. Er enthält nichts aus dem Journal, nur die Stelle im Programm, an der der Fehler auftrat.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/crash_dialog.py" line="25" />
      <source>Error report</source>
      <translation>Fehlerbericht</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/crash_dialog.py" line="28" />
      <source>&amp;Copy report</source>
      <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/crash_dialog.py" line="47" />
      <source>Copied</source>
      <translation>Kopiert</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/create.py" line="40" />
      <source>&lt;b&gt;Nobody can recover a lost passphrase&lt;/b&gt;, not even with this program's help. Agree on it together and keep it somewhere safe. Both of you use it to open the tandem.</source>
      <translation>&lt;b&gt;Eine verlorene Passphrase kann niemand wiederherstellen&lt;/b&gt;, auch nicht mit Hilfe dieses Programms. Vereinbart sie gemeinsam und bewahrt sie sicher auf. Ihr beide öffnet das Tandem damit.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/create.py" line="42" />
      <source>&lt;b&gt;Only you should know this passphrase.&lt;/b&gt; Do not use the tandem's passphrase: your partner knows that one. Nobody can recover a lost passphrase.</source>
      <translation>&lt;b&gt;Nur du solltest diese Passphrase kennen.&lt;/b&gt; Nimm nicht die Passphrase des Tandems: Die kennt dein Gegenüber. Eine verlorene Passphrase kann niemand wiederherstellen.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/create.py" line="53" />
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/create.py" line="56" />
      <source>Create</source>
      <translation>Anlegen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/create.py" line="118" />
      <source>Create a tandem journal</source>
      <translation>Tandem-Journal anlegen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/create.py" line="120" />
      <source>e.g. the senior leader</source>
      <translation>z. B. die Führungskraft</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/create.py" line="121" />
      <source>Mentee's name</source>
      <translation>Name (Mentee)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/create.py" line="123" />
      <source>e.g. the younger colleague</source>
      <translation>z. B. die Nachwuchskraft</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/create.py" line="124" />
      <source>Mentor's name</source>
      <translation>Name (Mentor:in)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/create.py" line="125" />
      <source>Mentee (learns)</source>
      <translation>Mentee (lernt)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/create.py" line="126" />
      <source>Mentor (teaches)</source>
      <translation>Mentor:in (vermittelt)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/create.py" line="164" />
      <source>Create my private journal</source>
      <translation>Mein privates Journal anlegen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/create.py" line="171" />
      <source>Your first name</source>
      <translation>Dein Vorname</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/create.py" line="172" />
      <source>e.g. Petra</source>
      <translation>z. B. Petra</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/create.py" line="173" />
      <source>Only for the file's name, so that yours and your partner's differ. It is kept nowhere else.</source>
      <translation>Nur für den Dateinamen, damit sich deine Datei und die deines Gegenübers unterscheiden. Er wird nirgends sonst gespeichert.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/create.py" line="184" />
      <source>Checking…</source>
      <translation>Wird geprüft…</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/create.py" line="221" />
      <source>“{name}” already exists in this folder; it may be your partner's private journal. Nothing is replaced: type another name, or choose another place.</source>
      <translation>„{name}“ gibt es in diesem Ordner schon; es könnte das private Journal deines Gegenübers sein. Nichts wird ersetzt: Gib einen anderen Namen ein oder wähle einen anderen Ort.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/evaluation.py" line="31" />
      <source>&lt;b&gt;Are we reaching our goals?&lt;/b&gt; Rate each goal together, from 1 (not at all yet) to 5 (reached), and say in a few words why. Skip a goal with “–”.</source>
      <translation>&lt;b&gt;Erreichen wir unsere Ziele?&lt;/b&gt; Bewertet jedes Ziel gemeinsam von 1 (noch gar nicht) bis 5 (erreicht) und sagt in wenigen Worten, warum. Ein Ziel überspringt ihr mit „–“.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/evaluation.py" line="39" />
      <source>Check in on your goals</source>
      <translation>Zwischenbilanz zu euren Zielen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/evaluation.py" line="42" />
      <source>Date of the check-in</source>
      <translation>Datum der Zwischenbilanz</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/evaluation.py" line="73" />
      <source>Anything to change? Topics, rhythm, the way you work together…</source>
      <translation>Etwas ändern? Themen, Rhythmus, die Art der Zusammenarbeit…</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/evaluation.py" line="74" />
      <source>Note on the check-in</source>
      <translation>Notiz zur Zwischenbilanz</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/evaluation.py" line="78" />
      <source>Save check-in</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/evaluation.py" line="84" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/evaluation.py" line="86" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/evaluation.py" line="44" />
      <source>Goal</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/evaluation.py" line="44" />
      <source>Last time</source>
      <translation>Letztes Mal</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/evaluation.py" line="44" />
      <source>Now (1–5)</source>
      <translation>Jetzt (1–5)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/evaluation.py" line="44" />
      <source>Why?</source>
      <translation>Warum?</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/evaluation.py" line="62" />
      <source>What moved, what is missing?</source>
      <translation>Was ging voran, was fehlt?</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/evaluation.py" line="59" />
      <source>Rating of {goal}, 1 to 5</source>
      <translation>Bewertung von {goal}, 1 bis 5</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/evaluation.py" line="63" />
      <source>Comment on {goal}</source>
      <translation>Kommentar zu {goal}</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff.py" line="33" />
      <source>Kick-off guide</source>
      <translation>Kick-off-Leitfaden</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff.py" line="37" />
      <source>&amp;Save agreement</source>
      <translation>Vereinbarung &amp;speichern</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff.py" line="106" />
      <source>Discard what you typed in the kick-off guide?</source>
      <translation>Verwerfen, was ihr im Kick-off-Leitfaden eingegeben habt?</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff.py" line="109" />
      <source>&amp;Discard</source>
      <translation>&amp;Verwerfen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff.py" line="110" />
      <source>&amp;Keep editing</source>
      <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff.py" line="107" />
      <source>None of it is saved yet. To keep it, choose “{save}”.</source>
      <translation>Davon ist noch nichts gespeichert. Um es zu behalten, wählt „{save}“.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff.py" line="54" />
      <source>Kick-off guide — step {step} of {steps}</source>
      <translation>Kick-off-Leitfaden — Schritt {step} von {steps}</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="35" />
      <source>Every 2 weeks</source>
      <translation>Alle 2 Wochen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="35" />
      <source>Monthly</source>
      <translation>Monatlich</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="35" />
      <source>Weekly</source>
      <translation>Wöchentlich</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="36" />
      <source>Other</source>
      <translation>Anderer Rhythmus</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="63" />
      <source>The rules of your conversations. Above all: what you discuss stays between you.</source>
      <translation>Die Regeln eurer Gespräche. Vor allem: Was ihr besprecht, bleibt unter euch.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="91" />
      <source>The one rule no tandem can do without.</source>
      <translation>Die eine Regel, ohne die kein Tandem auskommt.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="92" />
      <source>Further rules, one per line</source>
      <translation>Weitere Regeln, eine pro Zeile</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="92" />
      <source>Further rules, one per line (e.g. phones away)</source>
      <translation>Weitere Regeln, eine pro Zeile (z. B. Handys weg)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="94" />
      <source>We both agree to these rules, on</source>
      <translation>Wir beide vereinbaren diese Regeln am</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="95" />
      <source>Date the rules were agreed</source>
      <translation>Datum, an dem die Regeln vereinbart wurden</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="148" />
      <source>Is one of you in the other's reporting line?</source>
      <translation>Ist eine Person im Tandem der anderen unterstellt?</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="149" />
      <source>Name a dependency at the start, and agree how you keep it out of the tandem.</source>
      <translation>Benennt eine Abhängigkeit gleich am Anfang und vereinbart, wie ihr sie aus dem Tandem heraushaltet.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="150" />
      <source>No, neither of us reports to the other</source>
      <translation>Nein, wir sind einander nicht unterstellt</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="151" />
      <source>Yes, one of us is in the other's reporting line</source>
      <translation>Ja, eine Person ist der anderen unterstellt</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="159" />
      <source>How we keep it confidential</source>
      <translation>Wie wir es vertraulich halten</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="161" />
      <source>Our rule for it</source>
      <translation>Unsere Regel dafür</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="163" />
      <source>&amp;Use the suggestion</source>
      <translation>&amp;Vorschlag übernehmen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="208" />
      <source>Rhythm, duration and place</source>
      <translation>Rhythmus, Dauer und Ort</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="209" />
      <source>Regular sessions keep a tandem awake: 60 to 90 minutes every two weeks or monthly.</source>
      <translation>Regelmäßige Treffen halten ein Tandem wach: 60 bis 90 Minuten alle zwei Wochen oder monatlich.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="211" />
      <source>Rhythm</source>
      <translation>Rhythmus</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="217" />
      <source> months</source>
      <translation> Monate</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="219" />
      <source>Planned duration in months</source>
      <translation>Geplante Dauer in Monaten</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="220" />
      <source>Start of the tandem</source>
      <translation>Beginn des Tandems</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="222" />
      <source>Where you meet</source>
      <translation>Wo ihr euch trefft</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="223" />
      <source>e.g. the mentee's office, and now and then a café (a neutral place)</source>
      <translation>z. B. im Büro und ab und zu in einem Café (ein neutraler Ort)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="224" />
      <source>We have agreed the next date:</source>
      <translation>Wir haben den nächsten Termin vereinbart:</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="225" />
      <source>Next session</source>
      <translation>Nächstes Treffen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="234" />
      <source>We meet</source>
      <translation>Rhythmus</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="235" />
      <source>For</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="236" />
      <source>Starting</source>
      <translation>Beginn</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="237" />
      <source>Where</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="259" />
      <source>Topic pool</source>
      <translation>Themenpool</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="259" />
      <source>Topics that got other tandems going. Keep the ones that interest you; add your own. You pick one per session as its focus.</source>
      <translation>Themen, mit denen andere Tandems gut gestartet sind. Behaltet, was euch interessiert, und ergänzt eigene. Pro Treffen wählt ihr eines als Schwerpunkt.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="264" />
      <source>Suggested topics</source>
      <translation>Vorgeschlagene Themen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="266" />
      <source>Your own topic</source>
      <translation>Euer eigenes Thema</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="267" />
      <source>Add your own topic, press Enter</source>
      <translation>Eigenes Thema hinzufügen, Enter drücken</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="82" />
      <source>Or in your own words</source>
      <translation>Oder in euren eigenen Worten</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="122" />
      <source>Replaces the suggestion: {suggestion}</source>
      <translation>Ersetzt den Vorschlag: {suggestion}</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="187" />
      <source>Suggestion: {suggestion}</source>
      <translation>Vorschlag: {suggestion}</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="83" />
      <source>Rule: {name}, in your own words</source>
      <translation>Regel: {name}, in euren eigenen Worten</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_agreement.py" line="286" />
      <source>{topic} (already in your pool)</source>
      <translation>{topic} (schon in eurem Pool)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="37" />
      <source>Practical explanations and demos</source>
      <translation>Praktische Erklärungen und Demos</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="37" />
      <source>Trying things out together</source>
      <translation>Gemeinsam ausprobieren</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="38" />
      <source>Questions and answers</source>
      <translation>Fragen und Antworten</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="38" />
      <source>Introductions to networks and communities</source>
      <translation>Zugang zu Netzwerken und Communities</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="104" />
      <source>Getting to know each other</source>
      <translation>Kennenlernen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="105" />
      <source>Take your time for this: the tandem works when you know where the other comes from.</source>
      <translation>Nehmt euch Zeit dafür: Das Tandem funktioniert, wenn ihr wisst, woher ihr beide kommt.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="114" />
      <source>Language of the suggestions</source>
      <translation>Sprache der Vorschläge</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="121" />
      <source>Suggestions in</source>
      <translation>Vorschläge auf</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="133" />
      <source>The concern and the form of support</source>
      <translation>Anliegen und Form der Unterstützung</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="134" />
      <source>What does the mentee want to understand or be able to do, and how can the mentor help?</source>
      <translation>Mentee: Was möchtest du verstehen oder können? Mentor:in: Wie kannst du dabei helfen?</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="135" />
      <source>The concern</source>
      <translation>Das Anliegen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="135" />
      <source>e.g. “I want to understand how our young colleagues use social media, and be visible there myself.”</source>
      <translation>z. B. „Ich möchte verstehen, wie unsere jungen Kolleg:innen soziale Medien nutzen, und dort selbst sichtbar sein.“</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="140" />
      <source>Form of support</source>
      <translation>Form der Unterstützung</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="145" />
      <source>Choose or describe the form of support</source>
      <translation>Form der Unterstützung wählen oder beschreiben</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="147" />
      <source>Concern</source>
      <translation>Anliegen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="156" />
      <source>Two or three goals, each concrete enough that you will know when it is reached.</source>
      <translation>Zwei oder drei Ziele, jedes so konkret, dass ihr merkt, wann es erreicht ist.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="164" />
      <source>New goal</source>
      <translation>Neues Ziel</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="165" />
      <source>Add a goal, press Enter</source>
      <translation>Ziel hinzufügen, Enter drücken</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="167" />
      <source>&amp;Remove goal</source>
      <translation>Ziel &amp;entfernen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="204" />
      <source>Expectations and roles</source>
      <translation>Erwartungen und Rollen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="205" />
      <source>What does each of you expect of the other, and of the tandem?</source>
      <translation>Was erwartet ihr voneinander und vom Tandem?</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="206" />
      <source>What the mentee expects</source>
      <translation>Erwartungen (Mentee)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="206" />
      <source>e.g. honest feedback, patience with basic questions</source>
      <translation>z. B. ehrliches Feedback, Geduld bei Grundfragen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="208" />
      <source>What the mentor expects</source>
      <translation>Erwartungen (Mentor:in)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="208" />
      <source>e.g. insight into how decisions are made, a network</source>
      <translation>z. B. Einblick, wie Entscheidungen fallen, ein Netzwerk</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="211" />
      <source>The mentee expects</source>
      <translation>Mentee erwartet</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="212" />
      <source>The mentor expects</source>
      <translation>Mentor:in erwartet</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="107" />
      <source>Talk about: your background and your work today · why you joined the tandem · what you are curious about · how you like to learn (show me, let me try, explain the why).</source>
      <translation>Sprecht über: euren Werdegang und eure heutige Arbeit · warum ihr beim Tandem mitmacht · worauf ihr neugierig seid · wie ihr gern lernt (zeigen, ausprobieren lassen, das Warum erklären).</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/kickoff_pages.py" line="157" />
      <source>Good: “Set up a LinkedIn profile and post once a month.” Too vague: “Get better at digital things.” Double-click a goal to change it.</source>
      <translation>Gut: „Ein LinkedIn-Profil anlegen und einmal im Monat posten.“ Zu vage: „Digital besser werden.“ Doppelklick auf ein Ziel, um es zu ändern.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="128" />
      <source>Fits on one page.</source>
      <translation>Passt auf eine Seite.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="123" />
      <source>No preview: {reason}</source>
      <translation>Keine Vorschau: {reason}</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="142" />
      <source>Export one-pager</source>
      <translation>One-Pager exportieren</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="149" />
      <source>Learnings to share</source>
      <translation>Lernerfahrungen zum Teilen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="151" />
      <source>Quick wins</source>
      <translation>Quick Wins</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="153" />
      <source>Topics covered</source>
      <translation>Behandelte Themen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="155" />
      <source>Next steps and recommendations for the team</source>
      <translation>Nächste Schritte und Empfehlungen für das Team</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="168" />
      <source>Title of the one-pager</source>
      <translation>Titel des One-Pagers</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="170" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="171" />
      <source>Letter</source>
      <translation>Letter (US)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="180" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="198" />
      <source>Next steps</source>
      <translation>Nächste Schritte</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="199" />
      <source>Names</source>
      <translation>Namen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="200" />
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="201" />
      <source>Paper</source>
      <translation>Papier</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="202" />
      <source>Password</source>
      <translation>Passwort</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="205" />
      <source>Preparing the preview…</source>
      <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="207" />
      <source>Preview of the one-pager</source>
      <translation>Vorschau des One-Pagers</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="215" />
      <source>Save PDF…</source>
      <translation>PDF speichern…</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="218" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="255" />
      <source>Updating the preview…</source>
      <translation>Vorschau wird aktualisiert…</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="321" />
      <source>One-pager</source>
      <translation>One-Pager</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="323" />
      <source>Save the one-pager</source>
      <translation>One-Pager speichern</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="323" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="118" />
      <source>The selection does not fit on one page; there is no room for: {items}. Uncheck some items or shorten the next steps.</source>
      <translation>Die Auswahl passt nicht auf eine Seite; kein Platz mehr für: {items}. Wählt etwas ab oder kürzt die nächsten Schritte.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="159" />
      <source>Names in full</source>
      <translation>Vollständige Namen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="159" />
      <source>Initials</source>
      <translation>Initialen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="159" />
      <source>No names</source>
      <translation>Keine Namen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="183" />
      <source>Learnings (preselected: flagged for the one-pager)</source>
      <translation>Lernerfahrungen (vorausgewählt: für den One-Pager markiert)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="184" />
      <source>Goals and progress</source>
      <translation>Ziele und Fortschritt</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="121" />
      <source>The one-pager cannot be made: {reason}</source>
      <translation>Der One-Pager kann nicht erstellt werden: {reason}</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="130" />
      <source>Learnings that do not fit are summed up as “… and {count} more”.</source>
      <translation>Lernerfahrungen, die nicht mehr passen, sind als „… und {count} weitere“ zusammengefasst.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="132" />
      <source>These characters cannot be printed with the fonts here and would show as empty boxes: {characters}</source>
      <translation>Diese Zeichen kann keine der Schriften hier drucken; sie würden als leere Kästchen erscheinen: {characters}</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="348" />
      <source>Saved to {path}, protected with the password.</source>
      <translation>Gespeichert unter {path}, mit dem Passwort geschützt.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/onepager.py" line="349" />
      <source>Saved to {path}.</source>
      <translation>Gespeichert unter {path}.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/pdf_password.py" line="24" />
      <source>Password for the PDF</source>
      <translation>Passwort für das PDF</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/pdf_password.py" line="26" />
      <source>Whoever opens the PDF needs this password; it is not stored anywhere. Tell it to the readers another way than the file, e.g. by phone.</source>
      <translation>Wer das PDF öffnen will, braucht dieses Passwort; es wird nirgends gespeichert. Teilt es auf einem anderen Weg mit als die Datei, z. B. am Telefon.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/pdf_password.py" line="29" />
      <source>Use this password</source>
      <translation>Dieses Passwort verwenden</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/pdf_password.py" line="62" />
      <source>Protect the PDF with a password…</source>
      <translation>PDF mit einem Passwort schützen…</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/pdf_password.py" line="63" />
      <source>AES-256: the PDF opens only with this password.</source>
      <translation>AES-256: Das PDF öffnet sich nur mit diesem Passwort.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/pdf_password.py" line="86" />
      <source>Password set. {verdict}</source>
      <translation>Passwort festgelegt. {verdict}</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/plan.py" line="25" />
      <source>The calendar file holds only the date, time, length and place: no names, topics or notes, because calendars are often synchronised to a server.</source>
      <translation>Die Kalenderdatei enthält nur Datum, Uhrzeit, Dauer und Ort: keine Namen, Themen oder Notizen, weil Kalender oft mit einem Server abgeglichen werden.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/plan.py" line="33" />
      <source>Plan the next session</source>
      <translation>Das nächste Treffen planen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/plan.py" line="38" />
      <source> min</source>
      <translation> Min.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/plan.py" line="40" />
      <source>Length in minutes</source>
      <translation>Dauer in Minuten</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/plan.py" line="42" />
      <source>Now and then, meet somewhere neutral</source>
      <translation>Trefft euch ab und zu an einem neutralen Ort</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/plan.py" line="43" />
      <source>Place</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/plan.py" line="45" />
      <source>Also save it as a calendar file (.ics)</source>
      <translation>Auch als Kalenderdatei speichern (.ics)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/plan.py" line="46" />
      <source>Also save it as a calendar file</source>
      <translation>Auch als Kalenderdatei speichern</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/plan.py" line="54" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/plan.py" line="55" />
      <source>Length</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="15" />
      <source>Preferences</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="19" />
      <source>never</source>
      <translation>nie</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="20" />
      <source>after </source>
      <translation>nach </translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="23" />
      <source>Lock after minutes without input</source>
      <translation>Nach Minuten ohne Eingabe sperren</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="29" />
      <source>Lock my reflections after minutes without input</source>
      <translation>Meine Reflexionen nach Minuten ohne Eingabe sperren</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="30" />
      <source>Lock when the window is minimised</source>
      <translation>Sperren, wenn das Fenster minimiert wird</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="32" />
      <source>Lock when the screen locks</source>
      <translation>Sperren, wenn der Bildschirm gesperrt wird</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="34" />
      <source>Lock before the computer sleeps</source>
      <translation>Sperren, bevor der Computer in den Ruhezustand geht</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="36" />
      <source>Remember recently opened journals (file paths only)</source>
      <translation>Zuletzt geöffnete Journale merken (nur Dateipfade)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="39" />
      <source>Language of the interface</source>
      <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="40" />
      <source>As the system</source>
      <translation>Wie das System</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="44" />
      <source>A new language applies when you start the app again.</source>
      <translation>Eine neue Sprache gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="49" />
      <source>every </source>
      <translation>nach je </translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="50" />
      <source> sessions</source>
      <translation> Treffen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="52" />
      <source>Offer a goal check-in every this many sessions</source>
      <translation>Eine Zwischenbilanz nach so vielen Treffen anbieten</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="56" />
      <source> sessions without a backup</source>
      <translation> Treffen ohne Sicherung</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="58" />
      <source>Remind me to back up after this many sessions without a backup</source>
      <translation>An eine Sicherung erinnern nach so vielen Treffen ohne Sicherung</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="60" />
      <source>Lock when idle</source>
      <translation>Bei Inaktivität sperren</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="61" />
      <source>Lock my reflections when idle</source>
      <translation>Meine Reflexionen bei Inaktivität sperren</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="66" />
      <source>Offer a goal check-in</source>
      <translation>Zwischenbilanz anbieten</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/preferences.py" line="67" />
      <source>Remind me to back up after</source>
      <translation>An eine Sicherung erinnern nach</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/private_passphrase.py" line="52" />
      <source>Current passphrase</source>
      <translation>Bisherige Passphrase</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/private_passphrase.py" line="57" />
      <source>Changing the passphrase</source>
      <translation>Passphrase wird geändert</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/private_passphrase.py" line="61" />
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/private_passphrase.py" line="67" />
      <source>Change passphrase</source>
      <translation>Passphrase ändern</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/private_passphrase.py" line="53" />
      <source>Only you should know it. Nobody can recover a lost passphrase.</source>
      <translation>Nur du solltest sie kennen. Eine verlorene Passphrase kann niemand wiederherstellen.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="32" />
      <source>That this file is a Tandem Journal programme report</source>
      <translation>Dass diese Datei ein Programmbericht von Tandem Journal ist</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="33" />
      <source>The version of the report's format</source>
      <translation>Die Version des Berichtsformats</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="34" />
      <source>A random code for this tandem, so that a newer report replaces an older one (it says nothing about you)</source>
      <translation>Ein zufälliger Code für dieses Tandem, damit ein neuerer Bericht einen älteren ersetzt (er sagt nichts über euch)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="36" />
      <source>The day the report is written</source>
      <translation>Der Tag, an dem der Bericht geschrieben wird</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="37" />
      <source>When the tandem started</source>
      <translation>Wann das Tandem begonnen hat</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="38" />
      <source>When it was completed, or its last session so far</source>
      <translation>Wann es abgeschlossen wurde, oder sein bisher letztes Treffen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="39" />
      <source>The day of the last session held</source>
      <translation>Der Tag des letzten Treffens</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="40" />
      <source>Whether the tandem is completed</source>
      <translation>Ob das Tandem abgeschlossen ist</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="41" />
      <source>How many sessions you held</source>
      <translation>Wie viele Treffen ihr hattet</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="42" />
      <source>The rhythm you agreed (weekly, every two weeks, monthly, other)</source>
      <translation>Der vereinbarte Rhythmus (wöchentlich, alle zwei Wochen, monatlich, anders)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="43" />
      <source>How many gaps there were between sessions</source>
      <translation>Wie viele Abstände es zwischen den Treffen gab</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="44" />
      <source>How many of those gaps kept the rhythm (up to three days late)</source>
      <translation>Wie viele davon den Rhythmus hielten (bis zu drei Tage später)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="45" />
      <source>How many learnings the mentee noted (a number, no texts)</source>
      <translation>Wie viele Lernerfahrungen Mentee notiert hat (eine Zahl, keine Texte)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="46" />
      <source>How many learnings the mentor noted (a number, no texts)</source>
      <translation>Wie viele Lernerfahrungen Mentor:in notiert hat (eine Zahl, keine Texte)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="47" />
      <source>How many learnings you both noted (a number, no texts)</source>
      <translation>Wie viele Lernerfahrungen ihr beide notiert habt (eine Zahl, keine Texte)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="48" />
      <source>How many learnings have no direction yet (a number)</source>
      <translation>Wie viele Lernerfahrungen noch keine Richtung haben (eine Zahl)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="49" />
      <source>For each goal: open, reached or dropped, and its first and last rating in the check-ins</source>
      <translation>Für jedes Ziel: offen, erreicht oder verworfen, und seine erste und letzte Bewertung in den Zwischenbilanzen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="50" />
      <source>The mean rating of your sessions (1–5)</source>
      <translation>Die mittlere Bewertung eurer Treffen (1–5)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="51" />
      <source>The titles of the topics from the programme's pool that you covered</source>
      <translation>Die Titel der Themen aus dem Themenpool des Programms, die ihr behandelt habt</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="52" />
      <source>How many of your own topics you covered (a number)</source>
      <translation>Wie viele eigene Themen ihr behandelt habt (eine Zahl)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="53" />
      <source>The quick wins you ticked for sharing, in your words</source>
      <translation>Die Quick Wins, die ihr zum Teilen angehakt habt, in euren Worten</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="54" />
      <source>Each of your answers to the closing question: how valuable, again, recommend, and the one line</source>
      <translation>Eure Antworten auf die Abschlussfrage: wie wertvoll, wieder, empfehlen, und die eine Zeile</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="56" />
      <source>The titles of your goals</source>
      <translation>Die Titel eurer Ziele</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="57" />
      <source>The titles of your own topics that you covered</source>
      <translation>Die Titel eurer eigenen Themen, die ihr behandelt habt</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="58" />
      <source>Your two names</source>
      <translation>Eure beiden Namen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="67" />
      <source>Share with the programme</source>
      <translation>Mit dem Programm teilen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="68" />
      <source>A small file for whoever runs your programme. It holds only what is listed below: numbers, and what you tick. Never your notes, agenda, action items, feedback texts, check-in comments or private reflections.</source>
      <translation>Eine kleine Datei für eure Programmleitung. Sie enthält nur, was unten steht: Zahlen und was ihr anhakt. Nie eure Notizen, Agenda, Aufgaben, Feedback-Texte, Kommentare aus Zwischenbilanzen oder privaten Reflexionen.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="72" />
      <source>Include the titles of our goals</source>
      <translation>Die Titel unserer Ziele mitgeben</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="73" />
      <source>Include the titles of our own topics</source>
      <translation>Die Titel unserer eigenen Themen mitgeben</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="74" />
      <source>Include our names</source>
      <translation>Unsere Namen mitgeben</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="76" />
      <source>What the file will contain</source>
      <translation>Was die Datei enthalten wird</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="80" />
      <source>Save the report…</source>
      <translation>Bericht speichern…</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="93" />
      <source>Saving status</source>
      <translation>Stand des Speicherns</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="116" />
      <source>Save the programme report</source>
      <translation>Programmbericht speichern</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_share.py" line="117" />
      <source>Programme reports (*.json)</source>
      <translation>Programmberichte (*.json)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="39" />
      <source>active</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="39" />
      <source>overdue</source>
      <translation>überfällig</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="39" />
      <source>completed</source>
      <translation>abgeschlossen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="40" />
      <source>not a programme report</source>
      <translation>kein Programmbericht</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="41" />
      <source>written by a newer version of Tandem Journal</source>
      <translation>von einer neueren Version von Tandem Journal geschrieben</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="42" />
      <source>damaged or incomplete</source>
      <translation>beschädigt oder unvollständig</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="100" />
      <source>(fewer than three tandems: counts only)</source>
      <translation>(weniger als drei Tandems: nur Anzahlen)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="78" />
      <source>Tandem</source>
      <translation>Tandem</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="78" />
      <source>State</source>
      <translation>Stand</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="78" />
      <source>Period</source>
      <translation>Zeitraum</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="78" />
      <source>Rhythm kept</source>
      <translation>Rhythmus gehalten</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="78" />
      <source>Goal change</source>
      <translation>Ziele: Änderung</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="79" />
      <source>Mean rating</source>
      <translation>Mittlere Bewertung</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="150" />
      <source>Programme reports</source>
      <translation>Programmberichte</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="159" />
      <source>Tandems</source>
      <translation>Tandems</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="179" />
      <source>Figures across the programme</source>
      <translation>Zahlen über das ganze Programm</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="181" />
      <source>Export PDF…</source>
      <translation>PDF exportieren…</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="182" />
      <source>Export CSV…</source>
      <translation>CSV exportieren…</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="193" />
      <source>Export status</source>
      <translation>Stand des Exports</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="227" />
      <source>Programme evaluation</source>
      <translation>Programmauswertung</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="124" />
      <source>No pool topics shared yet.</source>
      <translation>Noch keine Themen aus dem Themenpool geteilt.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="125" />
      <source>No quick wins shared yet.</source>
      <translation>Noch keine Quick Wins geteilt.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="126" />
      <source>Across the programme</source>
      <translation>Über das ganze Programm</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="127" />
      <source>Topics most covered</source>
      <translation>Die häufigsten Themen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="127" />
      <source>Quick wins shared</source>
      <translation>Geteilte Quick Wins</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="187" />
      <source>Summary</source>
      <translation>Übersicht</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="231" />
      <source>Save the programme evaluation</source>
      <translation>Programmauswertung speichern</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="235" />
      <source>Save the tandems as CSV</source>
      <translation>Die Tandems als CSV speichern</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="235" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="116" />
      <source>How valuable (1 little – 5 very): %1</source>
      <translation>Wie wertvoll (1 wenig – 5 sehr): %1</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="190" />
      <source>Files left out</source>
      <translation>Ausgelassene Dateien</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="222" />
      <source>Saved: %1</source>
      <translation>Gespeichert: %1</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="65" />
      <source>%1 (%2 %)</source>
      <translation>%1 (%2 %)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="102" />
      <source>Sessions per tandem, on average: %1</source>
      <translation>Treffen pro Tandem im Mittel: %1</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="105" />
      <source>Gaps between sessions that kept the rhythm: %1 %</source>
      <translation>Abstände zwischen Treffen, die den Rhythmus hielten: %1 %</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="109" />
      <source>Goal ratings changed by %1 on average (last check-in minus first)</source>
      <translation>Zielbewertungen änderten sich im Mittel um %1 (letzte Zwischenbilanz minus erste)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="114" />
      <source>Tandems that answered the closing question: %1</source>
      <translation>Tandems, die die Abschlussfrage beantwortet haben: %1</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="225" />
      <source>As of %1. %2</source>
      <translation>Stand %1. %2</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="118" />
      <source>Would do it again: yes %1, no %2</source>
      <translation>Würden es wieder machen: ja %1, nein %2</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="120" />
      <source>Would recommend it: yes %1, no %2</source>
      <translation>Würden es empfehlen: ja %1, nein %2</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="130" />
      <source>Left out: %1 (%2)</source>
      <translation>Ausgelassen: %1 (%2)</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="132" />
      <source>%1 is an older report of the same tandem as %2: the newer one is shown</source>
      <translation>%1 ist ein älterer Bericht desselben Tandems wie %2: der neuere wird gezeigt</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="170" />
      <source>Heading: %1</source>
      <translation>Überschrift: %1</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="219" />
      <source>Not saved: %1</source>
      <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="83" />
      <source>%1 of %2</source>
      <translation>%1 von %2</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="104" />
      <source>Sessions held: %1</source>
      <translation>Treffen insgesamt: %1</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="111" />
      <source>Tandems whose goal ratings rose: %1</source>
      <translation>Tandems mit gestiegenen Zielbewertungen: %1</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="122" />
      <source>%1: %2 tandems</source>
      <translation>%1: %2 Tandems</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="122" />
      <source>%1: one tandem</source>
      <translation>%1: ein Tandem</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="93" />
      <source>%1 tandems: %2 active, %3 overdue (more than twice their rhythm since the last session), %4 completed</source>
      <translation>%1 Tandems: %2 aktiv, %3 überfällig (seit dem letzten Treffen mehr als doppelt so lange wie ihr Rhythmus), %4 abgeschlossen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/programme_view.py" line="107" />
      <source>Gaps that kept the rhythm: %1 of %2</source>
      <translation>Abstände, die den Rhythmus hielten: %1 von %2</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/search.py" line="31" />
      <source>Search the journal</source>
      <translation>Journal durchsuchen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/search.py" line="33" />
      <source>Search notes, agenda, learnings, action items, feedback, goals, topics</source>
      <translation>Notizen, Agenda, Lernerfahrungen, Aufgaben, Feedback, Ziele und Themen durchsuchen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/search.py" line="34" />
      <source>Search words</source>
      <translation>Suchbegriffe</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/search.py" line="41" />
      <source>Search results</source>
      <translation>Suchergebnisse</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/search.py" line="37" />
      <source>Clear the search words</source>
      <translation>Suchbegriffe löschen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/search.py" line="103" />
      <source>Nothing found.</source>
      <translation>Nichts gefunden.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/search.py" line="102" />
      <source>1 result</source>
      <translation>1 Ergebnis</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/search.py" line="102" />
      <source>{count} results</source>
      <translation>{count} Ergebnisse</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/share.py" line="18" />
      <source>Raise it next time</source>
      <translation>Beim nächsten Mal ansprechen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/share.py" line="24" />
      <source>Text to share</source>
      <translation>Text zum Teilen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/share.py" line="25" />
      <source>Write what you want to raise (or select it in your reflection first): only this text is shared.</source>
      <translation>Schreib, was du ansprechen möchtest (oder markiere es zuerst in deiner Reflexion): Nur dieser Text wird geteilt.</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/share.py" line="28" />
      <source>Add to the agenda</source>
      <translation>Zur Agenda hinzufügen</translation>
    </message>
    <message>
      <location filename="../app/ui/dialogs/share.py" line="19" />
      <source>This text becomes an agenda item of &lt;b&gt;{where}&lt;/b&gt;, visible to both of you. Edit it here if you like: exactly this text is shared, nothing else.</source>
      <translation>Dieser Text wird ein Agendapunkt für &lt;b&gt;{where}&lt;/b&gt;, sichtbar für euch beide. Bearbeite ihn hier, wenn du magst: Genau dieser Text wird geteilt, sonst nichts.</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="33" />
      <source>This file is not text, so it is not an export of Tandem Journal. Nothing was created.</source>
      <translation>Diese Datei ist kein Text, also kein Export von Tandem Journal. Es wurde nichts angelegt.</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="35" />
      <source>This file is not valid JSON, so it is not an export of Tandem Journal (or it was cut short). Nothing was created.</source>
      <translation>Diese Datei ist kein gültiges JSON, also kein Export von Tandem Journal (oder sie ist abgeschnitten). Es wurde nichts angelegt.</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="37" />
      <source>This JSON file was not written by Tandem Journal's export. Nothing was created.</source>
      <translation>Diese JSON-Datei stammt nicht aus dem Export von Tandem Journal. Es wurde nichts angelegt.</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="39" />
      <source>This export was made by a newer version of Tandem Journal. Update the app to import it; nothing was created.</source>
      <translation>Dieser Export stammt aus einer neueren Version von Tandem Journal. Aktualisiere die App, um ihn zu importieren; es wurde nichts angelegt.</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="41" />
      <source>This export holds the other kind of journal (a private one instead of the tandem's, or the other way round): import it there. Nothing was created.</source>
      <translation>Dieser Export enthält die andere Art von Journal (ein privates statt des Tandem-Journals oder umgekehrt): Importiere ihn dort. Es wurde nichts angelegt.</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="43" />
      <source>One entry in this file does not fit, so nothing was imported and nothing was created. Where and why: {detail}</source>
      <translation>Ein Eintrag in dieser Datei passt nicht, deshalb wurde nichts importiert und nichts angelegt. Wo und warum: {detail}</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="45" />
      <source>This file cannot be read. Nothing was created. ({detail})</source>
      <translation>Diese Datei kann nicht gelesen werden. Es wurde nichts angelegt. ({detail})</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="61" />
      <source>That is not the current passphrase of this journal. Check the spelling and Caps Lock; nothing was changed.</source>
      <translation>Das ist nicht die bisherige Passphrase dieses Journals. Prüfe die Schreibweise und die Feststelltaste; nichts wurde geändert.</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="63" />
      <source>The new passphrase is the current one. Choose a different one; nothing was changed.</source>
      <translation>Die neue Passphrase ist die bisherige. Wähle eine andere; nichts wurde geändert.</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="65" />
      <source>That is the journal itself: a copy cannot replace it. Choose another name or folder; nothing was written.</source>
      <translation>Das ist das Journal selbst: Eine Kopie kann es nicht ersetzen. Wähle einen anderen Namen oder Ordner; es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="67" />
      <source>That folder does not exist (any more). Choose another; nothing was written.</source>
      <translation>Diesen Ordner gibt es nicht (mehr). Wähle einen anderen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="68" />
      <source>That folder cannot be written to (read-only, or not yours). Choose another, for example your documents or a USB stick; nothing was written.</source>
      <translation>In diesen Ordner kann nicht geschrieben werden (schreibgeschützt oder nicht deiner). Wähle einen anderen, z. B. deine Dokumente oder einen USB-Stick; es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="70" />
      <source>There is not enough free space there. Free some space or choose another place; nothing was written.</source>
      <translation>Dort ist nicht genug Platz frei. Schaffe Platz oder wähle einen anderen Ort; es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="72" />
      <source>That name is too long for this folder. Choose a shorter one; nothing was written.</source>
      <translation>Dieser Name ist für diesen Ordner zu lang. Wähle einen kürzeren; es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="73" />
      <source>That is the tandem's passphrase, which your partner knows. Choose one only you know; nothing was changed.</source>
      <translation>Das ist die Passphrase des Tandems, die dein Gegenüber kennt. Wähle eine, die nur du kennst; nichts wurde geändert.</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="75" />
      <source>That passphrase does not open this journal. Check the spelling and Caps Lock, and try again.</source>
      <translation>Diese Passphrase öffnet das Journal nicht. Prüfe die Schreibweise und die Feststelltaste und versuche es noch einmal.</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="77" />
      <source>This journal is open in another window or program. Close it there, then try again.</source>
      <translation>Dieses Journal ist in einem anderen Fenster oder Programm geöffnet. Schließe es dort und versuche es dann noch einmal.</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="78" />
      <source>This journal was written by a newer version of Tandem Journal. Update the app to open it; the file was not changed.</source>
      <translation>Dieses Journal stammt von einer neueren Version von Tandem Journal. Aktualisiere die App, um es zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="80" />
      <source>This journal is damaged. The export was written all the same, as a rescue copy with what could still be read; the file says so itself. Keep your last backup. ({detail})</source>
      <translation>Dieses Journal ist beschädigt. Der Export wurde trotzdem geschrieben, als Rettungskopie mit allem, was sich noch lesen ließ; die Datei sagt das selbst. Bewahre die letzte Sicherung gut auf. ({detail})</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="82" />
      <source>This journal is damaged, so no backup was made: a copy would carry the damage. An export to JSON saves what can still be read. ({detail})</source>
      <translation>Dieses Journal ist beschädigt, darum wurde keine Sicherung angelegt: Eine Kopie trüge den Schaden weiter. Ein Export als JSON rettet, was sich noch lesen lässt. ({detail})</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="84" />
      <source>This file is not a tandem journal, or it is damaged. It was not changed. ({detail})</source>
      <translation>Diese Datei ist kein Tandem-Journal oder sie ist beschädigt. Sie wurde nicht verändert. ({detail})</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="85" />
      <source>The file could not be read or written here (a full disk, or no permission?). Nothing on screen was lost. ({detail})</source>
      <translation>Die Datei konnte hier nicht gelesen oder geschrieben werden (Datenträger voll oder keine Berechtigung?). Was auf dem Bildschirm steht, ist nicht verloren. ({detail})</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="87" />
      <source>That file already exists; choose another name. ({detail})</source>
      <translation>Diese Datei gibt es schon; wähle einen anderen Namen. ({detail})</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="88" />
      <source>This tandem is completed, so its journal is read-only. Reopen the tandem (Tandem → Reopen tandem) to change it.</source>
      <translation>Dieses Tandem ist abgeschlossen, sein Journal ist daher schreibgeschützt. Öffne das Tandem wieder (Tandem → Tandem wieder öffnen), um etwas zu ändern.</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="91" />
      <source>This was not accepted: {detail}</source>
      <translation>Das wurde nicht übernommen: {detail}</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="95" />
      <source>Something went wrong: {detail}</source>
      <translation>Etwas ist schiefgegangen: {detail}</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="105" />
      <source>The journal could not be opened: {reason}</source>
      <translation>Das Journal konnte nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="112" />
      <source>Too long to save: at most {limit} characters fit here, and this text has {length}. What you typed is still there: shorten it, and it is saved.</source>
      <translation>Zu lang zum Speichern: Hier passen höchstens {limit} Zeichen, dieser Text hat {length}. Was du getippt hast, steht noch da: Kürze es, dann wird es gespeichert.</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="55" />
      <source>{name} is a journal (or one of a journal's files): saving there would replace it and everything in it. Choose another name or folder; nothing was written.</source>
      <translation>{name} ist ein Journal (oder eine Datei eines Journals): Dort zu speichern würde es mit allem, was darin steht, ersetzen. Wähle einen anderen Namen oder Ordner; es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <location filename="../app/ui/errors.py" line="58" />
      <source>{name} is a journal that is open here (or one of its files): saving there would replace it and everything in it. Choose another name or folder; nothing was written.</source>
      <translation>{name} ist ein Journal, das hier geöffnet ist (oder eine seiner Dateien): Dort zu speichern würde es mit allem, was darin steht, ersetzen. Wähle einen anderen Namen oder Ordner; es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <location filename="../app/ui/main_window.py" line="57" />
      <source>&amp;Journal</source>
      <translation>&amp;Journal</translation>
    </message>
    <message>
      <location filename="../app/ui/main_window.py" line="59" />
      <source>&amp;Session</source>
      <translation>&amp;Treffen</translation>
    </message>
    <message>
      <location filename="../app/ui/main_window.py" line="60" />
      <source>&amp;Tandem</source>
      <translation>Ta&amp;ndem</translation>
    </message>
    <message>
      <location filename="../app/ui/main_window.py" line="64" />
      <source>&amp;Go to</source>
      <translation>&amp;Gehe zu</translation>
    </message>
    <message>
      <location filename="../app/ui/main_window.py" line="65" />
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <location filename="../app/ui/main_window.py" line="122" />
      <source>Leave focus mode (F11 or Esc)</source>
      <translation>Fokusmodus verlassen (F11 oder Esc)</translation>
    </message>
    <message>
      <location filename="../app/ui/main_window.py" line="62" />
      <source>Journal &amp;care</source>
      <translation>&amp;Journalpflege</translation>
    </message>
    <message>
      <location filename="../app/ui/main_window.py" line="314" />
      <source>Your last changes could not be saved, so the journal stays open and they stay on screen ({doing} has to wait). {problem}</source>
      <translation>Deine letzten Änderungen konnten nicht gespeichert werden; darum bleibt das Journal offen und sie bleiben auf dem Bildschirm ({doing} muss warten). {problem}</translation>
    </message>
    <message>
      <location filename="../app/ui/main_window.py" line="110" />
      <source>{app} — demo</source>
      <translation>{app} — Demo</translation>
    </message>
    <message>
      <location filename="../app/ui/main_window.py" line="384" />
      <source>Your last changes could not be saved. {problem}

Close anyway and lose them?</source>
      <translation>Deine letzten Änderungen konnten nicht gespeichert werden. {problem}

Trotzdem schließen und sie verlieren?</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="14" />
      <source>Mentee</source>
      <translation>Mentee</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="14" />
      <source>Mentor</source>
      <translation>Mentor:in</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="14" />
      <source>Both</source>
      <translation>Beide</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="15" />
      <source>Open</source>
      <translation>Offen</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="15" />
      <source>Reached</source>
      <translation>Erreicht</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="15" />
      <source>Dropped</source>
      <translation>Verworfen</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="16" />
      <source>Idea</source>
      <translation>Idee</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="16" />
      <source>Planned</source>
      <translation>Geplant</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="16" />
      <source>Done</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="40" />
      <source>Who</source>
      <translation>Wer</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="43" />
      <source>Owner</source>
      <translation>Zuständig</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="39" />
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="40" />
      <source>not set</source>
      <translation>nicht angegeben</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="41" />
      <source>Learning</source>
      <translation>Lernerfahrung</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="42" />
      <source>Quick win</source>
      <translation>Quick Win</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="44" />
      <source>Action item</source>
      <translation>Aufgabe</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="45" />
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="48" />
      <source>Topic</source>
      <translation>Thema</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="49" />
      <source>Learned</source>
      <translation>Gelernt</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="50" />
      <source>Rating</source>
      <translation>Wertung</translation>
    </message>
    <message>
      <location filename="../app/ui/models/columns.py" line="52" />
      <source>Open action item</source>
      <translation>Offene Aufgabe</translation>
    </message>
    <message>
      <location filename="../app/ui/models/overdue.py" line="37" />
      <source>Due {date}: overdue</source>
      <translation>Fällig am {date}: überfällig</translation>
    </message>
    <message>
      <location filename="../app/ui/models/overdue.py" line="36" />
      <source>{date} · overdue</source>
      <translation>{date} · überfällig</translation>
    </message>
    <message>
      <location filename="../app/ui/models/people.py" line="37" />
      <source>{name} ({role})</source>
      <translation>{name} ({role})</translation>
    </message>
    <message>
      <location filename="../app/ui/models/people.py" line="50" />
      <source>Feedback from {name} ({role})</source>
      <translation>Feedback von {name} ({role})</translation>
    </message>
    <message>
      <location filename="../app/ui/models/people.py" line="43" />
      <source>Both: {mentee} and {mentor}</source>
      <translation>Beide: {mentee} und {mentor}</translation>
    </message>
    <message>
      <location filename="../app/ui/models/reflections.py" line="37" />
      <source>Untitled</source>
      <translation>Ohne Titel</translation>
    </message>
    <message>
      <location filename="../app/ui/models/rows.py" line="173" />
      <source>Not set yet: press F2 to choose.</source>
      <translation>Noch nicht angegeben: F2 drücken und auswählen.</translation>
    </message>
    <message>
      <location filename="../app/ui/models/rows.py" line="171" />
      <source>{field}: not set yet</source>
      <translation>{field}: noch nicht angegeben</translation>
    </message>
    <message>
      <location filename="../app/ui/models/rows.py" line="161" />
      <source>{field}: yes</source>
      <translation>{field}: ja</translation>
    </message>
    <message>
      <location filename="../app/ui/models/rows.py" line="161" />
      <source>{field}: no</source>
      <translation>{field}: nein</translation>
    </message>
    <message>
      <location filename="../app/ui/models/search_results.py" line="15" />
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <location filename="../app/ui/models/sessions.py" line="72" />
      <source>Mean rating of the session in the feedback round (1–5)</source>
      <translation>Mittlere Bewertung des Treffens in der Feedback-Runde (1–5)</translation>
    </message>
    <message>
      <location filename="../app/ui/models/topics.py" line="35" />
      <source>Focus of the sessions on {dates}</source>
      <translation>Schwerpunkt der Treffen am {dates}</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="67" />
      <source>Next session is due tomorrow ({date}).</source>
      <translation>Das nächste Treffen ist morgen fällig ({date}).</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="67" />
      <source>Next session is due in {days} days ({date}).</source>
      <translation>Das nächste Treffen ist in {days} Tagen fällig ({date}).</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="59" />
      <source>No session yet: start the first one when you meet.</source>
      <translation>Noch kein Treffen: Beginnt das erste, wenn ihr euch trefft.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="62" />
      <source>Next session was due 1 day ago ({date}). Time to meet!</source>
      <translation>Das nächste Treffen war vor 1 Tag fällig ({date}). Zeit für ein Treffen!</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="62" />
      <source>Next session was due {days} days ago ({date}). Time to meet!</source>
      <translation>Das nächste Treffen war vor {days} Tagen fällig ({date}). Zeit für ein Treffen!</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="108" />
      <source>Start a new session</source>
      <translation>Neues Treffen beginnen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="110" />
      <source>Ctrl+N</source>
      <translation>Strg+N</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="113" />
      <source>Plan next session…</source>
      <translation>Nächstes Treffen planen…</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="121" />
      <source>Tandem completed</source>
      <translation>Tandem abgeschlossen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="121" />
      <source>Reopen tandem</source>
      <translation>Tandem wieder öffnen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="123" />
      <source>Check-in due</source>
      <translation>Zwischenbilanz fällig</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="123" />
      <source>Check in now…</source>
      <translation>Jetzt Ziele bewerten…</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="125" />
      <source>Closing round due</source>
      <translation>Abschlussrunde fällig</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="125" />
      <source>Start the closing round…</source>
      <translation>Abschlussrunde beginnen…</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="127" />
      <source>A hint about the fit</source>
      <translation>Ein Hinweis zur Zusammenarbeit</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="136" />
      <source>Past sessions</source>
      <translation>Bisherige Treffen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="160" />
      <source>Check in on goals…</source>
      <translation>Zwischenbilanz ziehen…</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="161" />
      <source>Are we reaching our goals? Rate each goal from 1 to 5.</source>
      <translation>Erreichen wir unsere Ziele? Bewertet jedes Ziel von 1 bis 5.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="167" />
      <source>Open action items</source>
      <translation>Offene Aufgaben</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="179" />
      <source>Open action items and quick wins</source>
      <translation>Offene Aufgaben und Quick Wins</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="180" />
      <source>Open action items or quick wins</source>
      <translation>Offene Aufgaben oder Quick Wins</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="193" />
      <source>Add a topic to the pool, press Enter</source>
      <translation>Thema zum Pool hinzufügen, Enter drücken</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="193" />
      <source>New topic</source>
      <translation>Neues Thema</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="365" />
      <source>Last backup: {date}. Sessions held since then: {count}. A good moment to make a new one: Tandem → Journal care → Back up…</source>
      <translation>Letzte Sicherung: {date}. Treffen seitdem: {count}. Ein guter Moment für eine neue Sicherung: Tandem → Journalpflege → Sichern…</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="310" />
      <source>Your tandem</source>
      <translation>Euer Tandem</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="367" />
      <source>Last backup: {date}.</source>
      <translation>Letzte Sicherung: {date}.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="66" />
      <source>Next session is due today ({date}).</source>
      <translation>Das nächste Treffen ist heute fällig ({date}).</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="368" />
      <source>No backup made on this laptop yet. Sessions held: {count}. A good moment to make one: Tandem → Journal care → Back up…</source>
      <translation>Auf diesem Laptop wurde noch keine Sicherung gemacht. Treffen bisher: {count}. Ein guter Moment für die erste Sicherung: Tandem → Journalpflege → Sichern…</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="369" />
      <source>No backup made on this laptop yet.</source>
      <translation>Auf diesem Laptop wurde noch keine Sicherung gemacht.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="339" />
      <source>On the agenda of the next session you start: {lines}</source>
      <translation>Auf der Agenda des nächsten Treffens, das ihr beginnt: {lines}</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="347" />
      <source>This tandem was completed on {date}. Its journal is read-only; you can still read, search and export the one-pager.</source>
      <translation>Dieses Tandem wurde am {date} abgeschlossen. Sein Journal ist schreibgeschützt; lesen, suchen und den One-Pager exportieren könnt ihr weiterhin.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="350" />
      <source>{count} sessions since your last check-in: are you reaching your goals?</source>
      <translation>{count} Treffen seit eurer letzten Zwischenbilanz: Erreicht ihr eure Ziele?</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/overview.py" line="353" />
      <source>Your planned {months} months ended on {date}. Time for the closing round: look back together and choose what goes on the one-pager.</source>
      <translation>Eure geplanten {months} Monate endeten am {date}. Zeit für die Abschlussrunde: Blickt gemeinsam zurück und wählt aus, was auf den One-Pager kommt.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections.py" line="156" />
      <source>All tags</source>
      <translation>Alle Schlagwörter</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections.py" line="242" />
      <source>Typing here begins a new reflection</source>
      <translation>Wenn du hier tippst, beginnt eine neue Reflexion</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_files.py" line="75" />
      <source>Open my private journal</source>
      <translation>Mein privates Journal öffnen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_files.py" line="124" />
      <source>Unlocking…</source>
      <translation>Wird entsperrt…</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_files.py" line="130" />
      <source>No private journal remembered on this laptop opens with that passphrase. Choose your file with “Open my private journal…”, or check the spelling and Caps Lock.</source>
      <translation>Diese Passphrase öffnet keines der privaten Journale, die sich dieser Laptop gemerkt hat. Wähle deine Datei mit „Mein privates Journal öffnen…“ oder prüfe die Schreibweise und die Feststelltaste.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_files.py" line="141" />
      <source>No private journal chosen yet.</source>
      <translation>Noch kein privates Journal gewählt.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_files.py" line="133" />
      <source>That passphrase does not open your private journal.</source>
      <translation>Diese Passphrase öffnet dein privates Journal nicht.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_files.py" line="162" />
      <source>On: your passphrase alone opens this journal, also after the app was closed. This laptop's settings keep where the file is (never what is in it); someone using this computer account could find that there.</source>
      <translation>An: Deine Passphrase allein öffnet dieses Journal, auch nachdem die App geschlossen wurde. Die Einstellungen dieses Laptops speichern, wo die Datei liegt (nie, was darin steht); wer dieses Benutzerkonto nutzt, könnte das dort finden.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_files.py" line="165" />
      <source>Off: nothing on this laptop keeps where the file is; once the app is closed, choose it again.</source>
      <translation>Aus: Nichts auf diesem Laptop merkt sich, wo die Datei liegt; nach dem Schließen der App wählst du sie wieder.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_files.py" line="184" />
      <source>Export my reflections as Markdown</source>
      <translation>Meine Reflexionen als Markdown exportieren</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_files.py" line="185" />
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_files.py" line="111" />
      <source>Choose your private journal first, or create one.</source>
      <translation>Wähle zuerst dein privates Journal oder lege eines an.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_files.py" line="112" />
      <source>Enter your private passphrase.</source>
      <translation>Gib deine private Passphrase ein.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_files.py" line="180" />
      <source>Saved to {path}. It is not encrypted: keep it private.</source>
      <translation>Gespeichert unter {path}. Die Datei ist nicht verschlüsselt: Halte sie privat.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="42" />
      <source>What surprised me</source>
      <translation>Was mich überrascht hat</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="43" />
      <source>What I want to try before next time</source>
      <translation>Was ich bis zum nächsten Mal ausprobieren will</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="44" />
      <source>What I want to raise next time</source>
      <translation>Was ich beim nächsten Mal ansprechen will</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="45" />
      <source>How our collaboration feels</source>
      <translation>Wie sich unsere Zusammenarbeit anfühlt</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="89" />
      <source>Back</source>
      <translation>Zurück</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="90" />
      <source>Back to where you came from (Esc, Alt+←, Alt+Home). Your reflections lock.</source>
      <translation>Zurück dorthin, wo du hergekommen bist (Esc, Alt+←, Alt+Pos1). Deine Reflexionen werden gesperrt.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="107" />
      <source>&lt;h2&gt;My reflections&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Meine Reflexionen&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="108" />
      <source>A private space for your own thoughts between sessions. It is a separate encrypted file with a passphrase only you know, so your partner cannot read it, even on this laptop. It locks itself when you leave it.</source>
      <translation>Ein privater Raum für deine eigenen Gedanken zwischen den Treffen. Er liegt in einer eigenen verschlüsselten Datei mit einer Passphrase, die nur du kennst; dein Gegenüber kann ihn nicht lesen, auch nicht auf diesem Laptop. Er sperrt sich, sobald du ihn verlässt.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="114" />
      <source>Choose your file with “Open my private journal…” and enter its passphrase. Until the app is closed (or always, if you let this laptop remember where your file is) your passphrase alone opens it.</source>
      <translation>Wähle deine Datei mit „Mein privates Journal öffnen…“ und gib ihre Passphrase ein. Danach genügt deine Passphrase allein, bis die App geschlossen wird (oder immer, wenn sich dieser Laptop merken darf, wo deine Datei liegt).</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="118" />
      <source>Open my private journal…</source>
      <translation>Mein privates Journal öffnen…</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="119" />
      <source>Create my private journal…</source>
      <translation>Mein privates Journal anlegen…</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="120" />
      <source>Import from JSON…</source>
      <translation>Aus JSON importieren…</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="121" />
      <source>A new private journal from an export of one (Export as JSON…)</source>
      <translation>Ein neues privates Journal aus einem Export (Als JSON exportieren…)</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="127" />
      <source>My private passphrase</source>
      <translation>Meine private Passphrase</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="130" />
      <source>Unlock</source>
      <translation>Entsperren</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="164" />
      <source>Search my reflections</source>
      <translation>Meine Reflexionen durchsuchen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="169" />
      <source>Show only this tag</source>
      <translation>Nur dieses Schlagwort zeigen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="174" />
      <source>My reflections</source>
      <translation>Meine Reflexionen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="179" />
      <source>New reflection</source>
      <translation>Neue Reflexion</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="194" />
      <source>Remember where this file is, on this laptop</source>
      <translation>Auf diesem Laptop merken, wo diese Datei liegt</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="195" />
      <source>After the app was closed, too, your passphrase alone opens this journal, without choosing the file. This laptop's settings then keep where the file is (never what is in it). Nothing on screen shows it, but someone using this computer account could look it up in the settings. Off: the app forgets the file when it is closed.</source>
      <translation>Auch nachdem die App geschlossen wurde, öffnet deine Passphrase allein dieses Journal, ohne dass du die Datei wählst. Die Einstellungen dieses Laptops speichern dann, wo die Datei liegt (nie, was darin steht). Auf dem Bildschirm ist davon nichts zu sehen, aber wer dieses Benutzerkonto nutzt, könnte es in den Einstellungen nachsehen. Aus: Die App vergisst die Datei, wenn sie geschlossen wird.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="210" />
      <source>Refers to session</source>
      <translation>Bezieht sich auf das Treffen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="212" />
      <source>Tags, separated by commas</source>
      <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="215" />
      <source>Reflection (Markdown)</source>
      <translation>Reflexion (Markdown)</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="216" />
      <source>Write freely. Only you can read this.</source>
      <translation>Schreib frei. Nur du kannst das lesen.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="217" />
      <source>Raise next time…</source>
      <translation>Nächstes Mal ansprechen…</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="218" />
      <source>Put the current line (or the selected text) on the next session's agenda</source>
      <translation>Die aktuelle Zeile (oder den markierten Text) auf die Agenda des nächsten Treffens setzen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="223" />
      <source>Session</source>
      <translation>Treffen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="225" />
      <source>Date, session and tags can be set once the reflection has begun: type a title or some text.</source>
      <translation>Datum, Treffen und Schlagwörter lassen sich festlegen, sobald die Reflexion begonnen hat: Tippe einen Titel oder etwas Text.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="237" />
      <source>Export as Markdown…</source>
      <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="238" />
      <source>Export as JSON…</source>
      <translation>Als JSON exportieren…</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="239" />
      <source>Change passphrase…</source>
      <translation>Passphrase ändern…</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="240" />
      <source>Back up…</source>
      <translation>Sichern…</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="241" />
      <source>Check…</source>
      <translation>Prüfen…</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="242" />
      <source>Lock my reflections</source>
      <translation>Meine Reflexionen sperren</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/reflections_layout.py" line="184" />
      <source>Start from: {prompt}</source>
      <translation>Beginnen mit: {prompt}</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session.py" line="196" />
      <source>1 learning does not say who learned it: choose in its Who column.</source>
      <translation>Bei 1 Lernerfahrung fehlt, wer gelernt hat: in der Spalte „Wer“ auswählen.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session.py" line="204" />
      <source>1 action item does not say who does it: choose in its Owner column.</source>
      <translation>Bei 1 Aufgabe fehlt, wer sie übernimmt: in der Spalte „Zuständig“ auswählen.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session.py" line="239" />
      <source>Take over 1 unfinished item from last time</source>
      <translation>1 offenen Punkt übernehmen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session.py" line="340" />
      <source>*This note is long ({count} characters): the preview shows the part around the cursor.*</source>
      <translation>*Diese Notiz ist lang ({count} Zeichen): Die Vorschau zeigt den Teil um den Cursor.*</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session.py" line="251" />
      <source>Links are not opened from the journal. Address: {url}</source>
      <translation>Links werden aus dem Journal nicht geöffnet. Adresse: {url}</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session.py" line="197" />
      <source>{count} learnings do not say who learned it: choose in their Who column.</source>
      <translation>Bei {count} Lernerfahrungen fehlt, wer gelernt hat: in der Spalte „Wer“ auswählen.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session.py" line="205" />
      <source>{count} action items do not say who does it: choose in their Owner column.</source>
      <translation>Bei {count} Aufgaben fehlt, wer sie übernimmt: in der Spalte „Zuständig“ auswählen.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session.py" line="240" />
      <source>Take over {count} unfinished items from last time</source>
      <translation>{count} offene Punkte übernehmen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="103" />
      <source>← Overview</source>
      <translation>← Übersicht</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="104" />
      <source>Back to the tandem overview (Alt+Home)</source>
      <translation>Zurück zur Übersicht des Tandems (Alt+Pos1)</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="106" />
      <source>Start of the session</source>
      <translation>Beginn des Treffens</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="111" />
      <source>Duration in minutes</source>
      <translation>Dauer in Minuten</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="118" />
      <source>Focus topic</source>
      <translation>Schwerpunktthema</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="123" />
      <source>Pick from the topic pool or type a new topic</source>
      <translation>Aus dem Themenpool wählen oder ein neues Thema eingeben</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="126" />
      <source>Session goal</source>
      <translation>Ziel des Treffens</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="127" />
      <source>One concrete goal, e.g. “set up a LinkedIn profile”</source>
      <translation>Ein konkretes Ziel, z. B. „ein LinkedIn-Profil anlegen“</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="143" />
      <source>New item, press Enter</source>
      <translation>Neuer Punkt, Enter drücken</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="144" />
      <source>New agenda item</source>
      <translation>Neuer Agendapunkt</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="161" />
      <source>Shared notes (Markdown)</source>
      <translation>Gemeinsame Notizen (Markdown)</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="163" />
      <source>Shared notes in Markdown: **bold**, *italic*, - lists, # headings</source>
      <translation>Gemeinsame Notizen in Markdown: **fett**, *kursiv*, - Listen, # Überschriften</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="165" />
      <source>Preview of the notes</source>
      <translation>Vorschau der Notizen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="173" />
      <source>Shared notes</source>
      <translation>Gemeinsame Notizen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="183" />
      <source>What did you learn? Press Enter</source>
      <translation>Was habt ihr gelernt? Enter drücken</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="184" />
      <source>New learning</source>
      <translation>Neue Lernerfahrung</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="186" />
      <source>Who learned it</source>
      <translation>Wer hat es gelernt</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="187" />
      <source>Who learned it?</source>
      <translation>Wer hat es gelernt?</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="191" />
      <source>Share in one-pager</source>
      <translation>Im One-Pager teilen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="211" />
      <source>Who does what by when? Press Enter</source>
      <translation>Wer macht was bis wann? Enter drücken</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="212" />
      <source>New action item</source>
      <translation>Neue Aufgabe</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="215" />
      <source>Who does it?</source>
      <translation>Wer übernimmt es?</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="219" />
      <source>Due date</source>
      <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="234" />
      <source>Open action items from earlier sessions</source>
      <translation>Offene Aufgaben aus früheren Treffen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="236" />
      <source>Open from earlier sessions — tick off what is done:</source>
      <translation>Offen aus früheren Treffen – Erledigtes abhaken:</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="241" />
      <source>Put the chosen item on this session’s agenda</source>
      <translation>Die gewählte Aufgabe auf die Agenda dieses Treffens setzen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="258" />
      <source>Learnings, action items and feedback</source>
      <translation>Lernerfahrungen, Aufgaben und Feedback</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="259" />
      <source>Learnings, action items or feedback</source>
      <translation>Lernerfahrungen, Aufgaben oder Feedback</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="261" />
      <source>&amp;Action items</source>
      <translation>A&amp;ufgaben</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="154" />
      <source>Space ticks off · Alt+↑/↓ moves · Del removes</source>
      <translation>Leertaste hakt ab · Alt+↑/↓ verschiebt · Entf entfernt</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="249" />
      <source>Mentee’s feedback</source>
      <translation>Feedback (Mentee)</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="250" />
      <source>Mentor’s feedback</source>
      <translation>Feedback (Mentor:in)</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/session_layout.py" line="221" />
      <source>due</source>
      <translation>fällig</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/unlock.py" line="33" />
      <source>The journal is not there just now. It was looked for at {path}. If it is on a USB stick or a network drive, plug it in or connect it, then choose Try again. If it was moved or renamed, choose another journal.</source>
      <translation>Das Journal ist gerade nicht da. Gesucht wurde es unter {path}. Liegt es auf einem USB-Stick oder einem Netzlaufwerk, stecke den Stick ein oder verbinde das Laufwerk und wähle dann „Erneut versuchen“. Wurde es verschoben oder umbenannt, wähle ein anderes Journal.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/unlock.py" line="36" />
      <source>{path} is a folder, not a tandem journal. Choose a journal file (its name ends in .tandem).</source>
      <translation>{path} ist ein Ordner, kein Tandem-Journal. Wähle eine Journal-Datei (ihr Name endet auf .tandem).</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/unlock.py" line="38" />
      <source>{name} cannot be read here: there is no permission to read it. Choose another journal.</source>
      <translation>{name} kann hier nicht gelesen werden: Es fehlt die Berechtigung dazu. Wähle ein anderes Journal.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/unlock.py" line="40" />
      <source>{name} is not a tandem journal: it is empty, text or another kind of file, or it is damaged. It was not changed. Choose another journal.</source>
      <translation>{name} ist kein Tandem-Journal: Die Datei ist leer, enthält Text, ist eine andere Art von Datei oder ist beschädigt. Sie wurde nicht verändert. Wähle ein anderes Journal.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/unlock.py" line="42" />
      <source>{name} is a private journal of reflections, not the tandem's journal. Open it under Session → My reflections; here, choose the tandem's journal.</source>
      <translation>{name} ist ein privates Journal mit Reflexionen, nicht das Journal des Tandems. Öffne es unter Treffen → Meine Reflexionen; wähle hier das Journal des Tandems.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/unlock.py" line="44" />
      <source>{name} is already open in another window or program. Switch to that window, or close the journal there and then unlock it here.</source>
      <translation>{name} ist bereits in einem anderen Fenster oder Programm geöffnet. Wechsle zu diesem Fenster oder schließe das Journal dort und entsperre es dann hier.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/unlock.py" line="52" />
      <source>Still no journal at {path}. Plug in the drive it is on or connect the network drive, then choose Try again; or choose another journal.</source>
      <translation>Noch immer kein Journal unter {path}. Stecke das Laufwerk ein, auf dem es liegt, oder verbinde das Netzlaufwerk und wähle dann „Erneut versuchen“ – oder wähle ein anderes Journal.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/unlock.py" line="70" />
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/unlock.py" line="76" />
      <source>Try again</source>
      <translation>Erneut versuchen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/unlock.py" line="78" />
      <source>Remove from the list</source>
      <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/unlock.py" line="80" />
      <source>Choose another journal</source>
      <translation>Anderes Journal wählen</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/unlock.py" line="89" />
      <source>Unlocking</source>
      <translation>Wird entsperrt</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/unlock.py" line="124" />
      <source>&lt;h2&gt;Locked&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Gesperrt&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/unlock.py" line="124" />
      <source>&lt;h2&gt;Unlock journal&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Journal entsperren&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/unlock.py" line="210" />
      <source>Enter the tandem's passphrase.</source>
      <translation>Gib die Passphrase des Tandems ein.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/unlock.py" line="133" />
      <source>Locked</source>
      <translation>Gesperrt</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/welcome.py" line="33" />
      <source>Tandem Journal</source>
      <translation>Tandem Journal</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/welcome.py" line="35" />
      <source>A confidential journal for your reverse-mentoring tandem: goals, sessions, learnings and action items, encrypted on this computer.</source>
      <translation>Ein vertrauliches Journal für euer Reverse-Mentoring-Tandem: Ziele, Treffen, Lernerfahrungen und Aufgaben, verschlüsselt auf diesem Computer.</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/welcome.py" line="38" />
      <source>Create a tandem journal…</source>
      <translation>Tandem-Journal anlegen…</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/welcome.py" line="39" />
      <source>Open a journal…</source>
      <translation>Journal öffnen…</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/welcome.py" line="50" />
      <source>Recently opened</source>
      <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/welcome.py" line="51" />
      <source>Journals you open appear here (only their file paths).</source>
      <translation>Journale, die du öffnest, erscheinen hier (nur ihre Dateipfade).</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/welcome.py" line="90" />
      <source>Recently opened journals</source>
      <translation>Zuletzt geöffnete Journale</translation>
    </message>
    <message>
      <location filename="../app/ui/pages/welcome.py" line="161" />
      <source>Open this journal</source>
      <translation>Dieses Journal öffnen</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="13" />
      <source>Weak: easy to guess with a computer.</source>
      <translation>Schwach: Ein Computer errät sie leicht.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="14" />
      <source>Fair: add a word or two for a tandem that runs for months.</source>
      <translation>Mittel: Für ein Tandem, das Monate läuft, füge noch ein, zwei Wörter hinzu.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="15" />
      <source>Good.</source>
      <translation>Gut.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="16" />
      <source>Strong.</source>
      <translation>Stark.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="20" />
      <source>Too short: use at least {count} characters, better a sentence of several words.</source>
      <translation>Zu kurz: Verwende mindestens {count} Zeichen, besser einen Satz aus mehreren Wörtern.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="21" />
      <source>It contains a name or the file's name: the first words a guesser tries.</source>
      <translation>Sie enthält einen Namen oder den Dateinamen: Die probiert ein Angreifer zuerst.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="22" />
      <source>Words of this app and of mentoring are the first a guesser of this file tries.</source>
      <translation>Wörter dieser App und des Mentorings probiert ein Angreifer bei dieser Datei zuerst.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="23" />
      <source>Straight rows of keys are easy to guess.</source>
      <translation>Gerade Tastenreihen sind leicht zu erraten.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="24" />
      <source>Short keyboard patterns are easy to guess.</source>
      <translation>Kurze Tastaturmuster sind leicht zu erraten.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="25" />
      <source>Repeats like “aaa” are easy to guess.</source>
      <translation>Wiederholungen wie „aaa“ sind leicht zu erraten.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="26" />
      <source>Repeats like “abcabcabc” are only slightly harder to guess than “abc”.</source>
      <translation>Wiederholungen wie „abcabcabc“ sind kaum schwerer zu erraten als „abc“.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="27" />
      <source>Sequences like “abc” or “6543” are easy to guess.</source>
      <translation>Folgen wie „abc“ oder „6543“ sind leicht zu erraten.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="28" />
      <source>Recent years are easy to guess.</source>
      <translation>Jahreszahlen der letzten Jahre sind leicht zu erraten.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="29" />
      <source>Dates are often easy to guess.</source>
      <translation>Daten sind oft leicht zu erraten.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="30" />
      <source>This is one of the ten most common passwords.</source>
      <translation>Das ist eines der zehn häufigsten Passwörter.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="31" />
      <source>This is one of the hundred most common passwords.</source>
      <translation>Das ist eines der hundert häufigsten Passwörter.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="32" />
      <source>This is a very common password.</source>
      <translation>Das ist ein sehr häufiges Passwort.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="33" />
      <source>This is similar to a commonly used password.</source>
      <translation>Das ähnelt einem häufig benutzten Passwort.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="34" />
      <source>A word by itself is easy to guess.</source>
      <translation>Ein einzelnes Wort ist leicht zu erraten.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="35" />
      <source>Names and surnames by themselves are easy to guess.</source>
      <translation>Vor- und Nachnamen allein sind leicht zu erraten.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="36" />
      <source>Common names and surnames are easy to guess.</source>
      <translation>Häufige Vor- und Nachnamen sind leicht zu erraten.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="38" />
      <source>Use a few words, avoid common phrases.</source>
      <translation>Nimm mehrere Wörter, aber keine gängigen Redewendungen.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="39" />
      <source>No need for symbols, digits or capital letters.</source>
      <translation>Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="40" />
      <source>Add another word or two. Uncommon words are better.</source>
      <translation>Füge ein, zwei Wörter hinzu. Seltene Wörter sind besser.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="41" />
      <source>Use a longer keyboard pattern with more turns.</source>
      <translation>Nimm ein längeres Tastaturmuster mit mehr Richtungswechseln.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="42" />
      <source>Avoid repeated words and characters.</source>
      <translation>Vermeide wiederholte Wörter und Zeichen.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="43" />
      <source>Avoid sequences.</source>
      <translation>Vermeide Folgen.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="44" />
      <source>Avoid recent years.</source>
      <translation>Vermeide Jahreszahlen der letzten Jahre.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="45" />
      <source>Avoid years that are associated with you.</source>
      <translation>Vermeide Jahreszahlen, die mit dir zu tun haben.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="46" />
      <source>Avoid dates and years that are associated with you.</source>
      <translation>Vermeide Daten und Jahreszahlen, die mit dir zu tun haben.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="47" />
      <source>A capital letter at the start does not help much.</source>
      <translation>Ein Großbuchstabe am Anfang hilft wenig.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="48" />
      <source>All capitals are almost as easy to guess as all lower case.</source>
      <translation>Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="49" />
      <source>Words spelt backwards are not much harder to guess.</source>
      <translation>Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.</translation>
    </message>
    <message>
      <location filename="../app/ui/passphrase.py" line="50" />
      <source>Predictable substitutions like “@” for “a” do not help much.</source>
      <translation>Vorhersehbare Ersetzungen wie „@“ für „a“ helfen wenig.</translation>
    </message>
    <message>
      <location filename="../app/ui/service.py" line="137" />
      <source>This journal is on read-only media, or in a folder you cannot write to, so it opened read-only: you can read, search and export it, but not change it. To change it, copy it to a writable folder and open the copy.</source>
      <translation>Dieses Journal liegt auf einem schreibgeschützten Datenträger oder in einem Ordner, in den du nicht schreiben darfst, darum ist es nur zum Lesen geöffnet: Du kannst es lesen, durchsuchen und exportieren, aber nicht ändern. Um es zu ändern, kopiere es in einen beschreibbaren Ordner und öffne die Kopie.</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/date_field.py" line="35" />
      <source>Type a date, for example {example}.</source>
      <translation>Gib ein Datum ein, zum Beispiel {example}.</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/date_field.py" line="36" />
      <source>“{text}” cannot be read as a date. Type it like {example}.</source>
      <translation>„{text}“ ist als Datum nicht lesbar. Schreibe es zum Beispiel so: {example}.</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/date_field.py" line="37" />
      <source>“{text}” has no year. Type it like {example}.</source>
      <translation>„{text}“ hat kein Jahr. Schreibe das Datum zum Beispiel so: {example}.</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/date_field.py" line="38" />
      <source>“{text}”: a year has two or four digits, like {example}.</source>
      <translation>„{text}“: Ein Jahr hat zwei oder vier Ziffern, zum Beispiel {example}.</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/date_field.py" line="39" />
      <source>“{text}”: there are only the months 1 to 12. Type the date like {example}.</source>
      <translation>„{text}“: Es gibt nur die Monate 1 bis 12. Schreibe das Datum zum Beispiel so: {example}.</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/date_field.py" line="40" />
      <source>“{text}”: this month does not have that day. Type the date like {example}.</source>
      <translation>„{text}“: Diesen Tag hat der Monat nicht. Schreibe das Datum zum Beispiel so: {example}.</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/date_field.py" line="167" />
      <source>Choose from a calendar (Alt+↓)</source>
      <translation>Im Kalender auswählen (Alt+↓)</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/date_field.py" line="276" />
      <source>Calendar</source>
      <translation>Kalender</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/date_field.py" line="259" />
      <source>A date, for example {example}. Alt+↓ opens a calendar.</source>
      <translation>Ein Datum, zum Beispiel {example}. Alt+↓ öffnet einen Kalender.</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/date_time_field.py" line="29" />
      <source>Type a time, for example {example}.</source>
      <translation>Gib eine Uhrzeit ein, zum Beispiel {example}.</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/date_time_field.py" line="30" />
      <source>“{text}” cannot be read as a time. Type it like {example}, the minutes with two digits.</source>
      <translation>„{text}“ ist als Uhrzeit nicht lesbar. Schreibe sie zum Beispiel so: {example}, die Minuten mit zwei Ziffern.</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/date_time_field.py" line="31" />
      <source>“{text}”: the hours go from 0 to 23. Type the time like {example}.</source>
      <translation>„{text}“: Die Stunden gehen von 0 bis 23. Schreibe die Uhrzeit zum Beispiel so: {example}.</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/date_time_field.py" line="32" />
      <source>“{text}”: the minutes go from 00 to 59. Type the time like {example}.</source>
      <translation>„{text}“: Die Minuten gehen von 00 bis 59. Schreibe die Uhrzeit zum Beispiel so: {example}.</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/date_time_field.py" line="66" />
      <source>{name}: date</source>
      <translation>{name}: Datum</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/date_time_field.py" line="69" />
      <source>{name}: time</source>
      <translation>{name}: Uhrzeit</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/date_time_field.py" line="167" />
      <source>A time on the 24-hour clock, for example {example}.</source>
      <translation>Eine Uhrzeit im 24-Stunden-Format, zum Beispiel {example}.</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/feedback_box.py" line="12" />
      <source>What helped</source>
      <translation>Was geholfen hat</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/feedback_box.py" line="12" />
      <source>What to change</source>
      <translation>Was besser werden kann</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/feedback_box.py" line="12" />
      <source>Rating (1–5)</source>
      <translation>Bewertung (1–5)</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/feedback_box.py" line="12" />
      <source>Rating of the session, 1 to 5</source>
      <translation>Bewertung des Treffens, 1 bis 5</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/feedback_box.py" line="13" />
      <source>What helped most</source>
      <translation>Was am meisten geholfen hat</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/feedback_box.py" line="13" />
      <source>What we would do differently</source>
      <translation>Was wir anders machen würden</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/feedback_box.py" line="13" />
      <source>Overall (1–5)</source>
      <translation>Insgesamt (1–5)</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/feedback_box.py" line="14" />
      <source>Rating of the whole tandem, 1 to 5</source>
      <translation>Bewertung des ganzen Tandems, 1 bis 5</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/message_bar.py" line="38" />
      <source>Dismiss message</source>
      <translation>Meldung schließen</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/passphrase_fields.py" line="36" />
      <source>Use it anyway</source>
      <translation>Trotzdem verwenden</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/passphrase_fields.py" line="47" />
      <source>Passphrase strength</source>
      <translation>Stärke der Passphrase</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/passphrase_fields.py" line="52" />
      <source>A weak passphrase can be guessed by a computer that tries common words, names and years, if the file is ever lost or copied.</source>
      <translation>Eine schwache Passphrase kann ein Computer erraten, der gängige Wörter, Namen und Jahreszahlen durchprobiert – falls die Datei einmal verloren geht oder kopiert wird.</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/passphrase_fields.py" line="29" />
      <source>Password again</source>
      <translation>Passwort noch einmal</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/passphrase_fields.py" line="29" />
      <source>Repeat password</source>
      <translation>Passwort wiederholen</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/passphrase_fields.py" line="29" />
      <source>Use this weak password anyway</source>
      <translation>Dieses schwache Passwort trotzdem verwenden</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/passphrase_fields.py" line="30" />
      <source>Passphrase again</source>
      <translation>Passphrase noch einmal</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/passphrase_fields.py" line="30" />
      <source>Repeat passphrase</source>
      <translation>Passphrase wiederholen</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/passphrase_fields.py" line="31" />
      <source>Use this weak passphrase anyway</source>
      <translation>Diese schwache Passphrase trotzdem verwenden</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/passphrase_fields.py" line="97" />
      <source>The two passphrases differ.</source>
      <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/progress_chart.py" line="52" />
      <source>Progress towards the goals</source>
      <translation>Fortschritt bei den Zielen</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/progress_chart.py" line="123" />
      <source>No check-in yet.</source>
      <translation>Noch keine Zwischenbilanz.</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/progress_chart.py" line="130" />
      <source>{goal} — now {rating} of 5</source>
      <translation>{goal} — jetzt {rating} von 5</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/progress_chart.py" line="183" />
      <source>No check-in yet.
After a few sessions, rate each goal from 1 to 5 and see your progress here.</source>
      <translation>Noch keine Zwischenbilanz.
Bewertet nach ein paar Treffen jedes Ziel von 1 bis 5 und seht hier euren Fortschritt.</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/progress_chart.py" line="124" />
      <source>{goal}: {ratings} of 5</source>
      <translation>{goal}: {ratings} von 5</translation>
    </message>
    <message>
      <location filename="../app/ui/widgets/progress_chart.py" line="126" />
      <source>{count} check-ins.</source>
      <translation>{count} Zwischenbilanzen.</translation>
    </message>
    <message>
      <location filename="../app/ui/window/care.py" line="28" />
      <source>journal care</source>
      <translation>Journalpflege</translation>
    </message>
    <message>
      <location filename="../app/ui/window/journals.py" line="37" />
      <source>Open a tandem journal</source>
      <translation>Tandem-Journal öffnen</translation>
    </message>
    <message>
      <location filename="../app/ui/window/journals.py" line="81" />
      <source>Creating the encrypted journal…</source>
      <translation>Das verschlüsselte Journal wird angelegt…</translation>
    </message>
    <message>
      <location filename="../app/ui/window/journals.py" line="31" />
      <source>Tandem journal</source>
      <translation>Tandem-Journal</translation>
    </message>
    <message>
      <location filename="../app/ui/window/journals.py" line="96" />
      <source>The journal was not created. {reason}</source>
      <translation>Das Journal wurde nicht angelegt. {reason}</translation>
    </message>
    <message>
      <location filename="../app/ui/window/journals.py" line="162" />
      <source>{name} was taken off the recent list; the file itself was not changed.</source>
      <translation>{name} steht nicht mehr in der Liste „Zuletzt geöffnet“; die Datei selbst bleibt unverändert.</translation>
    </message>
    <message>
      <location filename="../app/ui/window/journals.py" line="168" />
      <source>closing this journal</source>
      <translation>das Schließen des Journals</translation>
    </message>
    <message>
      <location filename="../app/ui/window/locking.py" line="104" />
      <source>locking</source>
      <translation>das Sperren</translation>
    </message>
    <message>
      <location filename="../app/ui/window/pages.py" line="161" />
      <source>The empty session was not kept: nothing was written in it.</source>
      <translation>Das leere Treffen wurde nicht behalten: Darin wurde nichts eingetragen.</translation>
    </message>
    <message>
      <location filename="../app/ui/window/pages.py" line="131" />
      <source>Back to the session</source>
      <translation>Zurück zum Treffen</translation>
    </message>
    <message>
      <location filename="../app/ui/window/pages.py" line="190" />
      <source>opening another session</source>
      <translation>das Öffnen eines anderen Treffens</translation>
    </message>
    <message>
      <location filename="../app/ui/window/pages.py" line="107" />
      <source>opening your reflections</source>
      <translation>das Öffnen deiner Reflexionen</translation>
    </message>
    <message>
      <location filename="../app/ui/window/pages.py" line="132" />
      <source>Back to the overview</source>
      <translation>Zurück zur Übersicht</translation>
    </message>
    <message>
      <location filename="../app/ui/window/pages.py" line="149" />
      <source>exporting the one-pager</source>
      <translation>der Export des One-Pagers</translation>
    </message>
    <message>
      <location filename="../app/ui/window/pages.py" line="163" />
      <source>The line raised for next time waits for the next session.</source>
      <translation>Der Punkt für das nächste Mal wartet auf das nächste Treffen.</translation>
    </message>
    <message>
      <location filename="../app/ui/window/pages.py" line="179" />
      <source>going to the overview</source>
      <translation>der Wechsel zur Übersicht</translation>
    </message>
    <message>
      <location filename="../app/ui/window/pages.py" line="133" />
      <source>Back to the start</source>
      <translation>Zurück zum Start</translation>
    </message>
    <message>
      <location filename="../app/ui/window/pages.py" line="164" />
      <source>The {count} lines raised for next time wait for the next session.</source>
      <translation>Die {count} Punkte für das nächste Mal warten auf das nächste Treffen.</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="46" />
      <source>the next session you start</source>
      <translation>das nächste Treffen, das ihr beginnt</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="124" />
      <source>Save the next session to a calendar file</source>
      <translation>Nächstes Treffen als Kalenderdatei speichern</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="125" />
      <source>Calendar files</source>
      <translation>Kalenderdateien</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="22" />
      <source>starting a new session</source>
      <translation>der Beginn eines neuen Treffens</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="37" />
      <source>Open the tandem journal first: the agenda lives there.</source>
      <translation>Öffne zuerst das Tandem-Journal: Dort steht die Agenda.</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="40" />
      <source>The tandem is completed, so there is no next session to raise it in. Reopen the tandem first (Tandem → Reopen tandem).</source>
      <translation>Das Tandem ist abgeschlossen, daher gibt es kein nächstes Treffen, in dem du das ansprechen kannst. Öffne das Tandem zuerst wieder (Tandem → Tandem wieder öffnen).</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="67" />
      <source>opening the kick-off guide</source>
      <translation>das Öffnen des Kick-off-Leitfadens</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="84" />
      <source>The kick-off agreement is saved. You can open the guide again at any time (Tandem → Kick-off guide).</source>
      <translation>Die Kick-off-Vereinbarung ist gespeichert. Ihr könnt den Leitfaden jederzeit wieder öffnen (Tandem → Kick-off-Leitfaden).</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="89" />
      <source>planning the next session</source>
      <translation>das Planen des nächsten Treffens</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="114" />
      <source>No next session is planned yet: plan it first (Tandem → Plan next session…), then save it to your calendar.</source>
      <translation>Es ist noch kein nächstes Treffen geplant: Plane es zuerst (Tandem → Nächstes Treffen planen…) und speichere es dann im Kalender.</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="148" />
      <source>the check-in</source>
      <translation>die Zwischenbilanz</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="157" />
      <source>There are no open goals to rate yet. Add goals in the overview or in the kick-off guide.</source>
      <translation>Es gibt noch keine offenen Ziele zu bewerten. Fügt Ziele in der Übersicht oder im Kick-off-Leitfaden hinzu.</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="166" />
      <source>Check-in saved. The overview shows your progress over time.</source>
      <translation>Zwischenbilanz gespeichert. Die Übersicht zeigt euren Fortschritt im Verlauf.</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="170" />
      <source>the closing round</source>
      <translation>die Abschlussrunde</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="182" />
      <source>The tandem is completed and its journal is now read-only. Thank you both!</source>
      <translation>Das Tandem ist abgeschlossen, sein Journal ist jetzt schreibgeschützt. Danke euch beiden!</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="209" />
      <source>Open programme reports</source>
      <translation>Programmberichte öffnen</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="218" />
      <source>The tandem is open again: you can change everything.</source>
      <translation>Das Tandem ist wieder offen: Ihr könnt alles ändern.</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="47" />
      <source>the next session ({date})</source>
      <translation>das nächste Treffen ({date})</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="143" />
      <source>Saved {file}: open it with your calendar to add the session.</source>
      <translation>{file} gespeichert: Öffne die Datei mit deinem Kalender, um das Treffen einzutragen.</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="190" />
      <source>sharing with the programme</source>
      <translation>das Teilen mit dem Programm</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="50" />
      <source>Added to {where}.</source>
      <translation>Vorgemerkt für {where}.</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="197" />
      <source>Programme report saved and checked: %1</source>
      <translation>Programmbericht gespeichert und geprüft: %1</translation>
    </message>
    <message>
      <location filename="../app/ui/window/programme_actions.py" line="141" />
      <source>The calendar file was not saved. {reason}</source>
      <translation>Die Kalenderdatei wurde nicht gespeichert. {reason}</translation>
    </message>
  </context>
</TS>
