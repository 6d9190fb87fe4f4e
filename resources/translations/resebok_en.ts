<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Om {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Tjänsteresor, kilometerersättning och gröna alternativ för kommunen: logga resor, attestera reseräkningar och följ upp kilometrarna per enhet.</source>
        <translation>Business trips, mileage allowance and green alternatives for the municipality: log trips, approve claims and follow up the kilometres per unit.</translation>
    </message>
    <message>
        <source>Licens: &lt;a href=&apos;{url}&apos;&gt;GNU GPL version 3 eller senare&lt;/a&gt; ({licence}). Programmet levereras utan garantier.</source>
        <translation>Licence: &lt;a href=&apos;{url}&apos;&gt;GNU GPL version 3 or later&lt;/a&gt; ({licence}). The program comes without any warranty.</translation>
    </message>
    <message>
        <source>Databas:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>i minnet</source>
        <translation>in memory</translation>
    </message>
    <message>
        <source>Inställningar:</source>
        <translation>Settings:</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <source>A&amp;dministration</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <source>&amp;Kommunbilar…</source>
        <translation>&amp;Pool cars…</translation>
    </message>
    <message>
        <source>Kommunbilar</source>
        <translation>Pool cars</translation>
    </message>
    <message>
        <source>&amp;Bokningar av kommunbilar…</source>
        <translation>Pool car &amp;bookings…</translation>
    </message>
    <message>
        <source>Bokningar</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>K&amp;ollektivtrafik (GTFS)…</source>
        <translation>Public &amp;transport (GTFS)…</translation>
    </message>
    <message>
        <source>Kollektivtrafik</source>
        <translation>Public transport</translation>
    </message>
    <message>
        <source>&amp;Gröna inställningar…</source>
        <translation>&amp;Green settings…</translation>
    </message>
    <message>
        <source>Gröna inställningar</source>
        <translation>Green settings</translation>
    </message>
    <message>
        <source>&amp;Förhandsgodkännanden…</source>
        <translation>Pre-&amp;approvals…</translation>
    </message>
    <message>
        <source>Förhandsgodkännanden</source>
        <translation>Pre-approvals</translation>
    </message>
    <message>
        <source>&amp;Ersättningsnivåer…</source>
        <translation>&amp;Mileage rates…</translation>
    </message>
    <message>
        <source>Ersättningsnivåer</source>
        <translation>Mileage rates</translation>
    </message>
    <message>
        <source>&amp;Attestanter…</source>
        <translation>Appro&amp;vers…</translation>
    </message>
    <message>
        <source>Attestanter</source>
        <translation>Approvers</translation>
    </message>
</context>
<context>
    <name>AlternativeCard</name>
    <message>
        <source>Välj &amp;digitalt möte</source>
        <translation>Choose a &amp;digital meeting</translation>
    </message>
    <message>
        <source>Välj &amp;gång/cykel</source>
        <translation>Choose &amp;walking/cycling</translation>
    </message>
    <message>
        <source>Välj k&amp;ollektivtrafik</source>
        <translation>Choose public &amp;transport</translation>
    </message>
    <message>
        <source>&amp;Boka {registration}</source>
        <translation>&amp;Book {registration}</translation>
    </message>
    <message>
        <source>Passar</source>
        <translation>Fits</translation>
    </message>
    <message>
        <source>Passar inte</source>
        <translation>Does not fit</translation>
    </message>
</context>
<context>
    <name>AnalysisJob</name>
    <message>
        <source>Räknar ut behovet av kommunbilar …</source>
        <translation>Calculating the need for pool cars …</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Behov av kommunbilar</source>
        <translation>Need for pool cars</translation>
    </message>
</context>
<context>
    <name>AnalysisPage</name>
    <message>
        <source>Skriv varför målet nås eller inte nås och vad som görs. Texten skrivs ut i rapporten till kommunstyrelsens arbetsutskott och sparas för året och omfattningen.</source>
        <translation>Write why the target is or is not met and what is being done. The text is printed in the report to the executive committee&apos;s working committee and saved for the year and scope.</translation>
    </message>
    <message>
        <source>Analys</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>T.ex.: Omkring 79 procent av de utbetalda kilometrarna ligger inom kommunstyrelsens budget …</source>
        <translation>E.g.: About 79 per cent of the paid kilometres fall within the executive committee&apos;s budget …</translation>
    </message>
    <message>
        <source>&amp;Spara analys</source>
        <translation>&amp;Save analysis</translation>
    </message>
    <message>
        <source>Skriv ut rapport…</source>
        <translation>Print report…</translation>
    </message>
    <message>
        <source>Analys – utbetald kilometerersättning {year}, {scope}</source>
        <translation>Analysis – paid mileage allowance {year}, {scope}</translation>
    </message>
    <message>
        <source>Ingen analys sparad för året ännu.</source>
        <translation>No analysis saved for the year yet.</translation>
    </message>
    <message>
        <source>Sparad {when} av {name}.</source>
        <translation>Saved {when} by {name}.</translation>
    </message>
    <message>
        <source>Sparad {when}.</source>
        <translation>Saved {when}.</translation>
    </message>
    <message>
        <source>{count} / {maximum} tecken</source>
        <translation>{count} / {maximum} characters</translation>
    </message>
    <message>
        <source>Ändringar som inte är sparade.</source>
        <translation>Unsaved changes.</translation>
    </message>
</context>
<context>
    <name>AttestView</name>
    <message numerus="yes">
        <source>%n resor där km avviker mer än {percent} % från förslaget</source>
        <translation>
            <numerusform>%n trip where the km differ more than {percent} % from the suggestion</numerusform>
            <numerusform>%n trips where the km differ more than {percent} % from the suggestion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resor som började i bostaden – kontrollera avdraget för resvägen till arbetet</source>
        <translation>
            <numerusform>%n trip that started at home – check the deduction for the commute</numerusform>
            <numerusform>%n trips that started at home – check the deduction for the commute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resor med egen bil utan angivet skäl</source>
        <translation>
            <numerusform>%n own-car trip without a stated reason</numerusform>
            <numerusform>%n own-car trips without a stated reason</numerusform>
        </translation>
    </message>
    <message>
        <source>Resor där km avviker mer än {percent} % från förslaget</source>
        <translation>Trips where the km differ more than {percent} % from the suggestion</translation>
    </message>
    <message>
        <source>Attestera reseräkningar</source>
        <translation>Approve claims</translation>
    </message>
    <message>
        <source>Attestera &amp;som:</source>
        <translation>Approve &amp;as:</translation>
    </message>
    <message>
        <source>&amp;Öppna…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Markera alla</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>&amp;Attestera</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <source>Attestera de markerade reseräkningarna</source>
        <translation>Approve the selected claims</translation>
    </message>
    <message>
        <source>&amp;Returnera…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <source>Skicka tillbaka de markerade reseräkningarna till de anställda med en kommentar</source>
        <translation>Send the selected claims back to the employees with a comment</translation>
    </message>
    <message>
        <source>Reseräkningar</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Förhandsgodkännanden</source>
        <translation>Pre-approvals</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Det finns inga attestanter. En attestant är en anställd som är kopplad till de enheter vars reseräkningar hen attesterar.</source>
        <translation>There are no approvers. An approver is an employee linked to the units whose claims they approve.</translation>
    </message>
    <message>
        <source>Attesterar {units} (med enheter under)</source>
        <translation>Approves {units} (including the units below)</translation>
    </message>
    <message>
        <source>Attesterar inga enheter.</source>
        <translation>Approves no units.</translation>
    </message>
    <message numerus="yes">
        <source>%n reseräkningar väntar på attest · {amount}</source>
        <translation>
            <numerusform>%n claim awaiting approval · {amount}</numerusform>
            <numerusform>%n claims awaiting approval · {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>Inga inskickade reseräkningar väntar på attest.</source>
        <translation>No submitted claims are awaiting approval.</translation>
    </message>
    <message>
        <source>Reseräkningar ({count})</source>
        <translation>Claims ({count})</translation>
    </message>
    <message>
        <source>&amp;Attestera ({count})</source>
        <translation>A&amp;pprove ({count})</translation>
    </message>
    <message>
        <source>Attestera</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>{error}

Ingen av de markerade reseräkningarna har attesterats.</source>
        <translation>{error}

None of the selected claims has been approved.</translation>
    </message>
    <message>
        <source> och {count} till</source>
        <translation> and {count} more</translation>
    </message>
    <message numerus="yes">
        <source>%n reseräkningar attesterades ({names}), totalt {amount}.</source>
        <translation>
            <numerusform>%n claim approved ({names}), total {amount}.</numerusform>
            <numerusform>%n claims approved ({names}), total {amount}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Returnera reseräkningar</source>
        <translation>Return claims</translation>
    </message>
    <message numerus="yes">
        <source>%n reseräkningar skickas tillbaka till den anställda som utkast: {names}. Kommentaren visas på reseräkningen och sparas i dess logg.</source>
        <translation>
            <numerusform>%n claim is sent back to the employee as a draft: {names}. The comment is shown on the claim and kept in its log.</numerusform>
            <numerusform>%n claims are sent back to the employees as drafts: {names}. The comment is shown on each claim and kept in its log.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Kommentar till den anställda:</source>
        <translation>&amp;Comment to the employee:</translation>
    </message>
    <message>
        <source>&amp;Returnera</source>
        <translation>&amp;Return</translation>
    </message>
    <message>
        <source>t.ex. Ange vem du besökte på resan den 12:e.</source>
        <translation>e.g. Say whom you visited on the trip on the 12th.</translation>
    </message>
    <message numerus="yes">
        <source>%n reseräkningar skickades tillbaka med kommentaren.</source>
        <translation>
            <numerusform>%n claim was sent back with the comment.</numerusform>
            <numerusform>%n claims were sent back with the comment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttestantsPage</name>
    <message>
        <source>Attestant</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>&amp;Lägg till</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Ta bort markerad</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <source>A&amp;nställd:</source>
        <translation>E&amp;mployee:</translation>
    </message>
    <message>
        <source>&amp;Enhet (med underliggande):</source>
        <translation>&amp;Unit (with the units below it):</translation>
    </message>
    <message>
        <source>Attestanter godkänner reseräkningarna för sina enheter.</source>
        <translation>Approvers approve the claims of their units.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Tidpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Resebok kopierar databasen en gång om dagen när programmet startar (om något har ändrats) och kontrollerar varje kopia. Kopiorna ligger på den här datorn, inte bredvid databasen, så att de finns kvar om databasens disk går sönder.</source>
        <translation>Resebok copies the database once a day when the program starts (if anything has changed) and checks every copy. The copies are kept on this computer, not beside the database, so that they survive if the database&apos;s disk fails.</translation>
    </message>
    <message>
        <source>Välj den kopia som ska ersätta den skadade databasen. Den skadade filen sparas först, så att inget försvinner.</source>
        <translation>Choose the copy that should replace the damaged database. The damaged file is saved first, so that nothing is lost.</translation>
    </message>
    <message>
        <source>Databas: {path}
Kopiorna sparas i: {folder}</source>
        <translation>Database: {path}
Copies are saved in: {folder}</translation>
    </message>
    <message>
        <source>dagliga kopior</source>
        <translation>daily copies</translation>
    </message>
    <message>
        <source>Bestäms av IT ({variable}).</source>
        <translation>Decided by IT ({variable}).</translation>
    </message>
    <message>
        <source>Spara de senaste</source>
        <translation>Keep the latest</translation>
    </message>
    <message>
        <source>&amp;Säkerhetskopiera nu</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Återställ vald kopia…</source>
        <translation>&amp;Restore selected copy…</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Det finns inga säkerhetskopior av den här databasen ännu.</source>
        <translation>There are no backups of this database yet.</translation>
    </message>
    <message>
        <source>Säkerhetskopierar …</source>
        <translation>Backing up …</translation>
    </message>
    <message>
        <source>Ingen kopia gjordes: {error}</source>
        <translation>No copy was made: {error}</translation>
    </message>
    <message>
        <source>Kopian är sparad ({backup}, {size}).</source>
        <translation>The copy is saved ({backup}, {size}).</translation>
    </message>
    <message>
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Ersätta databasen med kopian från {backup}?</source>
        <translation>Replace the database with the copy from {backup}?</translation>
    </message>
    <message>
        <source>Det som har sparats efter att kopian gjordes finns inte i den. Databasen som den är nu sparas först som en kopia (”{kind}”), så du kan gå tillbaka.</source>
        <translation>What was saved after the copy was made is not in it. The database as it is now is first saved as a copy (“{kind}”), so you can go back.</translation>
    </message>
    <message>
        <source>&amp;Återställ</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Återställer …</source>
        <translation>Restoring …</translation>
    </message>
    <message>
        <source>Databasen återställdes inte: {error}</source>
        <translation>The database was not restored: {error}</translation>
    </message>
    <message>
        <source>Databasen är återställd från kopian {file}.</source>
        <translation>The database has been restored from the copy {file}.</translation>
    </message>
    <message>
        <source>Databasen som den var före återställningen finns kvar som kopia ({backup}).</source>
        <translation>The database as it was before the restore is kept as a copy ({backup}).</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>hela dagen</source>
        <translation>all day</translation>
    </message>
    <message>
        <source>◀ &amp;Föregående vecka</source>
        <translation>◀ &amp;Previous week</translation>
    </message>
    <message>
        <source>&amp;Denna vecka</source>
        <translation>&amp;This week</translation>
    </message>
    <message>
        <source>&amp;Nästa vecka ▶</source>
        <translation>&amp;Next week ▶</translation>
    </message>
    <message>
        <source>&amp;Avboka…</source>
        <translation>&amp;Cancel booking…</translation>
    </message>
    <message>
        <source>Bokningar i vald ruta:</source>
        <translation>Bookings in the selected cell:</translation>
    </message>
    <message>
        <source>Det finns inga kommunbilar. Lägg till dem under Kommunbilar.</source>
        <translation>There are no pool cars. Add them under Pool cars.</translation>
    </message>
    <message>
        <source>(ingen resa kopplad)</source>
        <translation>(no trip linked)</translation>
    </message>
    <message>
        <source>Avboka kommunbil</source>
        <translation>Cancel pool car booking</translation>
    </message>
    <message>
        <source>Avboka {booking}?
Bilen blir ledig för andra.</source>
        <translation>Cancel {booking}?
The car becomes free for others.</translation>
    </message>
    <message>
        <source>{booking} är avbokad.</source>
        <translation>{booking} is cancelled.</translation>
    </message>
</context>
<context>
    <name>BuildClaimDialog</name>
    <message>
        <source>Skapa eller uppdatera utkast</source>
        <translation>Create or update a draft</translation>
    </message>
    <message>
        <source>Utkastet samlar månadens resor med egen bil som ger ersättning och inte redan finns i en reseräkning. Finns ett utkast för månaden räknas det om.</source>
        <translation>The draft collects the month&apos;s reimbursable own-car trips that are not yet in a claim. If the month already has a draft, it is recalculated.</translation>
    </message>
    <message>
        <source>&amp;Skapa/uppdatera</source>
        <translation>&amp;Create/update</translation>
    </message>
    <message>
        <source>A&amp;vbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Anställd:</source>
        <translation>&amp;Employee:</translation>
    </message>
    <message>
        <source>&amp;Månad:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Det finns inga anställda att skapa en reseräkning för.</source>
        <translation>There are no employees to create a claim for.</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Avviker från förslaget {km} km – flaggas för attestanten.</source>
        <translation>Differs from the suggested {km} km – flagged for the approver.</translation>
    </message>
    <message>
        <source>Skattefritt {tax_free}, skattepliktigt {taxable}</source>
        <translation>Tax-free {tax_free}, taxable {taxable}</translation>
    </message>
    <message>
        <source>Reseräkning</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Anställd:</source>
        <translation>Employee:</translation>
    </message>
    <message>
        <source>Enhet:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Utbetalning:</source>
        <translation>Payment:</translation>
    </message>
    <message>
        <source>Resor</source>
        <translation>Trips</translation>
    </message>
    <message>
        <source>Logg</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Skicka &amp;in…</source>
        <translation>&amp;Submit…</translation>
    </message>
    <message>
        <source>Skicka reseräkningen till attestanten; resorna låses</source>
        <translation>Send the claim to the approver; its trips are locked</translation>
    </message>
    <message>
        <source>&amp;Uppdatera från resorna</source>
        <translation>&amp;Update from the trips</translation>
    </message>
    <message>
        <source>Räkna om utkastet med månadens resor och de ersättningsnivåer som gäller nu</source>
        <translation>Recalculate the draft with the month&apos;s trips and the current rates</translation>
    </message>
    <message>
        <source>&amp;Ta bort utkast…</source>
        <translation>&amp;Delete draft…</translation>
    </message>
    <message>
        <source>Åter&amp;öppna…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <source>Gör reseräkningen till ett utkast igen så att resorna kan ändras</source>
        <translation>Make the claim a draft again so that its trips can be changed</translation>
    </message>
    <message>
        <source>&amp;Rätta resa…</source>
        <translation>Co&amp;rrect trip…</translation>
    </message>
    <message>
        <source>Ändra den markerade resan utan att skicka tillbaka reseräkningen; ändringen och din kommentar sparas i loggen</source>
        <translation>Change the selected trip without returning the claim; the change and your comment are saved in the log</translation>
    </message>
    <message>
        <source>Skriv ut &amp;PDF…</source>
        <translation>Print &amp;PDF…</translation>
    </message>
    <message>
        <source>Exportera &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Körda km:</source>
        <translation>Km driven:</translation>
    </message>
    <message>
        <source>Avdrag för resväg till arbetet:</source>
        <translation>Deduction for the commute:</translation>
    </message>
    <message>
        <source>Ersatta km:</source>
        <translation>Km reimbursed:</translation>
    </message>
    <message>
        <source>Belopp:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>varav skattefritt:</source>
        <translation>of which tax-free:</translation>
    </message>
    <message>
        <source>varav skattepliktigt:</source>
        <translation>of which taxable:</translation>
    </message>
    <message>
        <source>Reseräkningen finns inte längre.</source>
        <translation>The claim no longer exists.</translation>
    </message>
    <message>
        <source>Reseräkning – {employee}, {month}</source>
        <translation>Claim – {employee}, {month}</translation>
    </message>
    <message>
        <source>Reseräkning {month}</source>
        <translation>Claim {month}</translation>
    </message>
    <message>
        <source> · kostnadsställe {cost_centre}</source>
        <translation> · cost centre {cost_centre}</translation>
    </message>
    <message numerus="yes">
        <source>{month} · %n resor</source>
        <translation>
            <numerusform>{month} · %n trip</numerusform>
            <numerusform>{month} · %n trips</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} · export {batch}</source>
        <translation>{date} · export {batch}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skickad tillbaka {when_and_who}:&lt;/b&gt; {comment}</source>
        <translation>&lt;b&gt;Sent back {when_and_who}:&lt;/b&gt; {comment}</translation>
    </message>
    <message>
        <source>Resor ({count})</source>
        <translation>Trips ({count})</translation>
    </message>
    <message>
        <source>Logg ({count})</source>
        <translation>Log ({count})</translation>
    </message>
    <message>
        <source>Ersättningsnivåer: {rates}</source>
        <translation>Rates: {rates}</translation>
    </message>
    <message>
        <source>Skicka in reseräkning</source>
        <translation>Submit claim</translation>
    </message>
    <message>
        <source>Skicka in reseräkningen för {month} ({amount}) till attestanten?

Resorna låses tills reseräkningen attesteras, skickas tillbaka eller öppnas igen.</source>
        <translation>Submit the claim for {month} ({amount}) to the approver?

Its trips are locked until the claim is approved, sent back or reopened.</translation>
    </message>
    <message>
        <source>Reseräkningen kunde inte skickas in</source>
        <translation>The claim could not be submitted</translation>
    </message>
    <message>
        <source>Utkastet kunde inte räknas om</source>
        <translation>The draft could not be recalculated</translation>
    </message>
    <message>
        <source>Ta bort utkast</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Ta bort utkastet för {month}?

Resorna finns kvar och kan tas med i ett nytt utkast.</source>
        <translation>Delete the draft for {month}?

The trips remain and can go into a new draft.</translation>
    </message>
    <message>
        <source>Utkastet kunde inte tas bort</source>
        <translation>The draft could not be deleted</translation>
    </message>
    <message>
        <source>Reseräkningen för {employee}, {month}, blir ett utkast igen och resorna låses upp.</source>
        <translation>The claim of {employee}, {month}, becomes a draft again and its trips are unlocked.</translation>
    </message>
    <message>
        <source>Attesten tas bort och måste ges på nytt.</source>
        <translation>The approval is withdrawn and must be given again.</translation>
    </message>
    <message>
        <source>Skälet sparas i reseräkningens logg.</source>
        <translation>The reason is kept in the claim&apos;s log.</translation>
    </message>
    <message>
        <source>Öppna reseräkningen igen</source>
        <translation>Reopen the claim</translation>
    </message>
    <message>
        <source>&amp;Varför öppnas den igen?</source>
        <translation>&amp;Why is it reopened?</translation>
    </message>
    <message>
        <source>Öppna &amp;igen</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Skriv varför reseräkningen öppnas igen – skälet sparas i loggen.</source>
        <translation>Write why the claim is reopened – the reason is kept in the log.</translation>
    </message>
    <message>
        <source>t.ex. fel antal km på resan den 12:e</source>
        <translation>e.g. wrong km on the trip on the 12th</translation>
    </message>
    <message>
        <source>Skriv ut reseräkning</source>
        <translation>Print claim</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Reseräkningen sparades som PDF:
{path}</source>
        <translation>The claim was saved as a PDF:
{path}</translation>
    </message>
    <message>
        <source>Exportera reseräkning</source>
        <translation>Export claim</translation>
    </message>
    <message>
        <source>CSV-filer för Excel (*.csv)</source>
        <translation>CSV files for Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n resor exporterades till:
{path}</source>
        <translation>
            <numerusform>%n trip was exported to:
{path}</numerusform>
            <numerusform>%n trips were exported to:
{path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimTexts</name>
    <message>
        <source>av {name}</source>
        <translation>by {name}</translation>
    </message>
    <message>
        <source>(attesterad {when_and_who})</source>
        <translation>(approved {when_and_who})</translation>
    </message>
    <message>
        <source>Utkast – skickad tillbaka {when_and_who}</source>
        <translation>Draft – sent back {when_and_who}</translation>
    </message>
    <message>
        <source>skapat {when_and_who}</source>
        <translation>created {when_and_who}</translation>
    </message>
    <message>
        <source>{employer_rate} enligt avtal, varav {tax_free_rate} skattefritt</source>
        <translation>{employer_rate} by agreement, of which {tax_free_rate} tax-free</translation>
    </message>
    <message>
        <source>(Skatteverkets belopp {rate})</source>
        <translation>(the Tax Agency&apos;s amount {rate})</translation>
    </message>
    <message>
        <source>{rates} · resor {period}</source>
        <translation>{rates} · trips {period}</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <source>Reseräkningar</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Enhet:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>A&amp;nställd:</source>
        <translation>E&amp;mployee:</translation>
    </message>
    <message>
        <source>&amp;Öppna…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Skapa/uppdatera &amp;utkast…</source>
        <translation>Create/update &amp;draft…</translation>
    </message>
    <message>
        <source>Samla en anställds resor med egen bil under en månad i en reseräkning</source>
        <translation>Collect an employee&apos;s own-car trips of a month in a claim</translation>
    </message>
    <message>
        <source>Exportera &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Årets reseräkningar eller resor som CSV för Excel</source>
        <translation>The year&apos;s claims or trips as CSV for Excel</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Alla år</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Alla enheter</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Alla anställda</source>
        <translation>All employees</translation>
    </message>
    <message numerus="yes">
        <source>%n reseräkningar · {km} km · {amount}</source>
        <translation>
            <numerusform>%n claim · {km} km · {amount}</numerusform>
            <numerusform>%n claims · {km} km · {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>Inga reseräkningar med de här valen.</source>
        <translation>No claims match these choices.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Anställd</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Inskickad</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Resor</source>
        <translation>Trips</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Avdrag km</source>
        <translation>Deducted km</translation>
    </message>
    <message>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Avvikande km</source>
        <translation>Deviating km</translation>
    </message>
    <message>
        <source>Från bostaden</source>
        <translation>From home</translation>
    </message>
    <message>
        <source>Resor som började i bostaden</source>
        <translation>Trips that started at home</translation>
    </message>
    <message>
        <source>Utan skäl</source>
        <translation>No reason</translation>
    </message>
    <message>
        <source>Resor med egen bil där inget skäl har angetts</source>
        <translation>Own-car trips without a stated reason</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Resväg</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Syfte</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Mätarställning</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Skattefritt</source>
        <translation>Tax-free</translation>
    </message>
    <message>
        <source>Skattepliktigt</source>
        <translation>Taxable</translation>
    </message>
    <message>
        <source>Utbetalning</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Period t.o.m.</source>
        <translation>Period up to</translation>
    </message>
    <message>
        <source>Reseräkningar</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Exporterad</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Kr/mil</source>
        <translation>Kr/mil</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>A&amp;vbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ControllerView</name>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>{app} – controllervy</source>
        <translation>{app} – controller view</translation>
    </message>
    <message>
        <source>Skriv &amp;ut rapport…</source>
        <translation>&amp;Print report…</translation>
    </message>
    <message>
        <source>Rapporten till kommunstyrelsens arbetsutskott som PDF: 1 januari till brytdagen</source>
        <translation>The report to the executive committee&apos;s working committee as a PDF: 1 January to the cut-off day</translation>
    </message>
    <message>
        <source>&amp;Indikator</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <source>&amp;Enheter</source>
        <translation>&amp;Units</translation>
    </message>
    <message>
        <source>&amp;Fördelning inom nämnd</source>
        <translation>&amp;Distribution within committee</translation>
    </message>
    <message>
        <source>&amp;Jämförelse med tidigare år</source>
        <translation>&amp;Comparison with earlier years</translation>
    </message>
    <message>
        <source>&amp;Gröna val och skäl</source>
        <translation>&amp;Green choices and reasons</translation>
    </message>
    <message>
        <source>Ge&amp;mensamma enheter</source>
        <translation>&amp;Shared units</translation>
    </message>
    <message>
        <source>&amp;Analys</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <source>Behov av k&amp;ommunbilar</source>
        <translation>Need for &amp;pool cars</translation>
    </message>
    <message>
        <source>Öppna &amp;PDF</source>
        <translation>Open &amp;PDF</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Utskriften avbröts.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <source>Tabellen sparades i {path}.</source>
        <translation>The table was saved in {path}.</translation>
    </message>
    <message>
        <source>Organisationen saknar kommun och nämnder; lägg upp dem för att följa indikatorn.</source>
        <translation>The organisation has no municipality and committees; add them to follow the indicator.</translation>
    </message>
    <message>
        <source>Rätta filtren: {problems}</source>
        <translation>Correct the filters: {problems}</translation>
    </message>
    <message>
        <source>Analysen för {year} sparades med rapportens inställningar.</source>
        <translation>The analysis for {year} was saved with the report&apos;s settings.</translation>
    </message>
    <message>
        <source>Skriv ut rapport</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>Skriver rapporten …</source>
        <translation>Writing the report …</translation>
    </message>
    <message>
        <source>Rapporten sparades: {path}</source>
        <translation>The report was saved: {path}</translation>
    </message>
    <message>
        <source>Rapporten kunde inte skrivas ut. {reason}</source>
        <translation>The report could not be printed. {reason}</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Skriv ut rapport…</source>
        <translation>Print report…</translation>
    </message>
    <message>
        <source>Spara analys</source>
        <translation>Save analysis</translation>
    </message>
    <message>
        <source>Exportera enheter som CSV…</source>
        <translation>Export units as CSV…</translation>
    </message>
    <message>
        <source>Exportera enheter till Excel…</source>
        <translation>Export units to Excel…</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>&amp;Resor</source>
        <translation>&amp;Trips</translation>
    </message>
    <message>
        <source>R&amp;eseräkningar</source>
        <translation>&amp;Claims</translation>
    </message>
    <message>
        <source>Exportera som CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>Filen öppnas direkt i Excel med svenska inställningar (semikolon, decimalkomma). Resor väljs efter resans datum, reseräkningar efter sin månad.</source>
        <translation>The file opens directly in Excel with Swedish settings (semicolons, decimal comma). Trips are chosen by the trip&apos;s date, claims by their month.</translation>
    </message>
    <message>
        <source>Exportera:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Exportera…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>A&amp;vbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>CSV-filer för Excel (*.csv)</source>
        <translation>CSV files for Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n resor från {year} exporterades till:
{path}</source>
        <translation>
            <numerusform>%n trip from {year} was exported to:
{path}</numerusform>
            <numerusform>%n trips from {year} were exported to:
{path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reseräkningar från {year} exporterades till:
{path}</source>
        <translation>
            <numerusform>%n claim from {year} was exported to:
{path}</numerusform>
            <numerusform>%n claims from {year} were exported to:
{path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CumulativeChart</name>
    <message>
        <source>Utbetalda km, ackumulerat</source>
        <translation>Paid km, cumulative</translation>
    </message>
    <message>
        <source>Utbetalda km {year}, ackumulerat per månad</source>
        <translation>Paid km {year}, cumulative by month</translation>
    </message>
    <message>
        <source>Utfall t.o.m. {day}</source>
        <translation>Outcome to {day}</translation>
    </message>
    <message>
        <source>Prognos {km}</source>
        <translation>Forecast {km}</translation>
    </message>
    <message>
        <source>Mål {km}</source>
        <translation>Target {km}</translation>
    </message>
    <message>
        <source>Brytdag {day}</source>
        <translation>Cut-off {day}</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Säkerhetskopian misslyckades: {error}</source>
        <translation>The backup failed: {error}</translation>
    </message>
    <message>
        <source>Dagens säkerhetskopia är sparad ({file}).</source>
        <translation>Today&apos;s backup is saved ({file}).</translation>
    </message>
    <message>
        <source>Databasen har fel</source>
        <translation>The database has errors</translation>
    </message>
    <message>
        <source>{problem}

Återställ en tidigare kopia under Arkiv → Säkerhetskopior…, och spara inget mer i den här databasen innan dess.</source>
        <translation>{problem}

Restore an earlier copy under File → Backups…, and save nothing more in this database before then.</translation>
    </message>
</context>
<context>
    <name>DatabaseChooser</name>
    <message>
        <source>Resebok-databas (*.sqlite *.db);;Alla filer (*)</source>
        <translation>Resebok database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Ä&amp;ndra…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Välj en annan databasfil, t.ex. enhetens fil på en delad enhet</source>
        <translation>Choose another database file, e.g. the unit&apos;s file on a shared drive</translation>
    </message>
    <message>
        <source>Välj databas</source>
        <translation>Choose database</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Vecka {number} · {span}</source>
        <translation>Week {number} · {span}</translation>
    </message>
</context>
<context>
    <name>DbProblemDialog</name>
    <message>
        <source>Databasen är skrivskyddad: du kan läsa och skriva ut, men inte spara ändringar. Be IT om skrivbehörighet för att kunna logga resor.</source>
        <translation>The database is read-only: you can read and print, but not save changes. Ask IT for write access to log trips.</translation>
    </message>
    <message>
        <source>Resebok-databas (*.sqlite *.db);;Alla filer (*)</source>
        <translation>Resebok database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>Det finns %n säkerhetskopior av databasen; den senaste är från {when}.</source>
        <translation>
            <numerusform>There is %n backup of the database; it is from {when}.</numerusform>
            <numerusform>There are %n backups of the database; the latest is from {when}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Det finns ingen säkerhetskopia av den här databasen på den här datorn.</source>
        <translation>There is no backup of this database on this computer.</translation>
    </message>
    <message>
        <source>Öppna &amp;skrivskyddad</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <source>&amp;Försök igen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>&amp;Återställ säkerhetskopia…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <source>Öppna en &amp;annan databas…</source>
        <translation>Open &amp;another database…</translation>
    </message>
    <message>
        <source>A&amp;vsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Öppna en annan databas</source>
        <translation>Open another database</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Demon</source>
        <translation>The demo</translation>
    </message>
    <message>
        <source>En påhittad kommun med resor från 2019 till i dag.</source>
        <translation>A made-up municipality with trips from 2019 until today.</translation>
    </message>
    <message>
        <source>Demon finns redan och öppnas från&lt;br&gt;&lt;tt&gt;{path}&lt;/tt&gt;.</source>
        <translation>The demo already exists and opens from&lt;br&gt;&lt;tt&gt;{path}&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Demon byggs när du klickar Slutför; det tar några sekunder. Den sparas i en egen fil,&lt;br&gt;&lt;tt&gt;{path}&lt;/tt&gt;.</source>
        <translation>The demo is built when you click Finish; it takes a few seconds. It is saved in a file of its own,&lt;br&gt;&lt;tt&gt;{path}&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Allt i demon är påhittat. Den riktiga databasen påverkas inte. När du vill börja på riktigt väljer du databas och vem du är under Arkiv → Inställningar.</source>
        <translation>Everything in the demo is made up. The real database is not affected. When you want to start for real, choose the database and who you are under File → Settings.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Dina uppgifter</source>
        <translation>Your details</translation>
    </message>
    <message>
        <source>Du läggs till som anställd i databasen när du klickar Slutför.</source>
        <translation>You are added as an employee in the database when you click Finish.</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Resor i egen bil – {unit}</source>
        <translation>Own-car trips – {unit}</translation>
    </message>
    <message numerus="yes">
        <source>{count} resor</source>
        <translation>
            <numerusform>{count} trip</numerusform>
            <numerusform>{count} trips</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{unit}&lt;/b&gt; och enheterna under den: {trips} i egen bil, {period}.</source>
        <translation>&lt;b&gt;{unit}&lt;/b&gt; and the units below it: {trips} by own car, {period}.</translation>
    </message>
    <message>
        <source>Det finns inga resor att visa för perioden.</source>
        <translation>There are no trips to show for the period.</translation>
    </message>
    <message>
        <source>Beloppet kommer från reseräkningen; för resor som inte finns på någon reseräkning är det beräknat med ersättningsnivån som gällde på resdagen.</source>
        <translation>The amount comes from the claim; for trips that are on no claim it is calculated with the rate valid on the day of the trip.</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>EmployeePicker</name>
    <message>
        <source>Sök på namn, anställningsnummer eller enhet</source>
        <translation>Search by name, employee number or unit</translation>
    </message>
    <message>
        <source>Databasfilen finns inte ännu, så listan är tom.</source>
        <translation>The database file does not exist yet, so the list is empty.</translation>
    </message>
    <message>
        <source>Det finns inga anställda i databasen ännu.</source>
        <translation>There are no employees in the database yet.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;Hela året</source>
        <translation>&amp;Whole year</translation>
    </message>
    <message>
        <source>Period från</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period till</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Brytdag</source>
        <translation>Cut-off day</translation>
    </message>
    <message>
        <source>Indikatorns utfall och rapporten räknas från 1 januari till och med brytdagen, t.ex. 31 augusti vid delårsbokslutet.</source>
        <translation>The indicator&apos;s outcome and the report count from 1 January up to and including the cut-off day, e.g. 31 August for the interim accounts.</translation>
    </message>
    <message>
        <source>Omfattning</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Räkna resor</source>
        <translation>Count trips</translation>
    </message>
    <message>
        <source>Efter utbetalningsdag räknas en resa i december som betalas i januari till januari (som indikatorn); efter resdatum till december.</source>
        <translation>By payment date, a trip in December paid in January counts in January (as the indicator does); by trip date, in December.</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Omfattning:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>Räkna &amp;resor:</source>
        <translation>Count &amp;trips:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>&amp;från</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <source>&amp;till</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>&amp;Brytdag:</source>
        <translation>&amp;Cut-off day:</translation>
    </message>
    <message>
        <source>Från-datumet ({first}) ligger efter till-datumet ({last}).</source>
        <translation>The from date ({first}) is after the to date ({last}).</translation>
    </message>
    <message>
        <source>Brytdagen ska ligga i {year} (t.ex. {example}).</source>
        <translation>The cut-off day must be in {year} (e.g. {example}).</translation>
    </message>
    <message>
        <source>Sök resväg eller syfte</source>
        <translation>Search route or purpose</translation>
    </message>
    <message>
        <source>&amp;Månad:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;Enhet:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Anställd:</source>
        <translation>&amp;Employee:</translation>
    </message>
    <message>
        <source>Alla år</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Hela året</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>Alla enheter</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Alla anställda</source>
        <translation>All employees</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>{app} – kom igång</source>
        <translation>{app} – getting started</translation>
    </message>
    <message>
        <source>&lt; &amp;Tillbaka</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Nästa &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Slutför</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{problem} Svara på frågorna igen.</source>
        <translation>{problem} Please answer the questions again.</translation>
    </message>
    <message>
        <source>Det gick inte att spara:
{error}

Inget har sparats. Försök igen eller välj en annan databas.</source>
        <translation>Saving failed:
{error}

Nothing has been saved. Try again or choose another database.</translation>
    </message>
    <message>
        <source>Bygger demon …</source>
        <translation>Building the demo …</translation>
    </message>
    <message>
        <source>Markera ditt namn i listan.</source>
        <translation>Select your name in the list.</translation>
    </message>
</context>
<context>
    <name>FleetChart</name>
    <message>
        <source>Andel som N kommunbilar tar över</source>
        <translation>Share that N pool cars take over</translation>
    </message>
    <message>
        <source>Andel som N kommunbilar tar över – {unit}, {period}</source>
        <translation>Share that N pool cars take over – {unit}, {period}</translation>
    </message>
    <message>
        <source>Antal kommunbilar (N)</source>
        <translation>Number of pool cars (N)</translation>
    </message>
    <message>
        <source>Andel km</source>
        <translation>Share of km</translation>
    </message>
    <message>
        <source>Andel resor</source>
        <translation>Share of trips</translation>
    </message>
    <message>
        <source>Andel dagar</source>
        <translation>Share of days</translation>
    </message>
    <message>
        <source>Täckning {percent} %</source>
        <translation>Coverage {percent} %</translation>
    </message>
    <message numerus="yes">
        <source>Förslag: %n bilar</source>
        <translation>
            <numerusform>Suggestion: %n car</numerusform>
            <numerusform>Suggestion: %n cars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetNeedPage</name>
    <message>
        <source>Bilar</source>
        <translation>Cars</translation>
    </message>
    <message>
        <source>Andel km</source>
        <translation>Share of km</translation>
    </message>
    <message>
        <source>Andel resor</source>
        <translation>Share of trips</translation>
    </message>
    <message>
        <source>Andel dagar</source>
        <translation>Share of days</translation>
    </message>
    <message>
        <source>Km/bil och år</source>
        <translation>Km/car and year</translation>
    </message>
    <message>
        <source>Netto/år</source>
        <translation>Net/year</translation>
    </message>
    <message>
        <source>Beräkningen avbröts.</source>
        <translation>The calculation was cancelled.</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Från och med</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till och med</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Täckning, andel av dagarna</source>
        <translation>Coverage, share of the days</translation>
    </message>
    <message>
        <source>Bilarna ska räcka så här stor andel av dagarna med resor</source>
        <translation>The cars should suffice on this share of the days with trips</translation>
    </message>
    <message>
        <source>Berä&amp;kna</source>
        <translation>Cal&amp;culate</translation>
    </message>
    <message>
        <source>från enhetens resor</source>
        <translation>from the unit&apos;s trips</translation>
    </message>
    <message>
        <source>Arbetsdagen börjar</source>
        <translation>The working day starts</translation>
    </message>
    <message>
        <source>Arbetsdagen slutar</source>
        <translation>The working day ends</translation>
    </message>
    <message>
        <source>Räkna &amp;även resor hemifrån</source>
        <translation>Also count trips from &amp;home</translation>
    </message>
    <message>
        <source>En kommunbil står vid arbetsplatsen; resor som börjar hemma räknas annars inte</source>
        <translation>A pool car stands at the workplace; trips that start at home are otherwise not counted</translation>
    </message>
    <message>
        <source>Ta med i rapporten</source>
        <translation>Include in the report</translation>
    </message>
    <message>
        <source>Kontrollantens rapport får ett avsnitt om enhetens behov</source>
        <translation>The controller&apos;s report gets a section on the unit&apos;s need</translation>
    </message>
    <message>
        <source>Enhet:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Fr&amp;ån:</source>
        <translation>Fr&amp;om:</translation>
    </message>
    <message>
        <source>Ti&amp;ll:</source>
        <translation>Unti&amp;l:</translation>
    </message>
    <message>
        <source>Tä&amp;ckning:</source>
        <translation>Co&amp;verage:</translation>
    </message>
    <message>
        <source>Me&amp;delhastighet:</source>
        <translation>Average spee&amp;d:</translation>
    </message>
    <message>
        <source>Tid per &amp;stopp:</source>
        <translation>Time per &amp;stop:</translation>
    </message>
    <message>
        <source>A&amp;rbetsdagen:</source>
        <translation>Wo&amp;rking day:</translation>
    </message>
    <message>
        <source>Resor utan tider får en tid från sina km och stopp och läggs inom arbetsdagen.</source>
        <translation>Trips without times get a time from their km and stops and are placed within the working day.</translation>
    </message>
    <message>
        <source>Enhet och period</source>
        <translation>Unit and period</translation>
    </message>
    <message>
        <source>Välj enhet och period och tryck på Beräkna.</source>
        <translation>Choose a unit and a period and press Calculate.</translation>
    </message>
    <message>
        <source>Dubbelklicka på en rad för att räkna på det antalet bilar nedan. Netto per år: sparad ersättning minus bilarnas kostnad med kostnaderna i formuläret.</source>
        <translation>Double-click a row to try that number of cars below. Net per year: the allowance saved minus the cars&apos; cost with the costs in the form.</translation>
    </message>
    <message>
        <source>bilar</source>
        <translation>cars</translation>
    </message>
    <message>
        <source>Bilarna finns från</source>
        <translation>The cars are available from</translation>
    </message>
    <message>
        <source>Kostnad per bil och år, kronor</source>
        <translation>Cost per car and year, kronor</translation>
    </message>
    <message>
        <source>Körkostnad per km, kronor</source>
        <translation>Running cost per km, kronor</translation>
    </message>
    <message>
        <source>Prognosens brytdag</source>
        <translation>The forecast&apos;s cut-off day</translation>
    </message>
    <message>
        <source>&amp;Pröva förslaget</source>
        <translation>&amp;Try the suggestion</translation>
    </message>
    <message>
        <source>Antal kommunbilar:</source>
        <translation>Number of pool cars:</translation>
    </message>
    <message>
        <source>Från och med:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Kostnad per bil och år (kr):</source>
        <translation>Cost per car and year (kr):</translation>
    </message>
    <message>
        <source>Körkostnad per km (kr):</source>
        <translation>Running cost per km (kr):</translation>
    </message>
    <message>
        <source>Bilarnas dri&amp;vmedel:</source>
        <translation>The cars&apos; f&amp;uel:</translation>
    </message>
    <message>
        <source>Prognosens brytdag:</source>
        <translation>The forecast&apos;s cut-off day:</translation>
    </message>
    <message>
        <source>Utbetalda km</source>
        <translation>Paid km</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Med bilarna</source>
        <translation>With the cars</translation>
    </message>
    <message>
        <source>Räkna ut behovet först; resultatet visas här bredvid dagens prognos.</source>
        <translation>Calculate the need first; the result is shown here beside today&apos;s forecast.</translation>
    </message>
    <message>
        <source>Tänk om enheten hade kommunbilar</source>
        <translation>What if the unit had pool cars</translation>
    </message>
    <message>
        <source>Välj en enhet.</source>
        <translation>Choose a unit.</translation>
    </message>
    <message>
        <source>Tryck på &lt;b&gt;Pröva förslaget&lt;/b&gt; för att se vad {cars} kommunbilar hade betytt för prognosen, ersättningen, utsläppen och kostnaden.</source>
        <translation>Press &lt;b&gt;Try the suggestion&lt;/b&gt; to see what {cars} pool cars would have meant for the forecast, the allowance, the emissions and the cost.</translation>
    </message>
    <message>
        <source>{unit} har inga resor i egen bil under {period}.</source>
        <translation>{unit} has no own-car trips during {period}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{cars} kommunbilar&lt;/b&gt; hade räckt för {unit} {coverage} % av de {days} dagarna med resor i egen bil under {period} (som mest {peak} samtidigt). De hade tagit {share_km} av kilometrarna och {share_trips} av resorna.</source>
        <translation>&lt;b&gt;{cars} pool cars&lt;/b&gt; would have sufficed for {unit} on {coverage} % of the {days} days with own-car trips during {period} (at most {peak} at the same time). They would have taken {share_km} of the kilometres and {share_trips} of the trips.</translation>
    </message>
    <message>
        <source>{minutes} min per stopp</source>
        <translation>{minutes} min per stop</translation>
    </message>
    <message>
        <source>(uppskattad från enhetens resor)</source>
        <translation>(estimated from the unit&apos;s trips)</translation>
    </message>
    <message>
        <source>{trips} resor, {km} km. {estimated} resor saknade tider och fick en uppskattad tid ({speed} km/h, {stop}).</source>
        <translation>{trips} trips, {km} km. {estimated} trips had no times and got an estimated time ({speed} km/h, {stop}).</translation>
    </message>
    <message>
        <source>{count} fick inte plats bredvid den anställdas andra resor.</source>
        <translation>{count} did not fit beside the employee&apos;s other trips.</translation>
    </message>
    <message>
        <source>{from_home} resor hemifrån och {commuting} pendlingsresor ingår inte.</source>
        <translation>{from_home} trips from home and {commuting} commuting trips are not included.</translation>
    </message>
    <message>
        <source>Rekommenderat antal för den valda täckningen</source>
        <translation>Recommended number for the chosen coverage</translation>
    </message>
    <message>
        <source>Kostnaden: {error}</source>
        <translation>The cost: {error}</translation>
    </message>
    <message>
        <source>Prognos {year} (brytdag {cutoff})</source>
        <translation>Forecast {year} (cut-off {cutoff})</translation>
    </message>
    <message>
        <source>Antagande {year}</source>
        <translation>Assumption {year}</translation>
    </message>
    <message>
        <source>Mål {year}</source>
        <translation>Target {year}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Med {cars} bilar från {date}&lt;/b&gt; hade {trips} resor i egen bil ({km} km) under perioden gjorts med kommunbil: {allowance} i ersättning och {co2} kg CO₂ mindre.</source>
        <translation>&lt;b&gt;With {cars} cars from {date}&lt;/b&gt;, {trips} own-car trips ({km} km) in the period would have been made by pool car: {allowance} less allowance and {co2} kg less CO₂.</translation>
    </message>
    <message>
        <source>{count} resor saknade ersättningsnivå.</source>
        <translation>{count} trips had no rate.</translation>
    </message>
</context>
<context>
    <name>FleetPage</name>
    <message>
        <source>Registreringsnummer</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Modell</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Drivmedel</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>(ingen station)</source>
        <translation>(no station)</translation>
    </message>
    <message>
        <source>&amp;Lägg till…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Ä&amp;ndra…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>&amp;Ta bort</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Kommunbilarna som föreslås före egen bil. En bil föreslås när den är ledig och står nära resans start (eller, från hemmet, när omvägen att hämta den är liten).</source>
        <translation>The pool cars offered before the own car. A car is offered when it is free and stands near the start of the trip (or, from home, when the detour to fetch it is small).</translation>
    </message>
    <message numerus="yes">
        <source>%n bilar</source>
        <translation>
            <numerusform>%n car</numerusform>
            <numerusform>%n cars</numerusform>
        </translation>
    </message>
    <message>
        <source>Ta bort kommunbil</source>
        <translation>Remove pool car</translation>
    </message>
    <message>
        <source>Ta bort {registration} ({model}) ur fordonsregistret?</source>
        <translation>Remove {registration} ({model}) from the vehicle register?</translation>
    </message>
</context>
<context>
    <name>GreenPage</name>
    <message>
        <source>Skäl för egen bil</source>
        <translation>Reason for own car</translation>
    </message>
    <message>
        <source>Antal resor</source>
        <translation>Trips</translation>
    </message>
    <message>
        <source>Andel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Inga val av färdsätt har registrerats i {where} under {period}: ingen har planerat en resa med Resebokens gröna förslag, så det finns inga skäl för egen bil att visa. Skälen registreras när en anställd väljer egen bil trots att ett grönare alternativ erbjöds.</source>
        <translation>No choices of travel mode have been recorded in {where} during {period}: nobody has planned a trip with Resebok&apos;s green suggestions, so there are no reasons for the own car to show. The reasons are recorded when an employee chooses the own car although a greener alternative was offered.</translation>
    </message>
    <message>
        <source>S&amp;käl inom:</source>
        <translation>&amp;Reasons within:</translation>
    </message>
    <message>
        <source>Hela {scope}</source>
        <translation>All of {scope}</translation>
    </message>
    <message>
        <source>{prompts} planerade resor fick förslag på gröna alternativ; {taken} ({share}) gjordes på annat sätt än med egen bil. Det undvek {km} i egen bil och {co2} kg CO₂.</source>
        <translation>{prompts} planned trips were offered green alternatives; {taken} ({share}) were made otherwise than by own car. That avoided {km} by own car and {co2} kg CO₂.</translation>
    </message>
    <message numerus="yes">
        <source>{count} resor ersattes av digitala möten.</source>
        <translation>
            <numerusform>{count} trip was replaced by a digital meeting.</numerusform>
            <numerusform>{count} trips were replaced by digital meetings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} av resorna loggades först efter att de gjorts, när förslagen inte längre kunde väljas.</source>
        <translation>
            <numerusform>{count} of the trips was logged only after it was made, when the suggestions could no longer be chosen.</numerusform>
            <numerusform>{count} of the trips were logged only after they were made, when the suggestions could no longer be chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GreenPrompt</name>
    <message>
        <source>ingen resa</source>
        <translation>no travel</translation>
    </message>
    <message>
        <source>restid okänd</source>
        <translation>travel time unknown</translation>
    </message>
    <message>
        <source>ca {minutes} min dit</source>
        <translation>about {minutes} min there</translation>
    </message>
    <message>
        <source>Innan du tar egen bil</source>
        <translation>Before you take your own car</translation>
    </message>
    <message>
        <source>Egen bil – anledning</source>
        <translation>Own car – reason</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resan är redan gjord – varför blev det egen bil?&lt;/b&gt;</source>
        <translation>&lt;b&gt;The trip has been made – why the own car?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Finns det ett grönare sätt att göra resan?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Is there a greener way to make the trip?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Alternativen nedan visas som underlag till nästa gång. Åkte du på annat sätt, gå tillbaka och ändra färdsättet i resan.</source>
        <translation>The alternatives below are shown for next time. If you travelled another way, go back and change the mode of the trip.</translation>
    </message>
    <message>
        <source>Jag behöver bära &amp;utrustning/material</source>
        <translation>I need to carry &amp;equipment/material</translation>
    </message>
    <message>
        <source>Brådskande (s&amp;kyndsamhetskrav)</source>
        <translation>&amp;Urgent</translation>
    </message>
    <message>
        <source>Tangent {key}</source>
        <translation>Key {key}</translation>
    </message>
    <message>
        <source>Beskriv varför egen bil behövs</source>
        <translation>Describe why the own car is needed</translation>
    </message>
    <message>
        <source>Be&amp;skriv:</source>
        <translation>De&amp;scribe:</translation>
    </message>
    <message>
        <source>Egen bil kräver chefens godkännande före resan: en förfrågan skickas när du behåller egen bil.</source>
        <translation>The own car needs the manager&apos;s approval before the trip: a request is sent when you keep the own car.</translation>
    </message>
    <message>
        <source>Kräver en anledning</source>
        <translation>Needs a reason</translation>
    </message>
    <message>
        <source>Varför behövs egen bil? Välj med siffertangenterna 1–{last} eller musen.</source>
        <translation>Why is the own car needed? Choose with the number keys 1–{last} or the mouse.</translation>
    </message>
    <message>
        <source>Behåll &amp;egen bil</source>
        <translation>Keep &amp;own car</translation>
    </message>
    <message>
        <source>&amp;Tillbaka till resan</source>
        <translation>&amp;Back to the trip</translation>
    </message>
    <message>
        <source>Ingenting sparas (Esc)</source>
        <translation>Nothing is saved (Esc)</translation>
    </message>
    <message>
        <source>Ingen starttid angiven – räknar med att resan börjar {time}.</source>
        <translation>No start time given – assuming the trip starts at {time}.</translation>
    </message>
    <message>
        <source>Alternativen kunde inte bedömas: {error} Gå tillbaka till resan och rätta den.</source>
        <translation>The alternatives could not be assessed: {error} Go back to the trip and correct it.</translation>
    </message>
    <message>
        <source>Resan är redan gjord.</source>
        <translation>The trip has already been made.</translation>
    </message>
    <message>
        <source>Resan är redan loggad. Ta bort den i reselistan om den ersattes av ett digitalt möte.</source>
        <translation>The trip is already logged. Delete it in the trip list if it was replaced by a digital meeting.</translation>
    </message>
    <message>
        <source>Avståndet är okänt: tid, kostnad och CO₂ kan inte beräknas</source>
        <translation>The distance is unknown: time, cost and CO₂ cannot be calculated</translation>
    </message>
    <message>
        <source>Samåkning: ingen kollega har en resa till samma mål den dagen.</source>
        <translation>Car sharing: no colleague has a trip to the same destination that day.</translation>
    </message>
    <message>
        <source>och {count} till</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <source>Samåkning samma dag</source>
        <translation>Car sharing the same day</translation>
    </message>
    <message>
        <source>Förslag utifrån alternativen: {reason}.</source>
        <translation>Suggested from the alternatives: {reason}.</translation>
    </message>
    <message>
        <source>Förvalt: samma anledning som förra gången på den här sträckan.</source>
        <translation>Preselected: the same reason as last time on this route.</translation>
    </message>
    <message>
        <source>Digitalt möte registrerat – {km} km undviken.</source>
        <translation>Digital meeting recorded – {km} km avoided.</translation>
    </message>
    <message>
        <source>Kommunbilen kunde inte bokas: {error} Ingenting har sparats.</source>
        <translation>The pool car could not be booked: {error} Nothing has been saved.</translation>
    </message>
    <message>
        <source>{error} Ingenting har sparats.</source>
        <translation>{error} Nothing has been saved.</translation>
    </message>
    <message>
        <source>Resan kunde inte sparas: {problems}</source>
        <translation>The trip could not be saved: {problems}</translation>
    </message>
    <message>
        <source>Valet kunde inte sparas; resan finns kvar i fönstret, så att du kan försöka igen.</source>
        <translation>The choice could not be saved; the trip is still in the window, so that you can try again.</translation>
    </message>
    <message>
        <source>Resan är sparad med egen bil.</source>
        <translation>The trip is saved with the own car.</translation>
    </message>
    <message>
        <source>En förfrågan om godkännande har skickats till chefen.</source>
        <translation>A request for approval has been sent to the manager.</translation>
    </message>
    <message>
        <source>Kommunbil {registration} bokad {window} – {km} km med egen bil undviken.</source>
        <translation>Pool car {registration} booked {window} – {km} km by own car avoided.</translation>
    </message>
    <message>
        <source>Resan är sparad som {mode} – {km} km med egen bil undviken.</source>
        <translation>The trip is saved as {mode} – {km} km by own car avoided.</translation>
    </message>
</context>
<context>
    <name>GreenSettingsPage</name>
    <message>
        <source>per fordonskm</source>
        <translation>per vehicle-km</translation>
    </message>
    <message>
        <source>per personkm</source>
        <translation>per passenger-km</translation>
    </message>
    <message>
        <source>Gång eller cykel upp till</source>
        <translation>Walk or cycle up to</translation>
    </message>
    <message>
        <source>km enkel väg</source>
        <translation>km one way</translation>
    </message>
    <message>
        <source>Gångavstånd till hållplats</source>
        <translation>Walking distance to a stop</translation>
    </message>
    <message>
        <source>Kollektivtrafik: högst extra restid</source>
        <translation>Public transport: most extra travel time</translation>
    </message>
    <message>
        <source>Minsta bytestid</source>
        <translation>Shortest transfer time</translation>
    </message>
    <message>
        <source>Sök förbindelser inom</source>
        <translation>Search connections within</translation>
    </message>
    <message>
        <source>Biljettpris, enkel resa</source>
        <translation>Ticket price, single journey</translation>
    </message>
    <message>
        <source>Kommunbil: högst avstånd till bilens station</source>
        <translation>Pool car: longest distance to the car&apos;s station</translation>
    </message>
    <message>
        <source>Kommunbil från hemmet: största omväg</source>
        <translation>Pool car from home: largest detour</translation>
    </message>
    <message>
        <source>Medelhastighet med bil</source>
        <translation>Average speed by car</translation>
    </message>
    <message>
        <source>Medelhastighet med cykel</source>
        <translation>Average speed by bicycle</translation>
    </message>
    <message>
        <source>Gånghastighet</source>
        <translation>Walking speed</translation>
    </message>
    <message>
        <source>Tid på plats när sluttid saknas</source>
        <translation>Time on site when the end time is missing</translation>
    </message>
    <message>
        <source>Kostnad egen bil (utan ersättningsnivå)</source>
        <translation>Cost of own car (without a rate)</translation>
    </message>
    <message>
        <source>Kostnad kommunbil</source>
        <translation>Cost of pool car</translation>
    </message>
    <message>
        <source>Trösklar och antaganden</source>
        <translation>Thresholds and assumptions</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>&amp;Spara trösklar</source>
        <translation>&amp;Save thresholds</translation>
    </message>
    <message>
        <source>Återställ &amp;standard</source>
        <translation>Restore &amp;defaults</translation>
    </message>
    <message>
        <source>Trösklarna är sparade.</source>
        <translation>The thresholds are saved.</translation>
    </message>
    <message>
        <source>Återställ standard</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>Sätta alla trösklar till standardvärdena?</source>
        <translation>Set all thresholds to their default values?</translation>
    </message>
    <message>
        <source>Trösklarna har standardvärdena igen.</source>
        <translation>The thresholds have their default values again.</translation>
    </message>
    <message>
        <source>Utsläppsfaktorer (CO₂)</source>
        <translation>Emission factors (CO₂)</translation>
    </message>
    <message>
        <source>Faktor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>g CO₂/km</source>
        <translation>g CO₂/km</translation>
    </message>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>t.ex. klimatresa.se, Trafikverket …</source>
        <translation>e.g. klimatresa.se, Trafikverket …</translation>
    </message>
    <message>
        <source>Vald faktor:</source>
        <translation>Selected factor:</translation>
    </message>
    <message>
        <source>&amp;Utsläpp:</source>
        <translation>&amp;Emissions:</translation>
    </message>
    <message>
        <source>&amp;Källa:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Å&amp;r:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Spara &amp;faktor</source>
        <translation>Save &amp;factor</translation>
    </message>
    <message>
        <source>Återställ faktorn till standar&amp;d</source>
        <translation>Restore the factor&apos;s &amp;default</translation>
    </message>
    <message>
        <source>{factor}: sparad.</source>
        <translation>{factor}: saved.</translation>
    </message>
    <message>
        <source>{factor}: standardvärdet {grams} g ({source}, {year}).</source>
        <translation>{factor}: the default {grams} g ({source}, {year}).</translation>
    </message>
</context>
<context>
    <name>GtfsPage</name>
    <message>
        <source>Kollektivtrafiken föreslås utifrån en tidtabell i GTFS-format: den zip-fil som länets trafikhuvudman publicerar (för Örebro län via Trafiklab). En ny import ersätter den gamla först när hela filen har lästs in utan fel.</source>
        <translation>Public transport is suggested from a timetable in GTFS format: the zip file that the county&apos;s transport authority publishes (for Örebro County via Trafiklab). A new import replaces the old one only once the whole file has been read without errors.</translation>
    </message>
    <message>
        <source>&amp;Importera GTFS-fil…</source>
        <translation>&amp;Import GTFS file…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ingen tidtabell är importerad.&lt;/b&gt;&lt;br&gt;Utan tidtabell kan kollektivtrafik inte föreslås före en resa med egen bil.</source>
        <translation>&lt;b&gt;No timetable is imported.&lt;/b&gt;&lt;br&gt;Without a timetable, public transport cannot be suggested before an own-car trip.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Importerad tidtabell:&lt;/b&gt; {file} (importerad {when})&lt;br&gt;{description}</source>
        <translation>&lt;b&gt;Imported timetable:&lt;/b&gt; {file} (imported {when})&lt;br&gt;{description}</translation>
    </message>
    <message>
        <source>Välj GTFS-fil</source>
        <translation>Choose a GTFS file</translation>
    </message>
    <message>
        <source>GTFS-tidtabeller (*.zip);;Alla filer (*)</source>
        <translation>GTFS timetables (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Importerar tidtabellen …</source>
        <translation>Importing the timetable …</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kollektivtrafik</source>
        <translation>Public transport</translation>
    </message>
    <message>
        <source>Filen kunde inte läsas: {error}</source>
        <translation>The file could not be read: {error}</translation>
    </message>
    <message>
        <source>Tidtabellen {file} är importerad.</source>
        <translation>The timetable {file} is imported.</translation>
    </message>
    <message>
        <source>Den tidigare tidtabellen finns kvar.</source>
        <translation>The previous timetable is kept.</translation>
    </message>
    <message>
        <source>Tidtabellen importerades inte: {reason}</source>
        <translation>The timetable was not imported: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>Databasen kunde inte öppnas: {error}</source>
        <translation>The database could not be opened: {error}</translation>
    </message>
    <message>
        <source>Filen kunde inte läsas: {error}</source>
        <translation>The file could not be read: {error}</translation>
    </message>
    <message>
        <source>Tidtabellen kunde inte sparas i databasen: {error}</source>
        <translation>The timetable could not be saved in the database: {error}</translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Utbetalt</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Ackumulerat</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>Prognos</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Ange målet som ett antal kilometer, t.ex. 70 000.</source>
        <translation>Enter the target as a number of kilometres, e.g. 70,000.</translation>
    </message>
    <message>
        <source>Målet kan inte vara negativt: ange 0 km eller mer.</source>
        <translation>The target cannot be negative: enter 0 km or more.</translation>
    </message>
    <message>
        <source>Utbetald kilometerersättning</source>
        <translation>Paid mileage allowance</translation>
    </message>
    <message>
        <source>Utfall:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Utbetalda km per månad till brytdagen, och prognosens väg efter den (ackumulerat)</source>
        <translation>Paid km per month up to the cut-off day, and the forecast&apos;s path after it (cumulative)</translation>
    </message>
    <message>
        <source>Mål för helåret:</source>
        <translation>Target for the full year:</translation>
    </message>
    <message>
        <source>Prognos för helåret:</source>
        <translation>Forecast for the full year:</translation>
    </message>
    <message>
        <source>Prognos mot målet:</source>
        <translation>Forecast against the target:</translation>
    </message>
    <message>
        <source>t.ex. {km}</source>
        <translation>e.g. {km}</translation>
    </message>
    <message>
        <source>Nytt mål i km</source>
        <translation>New target in km</translation>
    </message>
    <message>
        <source>Spara mål</source>
        <translation>Save target</translation>
    </message>
    <message>
        <source>Nytt må&amp;l (km):</source>
        <translation>New tar&amp;get (km):</translation>
    </message>
    <message>
        <source>Utbetald kilometerersättning {year}</source>
        <translation>Paid mileage allowance {year}</translation>
    </message>
    <message>
        <source>{scope}: utbetalda km i egen bil, räknade efter utbetalningsdag. Lägre är bättre.</source>
        <translation>{scope}: paid own-car km, counted by payment date. Lower is better.</translation>
    </message>
    <message>
        <source>inget mål</source>
        <translation>no target</translation>
    </message>
    <message>
        <source>Utfall {first}–{last}:</source>
        <translation>Outcome {first}–{last}:</translation>
    </message>
    <message>
        <source>Inget mål satt för året – ange ett nedan</source>
        <translation>No target set for the year – enter one below</translation>
    </message>
    <message>
        <source>Inga utbetalda km {year} att jämföra med.</source>
        <translation>No paid km in {year} to compare with.</translation>
    </message>
    <message>
        <source>{year}: {km} för helåret, {to_date} till {day}.</source>
        <translation>{year}: {km} for the full year, {to_date} to {day}.</translation>
    </message>
    <message>
        <source>{year}: {km} för helåret.</source>
        <translation>{year}: {km} for the full year.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Egen bil</source>
        <translation>Own car</translation>
    </message>
    <message>
        <source>Kommunbil</source>
        <translation>Pool car</translation>
    </message>
    <message>
        <source>Kollektivtrafik</source>
        <translation>Public transport</translation>
    </message>
    <message>
        <source>Gång/cykel</source>
        <translation>Walking/cycling</translation>
    </message>
    <message>
        <source>Digitalt möte</source>
        <translation>Digital meeting</translation>
    </message>
    <message>
        <source>Möte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Konferens/utbildning</source>
        <translation>Conference/training</translation>
    </message>
    <message>
        <source>Arbete på plats</source>
        <translation>On-site work</translation>
    </message>
    <message>
        <source>Hämtning av handlingar</source>
        <translation>Collecting documents</translation>
    </message>
    <message>
        <source>Hembesök</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Övrigt</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Inskickad</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Attesterad</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Utbetald</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Skapad</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Skickad tillbaka</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>Öppnad igen</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Borttagen</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Resa ändrad</source>
        <translation>Trip changed</translation>
    </message>
    <message>
        <source>Exporterad igen</source>
        <translation>Exported again</translation>
    </message>
    <message>
        <source>utkast</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>inskickad</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>attesterad</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>utbetald</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>Skattefri ersättning (Skatteverket)</source>
        <translation>Tax-free allowance (Tax Agency)</translation>
    </message>
    <message>
        <source>Arbetsgivarens ersättning (avtal)</source>
        <translation>Employer&apos;s allowance (agreement)</translation>
    </message>
    <message>
        <source>Anställd</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Attestant</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>ingen kommunbil ledig</source>
        <translation>no pool car available</translation>
    </message>
    <message>
        <source>omväg för att hämta kommunbil</source>
        <translation>detour to fetch a pool car</translation>
    </message>
    <message>
        <source>utrustning eller material att bära</source>
        <translation>equipment or material to carry</translation>
    </message>
    <message>
        <source>skyndsamhetskrav</source>
        <translation>urgency</translation>
    </message>
    <message>
        <source>ingen kollektivtrafik vid den tiden</source>
        <translation>no public transport at that time</translation>
    </message>
    <message>
        <source>fysisk närvaro krävs</source>
        <translation>physical presence required</translation>
    </message>
    <message>
        <source>annat</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Väntar på godkännande</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Godkänd</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Nekad</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Daglig</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Manuell</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Före återställning</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>Målet nås</source>
        <translation>Target met</translation>
    </message>
    <message>
        <source>Målet nås inte</source>
        <translation>Target not met</translation>
    </message>
    <message>
        <source>efter resdatum</source>
        <translation>by trip date</translation>
    </message>
    <message>
        <source>efter utbetalningsdag</source>
        <translation>by payment date</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Nämnd</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Förvaltning</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>bensin</source>
        <translation>petrol</translation>
    </message>
    <message>
        <source>diesel</source>
        <translation>diesel</translation>
    </message>
    <message>
        <source>HVO</source>
        <translation>HVO</translation>
    </message>
    <message>
        <source>biogas</source>
        <translation>biogas</translation>
    </message>
    <message>
        <source>el</source>
        <translation>electric</translation>
    </message>
    <message>
        <source>Bensin</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <source>Diesel</source>
        <translation>Diesel</translation>
    </message>
    <message>
        <source>Biogas</source>
        <translation>Biogas</translation>
    </message>
    <message>
        <source>El (nordisk elmix)</source>
        <translation>Electric (Nordic mix)</translation>
    </message>
    <message>
        <source>Tåg (Sverige)</source>
        <translation>Train (Sweden)</translation>
    </message>
    <message>
        <source>Buss</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>El</source>
        <translation>Electric</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>resväg</source>
        <translation>route</translation>
    </message>
    <message>
        <source>ändamål</source>
        <translation>purpose</translation>
    </message>
    <message>
        <source>ändamålskategori</source>
        <translation>purpose category</translation>
    </message>
    <message>
        <source>mätarställning vid avfärd</source>
        <translation>odometer at departure</translation>
    </message>
    <message>
        <source>mätarställning vid ankomst</source>
        <translation>odometer at arrival</translation>
    </message>
    <message>
        <source>enhet</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>medlemsorganisation</source>
        <translation>member organisation</translation>
    </message>
    <message>
        <source>fordon</source>
        <translation>vehicle</translation>
    </message>
    <message>
        <source>passagerare</source>
        <translation>passengers</translation>
    </message>
    <message>
        <source>starttid</source>
        <translation>start time</translation>
    </message>
    <message>
        <source>sluttid</source>
        <translation>end time</translation>
    </message>
    <message>
        <source>började hemma</source>
        <translation>started at home</translation>
    </message>
    <message>
        <source>belopp (öre)</source>
        <translation>amount (öre)</translation>
    </message>
    <message>
        <source>Övriga</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Resor</source>
        <translation>Trips</translation>
    </message>
    <message>
        <source>Körda km</source>
        <translation>Km driven</translation>
    </message>
    <message>
        <source>Ersatta km</source>
        <translation>Km reimbursed</translation>
    </message>
    <message>
        <source>Ersättning (kr)</source>
        <translation>Allowance (kr)</translation>
    </message>
    <message>
        <source>Skattefritt (kr)</source>
        <translation>Tax-free (kr)</translation>
    </message>
    <message>
        <source>Skattepliktigt (kr)</source>
        <translation>Taxable (kr)</translation>
    </message>
    <message>
        <source>CO₂ (kg)</source>
        <translation>CO₂ (kg)</translation>
    </message>
    <message>
        <source>Andel av totalen</source>
        <translation>Share of total</translation>
    </message>
    <message>
        <source>Andel av nämnden</source>
        <translation>Share of committee</translation>
    </message>
    <message>
        <source>Databasen ligger på en nätverksenhet. Det fungerar när en person i taget använder den, men om flera arbetar i samma fil samtidigt kan ändringar gå förlorade eller filen skadas. Kontrollera med IT att bara en person åt gången använder filen.</source>
        <translation>The database is on a network drive. That works while one person at a time uses it, but if several work in the same file at once, changes can be lost or the file damaged. Check with IT that only one person at a time uses the file.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} – tjänsteresor</source>
        <translation>{app} – business trips</translation>
    </message>
    <message>
        <source>Databas: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>i minnet</source>
        <translation>in memory</translation>
    </message>
    <message>
        <source>Öppnar databasen …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <source>&amp;Ny resa…</source>
        <translation>&amp;New trip…</translation>
    </message>
    <message>
        <source>&amp;Upprepa resa…</source>
        <translation>Re&amp;peat trip…</translation>
    </message>
    <message>
        <source>&amp;Redigera resa…</source>
        <translation>&amp;Edit trip…</translation>
    </message>
    <message>
        <source>&amp;Ta bort resa</source>
        <translation>&amp;Delete trip</translation>
    </message>
    <message>
        <source>&amp;Importera resor från CSV…</source>
        <translation>&amp;Import trips from CSV…</translation>
    </message>
    <message>
        <source>&amp;Sammanställning per enhet…</source>
        <translation>&amp;Summary per unit…</translation>
    </message>
    <message>
        <source>&amp;Controllervy…</source>
        <translation>&amp;Controller view…</translation>
    </message>
    <message>
        <source>Km per enhet, indikatorn mot målet med prognos, diagram och rapporten till kommunstyrelsen</source>
        <translation>Km per unit, the indicator against the target with a forecast, charts and the report to the executive committee</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Om Resebok</source>
        <translation>&amp;About Resebok</translation>
    </message>
    <message>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Säkerhetskopior…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Kontrollera databasen…</source>
        <translation>&amp;Verify database…</translation>
    </message>
    <message>
        <source>Kontrollera att inget i reseräkningarna har ändrats utanför Resebok</source>
        <translation>Check that nothing in the claims has been changed outside Resebok</translation>
    </message>
    <message>
        <source>Logga en ny resa (Ctrl+N)</source>
        <translation>Log a new trip (Ctrl+N)</translation>
    </message>
    <message>
        <source>Logga den markerade resan igen med dagens datum (Ctrl+R)</source>
        <translation>Log the selected trip again with today&apos;s date (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Resor</source>
        <translation>&amp;Trips</translation>
    </message>
    <message>
        <source>Ra&amp;pporter</source>
        <translation>Re&amp;ports</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Verktyg</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Ta bort resa</source>
        <translation>Delete trip</translation>
    </message>
    <message>
        <source>Ta bort resan {date} {route} ({km} km)?
Det går inte att ångra.</source>
        <translation>Delete the trip {date} {route} ({km} km)?
This cannot be undone.</translation>
    </message>
    <message>
        <source>Resan är låst</source>
        <translation>The trip is locked</translation>
    </message>
    <message>
        <source>Importera resor</source>
        <translation>Import trips</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv);;Alla filer (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Importerar resor …</source>
        <translation>Importing trips …</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Filen kunde inte läsas:
{error}</source>
        <translation>The file could not be read:
{error}</translation>
    </message>
    <message>
        <source>Importen avbröts; inget importerades.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>Inget importerades: filen har {count} fel (se detaljer). Rätta filen och försök igen.</source>
        <translation>Nothing was imported: the file has {count} errors (see details). Correct the file and try again.</translation>
    </message>
    <message>
        <source>Rad {line}: {message}</source>
        <translation>Line {line}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%n resor importerades.</source>
        <translation>
            <numerusform>%n trip was imported.</numerusform>
            <numerusform>%n trips were imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reseräkningar…</source>
        <translation>&amp;Claims…</translation>
    </message>
    <message>
        <source>Reseräkningar: skapa, skicka in, skriv ut (Ctrl+Shift+R)</source>
        <translation>Claims: create, submit, print (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Attestera…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>Exportera till &amp;lön (PAXml)…</source>
        <translation>Export to &amp;payroll (PAXml)…</translation>
    </message>
    <message>
        <source>Exportera &amp;batch igen…</source>
        <translation>Export &amp;batch again…</translation>
    </message>
    <message>
        <source>&amp;Exportera resor/reseräkningar som CSV…</source>
        <translation>&amp;Export trips/claims as CSV…</translation>
    </message>
    <message>
        <source>Res&amp;eräkningar</source>
        <translation>&amp;Claims</translation>
    </message>
    <message>
        <source>Räknar resor …</source>
        <translation>Counting trips …</translation>
    </message>
    <message numerus="yes">
        <source>{count} resor · {km} km</source>
        <translation>
            <numerusform>{count} trip · {km} km</numerusform>
            <numerusform>{count} trips · {km} km</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewEmployeeDialog</name>
    <message>
        <source>Lägg till mig som anställd</source>
        <translation>Add me as an employee</translation>
    </message>
    <message>
        <source>&amp;Lägg till</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Databas: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Du kunde inte läggas till:
{error}</source>
        <translation>You could not be added:
{error}</translation>
    </message>
</context>
<context>
    <name>NewEmployeeForm</name>
    <message>
        <source>För- och efternamn</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>t.ex. 1042</source>
        <translation>e.g. 1042</translation>
    </message>
    <message>
        <source>Välj eller skriv enhetens namn</source>
        <translation>Choose or type the unit&apos;s name</translation>
    </message>
    <message>
        <source>Valfritt, t.ex. Fjugesta</source>
        <translation>Optional, e.g. Fjugesta</translation>
    </message>
    <message>
        <source>Valfritt, km enkel väg</source>
        <translation>Optional, km one way</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Anställningsnummer:</source>
        <translation>Employee &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Enhet:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Hemort:</source>
        <translation>&amp;Home place:</translation>
    </message>
    <message>
        <source>Avstånd &amp;hem–arbete:</source>
        <translation>Distance &amp;home–work:</translation>
    </message>
    <message>
        <source>Hemort och avstånd behövs för resor som börjar hemma: då räknas bara den del av resan som är längre än din vanliga väg till jobbet.</source>
        <translation>The home place and distance are needed for trips that start at home: then only the part of the trip that is longer than your usual way to work counts.</translation>
    </message>
    <message>
        <source>Enheten ”{unit}” finns inte och läggs till.</source>
        <translation>The unit “{unit}” does not exist and will be added.</translation>
    </message>
</context>
<context>
    <name>PageDialog</name>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>PaxmlExportDialog</name>
    <message>
        <source>PAXml-filer (*.xml)</source>
        <translation>PAXml files (*.xml)</translation>
    </message>
    <message numerus="yes">
        <source>%n reseräkningar</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anställda</source>
        <translation>
            <numerusform>%n employee</numerusform>
            <numerusform>%n employees</numerusform>
        </translation>
    </message>
    <message>
        <source>Exportera till lön (PAXml)</source>
        <translation>Export to payroll (PAXml)</translation>
    </message>
    <message>
        <source>Attesterade reseräkningar för perioden och tidigare, som inte redan har betalats ut, exporteras till en PAXml-fil för lönesystemet. De markeras då som utbetalda med utbetalningsdagen.</source>
        <translation>Approved claims for the period and earlier that have not been paid yet are exported to a PAXml file for the payroll system. They are then marked as paid on the payment date.</translation>
    </message>
    <message>
        <source>&amp;Period t.o.m.:</source>
        <translation>&amp;Period up to:</translation>
    </message>
    <message>
        <source>&amp;Utbetalningsdag:</source>
        <translation>Pa&amp;yment date:</translation>
    </message>
    <message>
        <source>&amp;Exportera…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>A&amp;vbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Det finns inga attesterade reseräkningar för {month} eller tidigare som inte redan har betalats ut.</source>
        <translation>There are no approved, unpaid claims for {month} or earlier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{claims} för {employees}, totalt {amount}&lt;/b&gt;, är klara att exporteras.</source>
        <translation>&lt;b&gt;{claims} for {employees}, total {amount}&lt;/b&gt;, are ready to be exported.</translation>
    </message>
    <message>
        <source>Exportera till lön</source>
        <translation>Export to payroll</translation>
    </message>
    <message>
        <source>{claims} för {employees}, totalt {amount}, exporterades till:
{path}

De är nu markerade som utbetalda den {date}.</source>
        <translation>{claims} for {employees}, total {amount}, were exported to:
{path}

They are now marked as paid on {date}.</translation>
    </message>
</context>
<context>
    <name>PickPage</name>
    <message>
        <source>Vem är du?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Sök fram dig själv och markera ditt namn.</source>
        <translation>Search for yourself and select your name.</translation>
    </message>
</context>
<context>
    <name>PiePage</name>
    <message>
        <source>&amp;Nämnd:</source>
        <translation>&amp;Committee:</translation>
    </message>
    <message>
        <source>Det finns ingen nämnd i urvalet.</source>
        <translation>There is no committee in the selection.</translation>
    </message>
    <message>
        <source>{unit} har inga km i egen bil {period}.</source>
        <translation>{unit} has no own-car km {period}.</translation>
    </message>
    <message>
        <source>Km i egen bil inom {unit}, {period}</source>
        <translation>Own-car km within {unit}, {period}</translation>
    </message>
    <message>
        <source>{unit} står för {share} av {scope}s km i egen bil ({km}).</source>
        <translation>{unit} accounts for {share} of the own-car km of {scope} ({km}).</translation>
    </message>
    <message>
        <source>{unit}: {km} i egen bil.</source>
        <translation>{unit}: {km} by own car.</translation>
    </message>
    <message>
        <source>Enheter under 4 % av nämndens km och km som belastar nämnden eller en förvaltning direkt ingår i Övriga.</source>
        <translation>Units under 4 % of the committee&apos;s km, and km charged to the committee or a department directly, are in Others.</translation>
    </message>
</context>
<context>
    <name>PreapprovalsPage</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Anställd</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Resväg</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Anledning</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Begärd av</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Egen bil kräver chefens &amp;godkännande före resan</source>
        <translation>Own car needs the manager&apos;s &amp;approval before the trip</translation>
    </message>
    <message>
        <source>När rutan är ikryssad skickas en förfrågan hit varje gång någon behåller egen bil i frågan om gröna alternativ.</source>
        <translation>When this is ticked, a request comes here each time someone keeps the own car in the question about green alternatives.</translation>
    </message>
    <message>
        <source>Kommentar (krävs när resan nekas)</source>
        <translation>Comment (required when the trip is refused)</translation>
    </message>
    <message>
        <source>&amp;Kommentar:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>G&amp;odkänn</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <source>&amp;Neka</source>
        <translation>&amp;Refuse</translation>
    </message>
    <message numerus="yes">
        <source>%n förfrågningar väntar på svar.</source>
        <translation>
            <numerusform>%n request awaits an answer.</numerusform>
            <numerusform>%n requests await an answer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inga förfrågningar väntar.</source>
        <translation>No requests are waiting.</translation>
    </message>
    <message>
        <source>godkänd</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>nekad</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>Egen bil kräver nu förhandsgodkännande.</source>
        <translation>Own car now needs pre-approval.</translation>
    </message>
    <message>
        <source>Förhandsgodkännande krävs inte längre.</source>
        <translation>Pre-approval is no longer required.</translation>
    </message>
</context>
<context>
    <name>RatePeriodDialog</name>
    <message>
        <source>Ändra ersättningsperiod</source>
        <translation>Change rate period</translation>
    </message>
    <message>
        <source>Ny ersättningsperiod</source>
        <translation>New rate period</translation>
    </message>
    <message>
        <source>Fr.o.m.</source>
        <translation>From</translation>
    </message>
    <message>
        <source>T.o.m.</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Utan startdatum gäller perioden alla tidigare datum</source>
        <translation>Without a start date the period covers all earlier dates</translation>
    </message>
    <message>
        <source>Utan slutdatum gäller perioden tills vidare</source>
        <translation>Without an end date the period applies until further notice</translation>
    </message>
    <message>
        <source>t.ex. {amount}</source>
        <translation>e.g. {amount}</translation>
    </message>
    <message>
        <source>kr/mil (1 mil = 10 km)</source>
        <translation>kr/mil (1 mil = 10 km)</translation>
    </message>
    <message>
        <source>t.ex. avtal BAO 2026, Skatteverket</source>
        <translation>e.g. agreement BAO 2026, Tax Agency</translation>
    </message>
    <message>
        <source>&amp;Slag:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Gäller:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>&amp;Ersättning:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source>&amp;Anteckning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>A&amp;vbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <source>(tidigare)</source>
        <translation>(earlier)</translation>
    </message>
    <message>
        <source>tills vidare</source>
        <translation>until further notice</translation>
    </message>
    <message>
        <source>Kilometerersättning för egen bil per mil. En resa ersätts med de nivåer som gällde på resans datum; betalar arbetsgivaren mer än Skatteverkets skattefria belopp blir resten skattepliktig lön. Inskickade reseräkningar behåller sina nivåer.</source>
        <translation>Mileage allowance for the own car per mil (10 km). A trip is paid at the rates valid on its date; if the employer pays more than the Tax Agency&apos;s tax-free amount, the rest is taxable salary. Submitted claims keep their rates.</translation>
    </message>
    <message>
        <source>&amp;Lägg till…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Ä&amp;ndra…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>&amp;Ta bort…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>&amp;Minska ersättningen med den normala resvägen till arbetet när en resa börjar eller slutar i bostaden</source>
        <translation>&amp;Reduce the allowance by the normal commute when a trip starts or ends at home</translation>
    </message>
    <message>
        <source>Resor mellan bostaden och tjänstestället ger aldrig ersättning. Med rutan ikryssad dras den anställdas normala resväg av för varje sträcka som börjar eller slutar hemma, som många avtal föreskriver. Ändringen gäller resor som inte ingår i en inskickad, attesterad eller utbetald reseräkning.</source>
        <translation>Trips between home and the workplace are never reimbursed. With this ticked, the employee&apos;s normal commute is deducted for each leg that starts or ends at home, as many agreements prescribe. The change applies to trips that are not in a submitted, approved or paid claim.</translation>
    </message>
    <message>
        <source>Resor från bostaden</source>
        <translation>Trips from home</translation>
    </message>
    <message>
        <source>Perioden lades till: {period}.</source>
        <translation>The period was added: {period}.</translation>
    </message>
    <message>
        <source>Perioden ändrades: {period}.</source>
        <translation>The period was changed: {period}.</translation>
    </message>
    <message>
        <source>Ta bort period</source>
        <translation>Remove period</translation>
    </message>
    <message>
        <source>Ta bort perioden {kind} {period}?

Resor under perioden får då ingen ersättning förrän en ny period läggs till. Inskickade reseräkningar behåller sina nivåer.</source>
        <translation>Remove the period {kind} {period}?

Trips in the period then get no allowance until a new period is added. Submitted claims keep their rates.</translation>
    </message>
    <message>
        <source>Perioden {period} togs bort.</source>
        <translation>The period {period} was removed.</translation>
    </message>
    <message>
        <source>Den normala resvägen dras nu av.</source>
        <translation>The normal commute is now deducted.</translation>
    </message>
    <message>
        <source>Den normala resvägen dras inte längre av.</source>
        <translation>The normal commute is no longer deducted.</translation>
    </message>
    <message numerus="yes">
        <source>%n resor räknades om; utkast till reseräkningar räknas om när de uppdateras.</source>
        <translation>
            <numerusform>%n trip was recalculated; draft claims are recalculated when they are updated.</numerusform>
            <numerusform>%n trips were recalculated; draft claims are recalculated when they are updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonsChart</name>
    <message>
        <source>Skäl för egen bil (antal resor)</source>
        <translation>Reasons for the own car (number of trips)</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>ReexportDialog</name>
    <message>
        <source>Exportera batch igen</source>
        <translation>Export batch again</translation>
    </message>
    <message>
        <source>Tidigare exporter till lön. Välj en och spara filen igen – den blir identisk med den första. Reseräkningarna ändras inte; att filen sparades igen skrivs i deras logg.</source>
        <translation>Earlier exports to payroll. Choose one and save the file again – it is identical to the first. The claims do not change; the new save is noted in their logs.</translation>
    </message>
    <message>
        <source>&amp;Spara fil…</source>
        <translation>&amp;Save file…</translation>
    </message>
    <message>
        <source>S&amp;täng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Exporten med utbetalning {date} ({claims}, {amount}) sparades igen som:
{path}</source>
        <translation>The export with payment on {date} ({claims}, {amount}) was saved again as:
{path}</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>Databasen kunde inte läsas: {error}</source>
        <translation>The database could not be read: {error}</translation>
    </message>
    <message>
        <source>Rapporten kunde inte sparas i {path}: {reason}</source>
        <translation>The report could not be saved in {path}: {reason}</translation>
    </message>
    <message>
        <source>Rapporten kunde inte skapas: {error}</source>
        <translation>The report could not be created: {error}</translation>
    </message>
    <message>
        <source>Skriver rapporten …</source>
        <translation>Writing the report …</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Skriv ut rapport</source>
        <translation>Print report</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Du loggar dina tjänsteresor och skickar in din reseräkning.</source>
        <translation>You log your business trips and submit your claim.</translation>
    </message>
    <message>
        <source>Du attesterar reseräkningar för din enhet och loggar dina egna resor.</source>
        <translation>You approve claims for your unit and log your own trips.</translation>
    </message>
    <message>
        <source>Du följer upp kilometer, kostnader och indikatorn för kommunen.</source>
        <translation>You follow up kilometres, costs and the indicator for the municipality.</translation>
    </message>
    <message>
        <source>Välkommen till {app}</source>
        <translation>Welcome to {app}</translation>
    </message>
    <message>
        <source>Några frågor innan du börjar. Du kan ändra svaren senare under Arkiv → Inställningar.</source>
        <translation>A few questions before you start. You can change the answers later under File → Settings.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vilken roll har du?&lt;/b&gt;</source>
        <translation>&lt;b&gt;What is your role?&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>{message}

Vill du öppna filen nu?</source>
        <translation>{message}

Do you want to open the file now?</translation>
    </message>
    <message>
        <source>Det finns inget program som kan öppna filen:
{path}</source>
        <translation>There is no program that can open the file:
{path}</translation>
    </message>
    <message>
        <source>Filen kunde inte sparas:
{path}

Orsak: {reason}

Ingenting har ändrats; välj en annan mapp och försök igen.</source>
        <translation>The file could not be saved:
{path}

Reason: {reason}

Nothing has changed; choose another folder and try again.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Inställningar – {app}</source>
        <translation>Settings – {app}</translation>
    </message>
    <message>
        <source>Obs: miljövariabeln RESEBOK_DB pekar på {path}; den gäller före valet här så länge den är satt.</source>
        <translation>Note: the environment variable RESEBOK_DB points to {path}; it overrides the choice here as long as it is set.</translation>
    </message>
    <message>
        <source>Jag finns &amp;inte i listan…</source>
        <translation>I am &amp;not in the list…</translation>
    </message>
    <message>
        <source>Din &amp;roll:</source>
        <translation>Your &amp;role:</translation>
    </message>
    <message>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Databas</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Vem är du?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Filen finns inte ännu; en ny, tom databas skapas när den öppnas.</source>
        <translation>The file does not exist yet; a new, empty database is created when it is opened.</translation>
    </message>
    <message numerus="yes">
        <source>%n anställda i databasen.</source>
        <translation>
            <numerusform>%n employee in the database.</numerusform>
            <numerusform>%n employees in the database.</numerusform>
        </translation>
    </message>
    <message>
        <source>Det nya språket visas när du startar om Resebok.</source>
        <translation>The new language is shown when you restart Resebok.</translation>
    </message>
    <message>
        <source>Inställningarna kunde inte sparas:
{error}</source>
        <translation>The settings could not be saved:
{error}</translation>
    </message>
</context>
<context>
    <name>SharedUnitsPage</name>
    <message>
        <source>Gemensamma enheter betjänar flera organisationer. Resorna belastar den medlemsorganisation de gjordes för; här syns km i egen bil per medlem.</source>
        <translation>Shared units serve several organisations. Each trip is charged to the member organisation it was made for; here are the own-car km per member.</translation>
    </message>
    <message>
        <source>Enhet / medlemsorganisation</source>
        <translation>Unit / member organisation</translation>
    </message>
    <message>
        <source>Resor</source>
        <translation>Trips</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Ersättning (kr)</source>
        <translation>Allowance (kr)</translation>
    </message>
    <message>
        <source>Andel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>{scope} har inga gemensamma enheter.</source>
        <translation>{scope} has no shared units.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Hur vill du börja?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <source>Resebok behöver veta vem du är, så att resorna blir dina.</source>
        <translation>Resebok needs to know who you are, so that the trips are yours.</translation>
    </message>
    <message>
        <source>&amp;Välj mig i personallistan</source>
        <translation>&amp;Choose me in the staff list</translation>
    </message>
    <message>
        <source>&amp;Jag finns inte i listan – ange mina uppgifter</source>
        <translation>I am &amp;not in the list – enter my details</translation>
    </message>
    <message>
        <source>Öppna &amp;demon</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Databas&lt;/b&gt; (organisationens resor och personal):</source>
        <translation>&lt;b&gt;Database&lt;/b&gt; (the organisation&apos;s trips and staff):</translation>
    </message>
    <message>
        <source>Du läggs till som anställd i databasen när du klickar Slutför.</source>
        <translation>You are added as an employee in the database when you click Finish.</translation>
    </message>
    <message>
        <source>Prova Resebok på en påhittad kommun (Lekebergs kommun) i en egen fil. Den riktiga databasen påverkas inte.</source>
        <translation>Try Resebok on a made-up municipality (Lekeberg) in a file of its own. The real database is not affected.</translation>
    </message>
    <message>
        <source>Listan kan inte visas: databasen kunde inte läsas.</source>
        <translation>The list cannot be shown: the database could not be read.</translation>
    </message>
    <message>
        <source>Filen finns inte ännu; den skapas när du klickar Slutför.</source>
        <translation>The file does not exist yet; it is created when you click Finish.</translation>
    </message>
    <message>
        <source>Databasen är ny och har ingen personal ännu.</source>
        <translation>The database is new and has no staff yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n anställda finns i databasen.</source>
        <translation>
            <numerusform>%n employee is in the database.</numerusform>
            <numerusform>%n employees are in the database.</numerusform>
        </translation>
    </message>
    <message>
        <source>Databasen har ingen personal.</source>
        <translation>The database has no staff.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Databasen {path} kunde inte öppnas:
{error}

Filen har inte ändrats. Ange en annan fil med --db eller RESEBOK_DB, eller ta bort {settings} så frågar Resebok på nytt.</source>
        <translation>The database {path} could not be opened:
{error}

The file has not been changed. Give another file with --db or RESEBOK_DB, or delete {settings} and Resebok asks again.</translation>
    </message>
</context>
<context>
    <name>StopRow</name>
    <message>
        <source>Skriv en plats …</source>
        <translation>Type a place …</translation>
    </message>
    <message>
        <source>Flytta upp (Alt+Upp)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <source>Flytta ned (Alt+Ned)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <source>Ta bort hållplatsen (Ctrl+Delete)</source>
        <translation>Remove the stop (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Okänd plats – lägg till i registret?</source>
        <translation>Unknown place – add it to the register?</translation>
    </message>
    <message>
        <source>Lägg till i registret</source>
        <translation>Add to the register</translation>
    </message>
    <message>
        <source>Lägg till platsen i platsregistret (utan koordinater)</source>
        <translation>Add the place to the place register (without coordinates)</translation>
    </message>
</context>
<context>
    <name>StopsEditor</name>
    <message>
        <source>Lägg till &amp;hållplats</source>
        <translation>Add sto&amp;p</translation>
    </message>
    <message>
        <source>Tur &amp;och retur</source>
        <translation>Round tr&amp;ip</translation>
    </message>
    <message>
        <source>Resan går tillbaka till den första platsen</source>
        <translation>The trip returns to the first place</translation>
    </message>
    <message>
        <source>Plats {number} på resvägen</source>
        <translation>Place {number} on the route</translation>
    </message>
    <message>
        <source>den första platsen</source>
        <translation>the first place</translation>
    </message>
    <message>
        <source>↩ tillbaka till {place}</source>
        <translation>↩ back to {place}</translation>
    </message>
    <message>
        <source>Platsen kunde inte läggas till</source>
        <translation>The place could not be added</translation>
    </message>
    <message>
        <source>{place} kunde inte sparas: {error}</source>
        <translation>{place} could not be saved: {error}</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Enhetskod</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kilometer</source>
        <translation>Kilometres</translation>
    </message>
    <message>
        <source>Resor</source>
        <translation>Trips</translation>
    </message>
    <message>
        <source>Sammanställning per enhet</source>
        <translation>Summary per unit</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Kilometer i egen bil per enhet som resorna belastar, efter resans datum.</source>
        <translation>Own-car kilometres per unit the trips are charged to, by trip date.</translation>
    </message>
    <message>
        <source>Totalt {km} km i egen bil</source>
        <translation>In total {km} km by own car</translation>
    </message>
    <message>
        <source>inga resor i egen bil {year}</source>
        <translation>no own-car trips in {year}</translation>
    </message>
</context>
<context>
    <name>TripCorrectionDialog</name>
    <message>
        <source>Rätta resa på inskickad reseräkning</source>
        <translation>Correct a trip on a submitted claim</translation>
    </message>
    <message>
        <source>Du rättar en resa på den inskickade reseräkningen för {employee}, {month}. Reseräkningen räknas om och förblir inskickad; ändringen sparas med din kommentar i dess logg.</source>
        <translation>You are correcting a trip on the submitted claim of {employee}, {month}. The claim is recalculated and stays submitted; the change is saved with your comment in its log.</translation>
    </message>
    <message>
        <source>Kan inte ändras på en inskickad reseräkning</source>
        <translation>Cannot be changed on a submitted claim</translation>
    </message>
    <message>
        <source>&amp;Spara rättelse</source>
        <translation>&amp;Save correction</translation>
    </message>
    <message>
        <source>t.ex. avståndet är 14 km enligt kartan</source>
        <translation>e.g. the distance is 14 km according to the map</translation>
    </message>
    <message>
        <source>Sparas i reseräkningens logg och syns för den anställda</source>
        <translation>Saved in the claim&apos;s log and shown to the employee</translation>
    </message>
    <message>
        <source>Komme&amp;ntar till loggen:</source>
        <translation>Comment for the &amp;log:</translation>
    </message>
    <message>
        <source>Skriv varför resan rättas – kommentaren sparas i reseräkningens logg.</source>
        <translation>Write why the trip is corrected – the comment is saved in the claim&apos;s log.</translation>
    </message>
    <message>
        <source>Du har inte ändrat något i resan. Ändra den, eller välj Avbryt.</source>
        <translation>You have not changed anything in the trip. Change it, or choose Cancel.</translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <source>Ange tiden som tt:mm, till exempel 08:15.</source>
        <translation>Enter the time as hh:mm, for example 08:15.</translation>
    </message>
    <message>
        <source>Redigera resa</source>
        <translation>Edit trip</translation>
    </message>
    <message>
        <source>Ny resa</source>
        <translation>New trip</translation>
    </message>
    <message>
        <source>Fyll i formuläret från en tidigare resa; datumet behålls</source>
        <translation>Fill in the form from an earlier trip; the date is kept</translation>
    </message>
    <message>
        <source>Tid då resan började (valfritt)</source>
        <translation>Time the trip started (optional)</translation>
    </message>
    <message>
        <source>Tid då resan slutade (valfritt)</source>
        <translation>Time the trip ended (optional)</translation>
    </message>
    <message>
        <source>Använd förs&amp;laget</source>
        <translation>&amp;Fill in suggestion</translation>
    </message>
    <message>
        <source>vid avfärd</source>
        <translation>at departure</translation>
    </message>
    <message>
        <source>vid ankomst</source>
        <translation>at arrival</translation>
    </message>
    <message>
        <source>t.ex. möte med rektor, leverans av arkivhandlingar</source>
        <translation>e.g. meeting with the head teacher, delivery of archive records</translation>
    </message>
    <message>
        <source>Resan &amp;började hemma</source>
        <translation>The trip started at ho&amp;me</translation>
    </message>
    <message>
        <source>Kryssas i automatiskt när första platsen är din bostad</source>
        <translation>Ticked automatically when the first place is your home</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>A&amp;vbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>tt:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>&amp;Anställd:</source>
        <translation>&amp;Employee:</translation>
    </message>
    <message>
        <source>&amp;Upprepa tidigare resa:</source>
        <translation>&amp;Repeat earlier trip:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <source>Sl&amp;ut</source>
        <translation>E&amp;nd</translation>
    </message>
    <message>
        <source>Tid:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>&amp;Resväg:</source>
        <translation>Ro&amp;ute:</translation>
    </message>
    <message>
        <source>&amp;Kilometer:</source>
        <translation>&amp;Kilometres:</translation>
    </message>
    <message>
        <source>&amp;Mätarställning:</source>
        <translation>&amp;Odometer:</translation>
    </message>
    <message>
        <source>&amp;Färdsätt:</source>
        <translation>Mode of tra&amp;vel:</translation>
    </message>
    <message>
        <source>&amp;Ändamål:</source>
        <translation>Purpose t&amp;ype:</translation>
    </message>
    <message>
        <source>S&amp;yfte/vem besöktes:</source>
        <translation>Purpose/&amp;whom visited:</translation>
    </message>
    <message>
        <source>&amp;Passagerare:</source>
        <translation>P&amp;assengers:</translation>
    </message>
    <message>
        <source>&amp;Enhet som belastas:</source>
        <translation>Unit c&amp;harged:</translation>
    </message>
    <message>
        <source>Medlemsor&amp;ganisation:</source>
        <translation>Member or&amp;ganisation:</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(inga tidigare resor)</source>
        <translation>(no earlier trips)</translation>
    </message>
    <message>
        <source>Välj en tidigare resa …</source>
        <translation>Choose an earlier trip …</translation>
    </message>
    <message>
        <source>(okänd anställd {id})</source>
        <translation>(unknown employee {id})</translation>
    </message>
    <message>
        <source>som förra gången {km} km</source>
        <translation>as last time {km} km</translation>
    </message>
    <message>
        <source>beräknat {km} km</source>
        <translation>estimated {km} km</translation>
    </message>
    <message>
        <source>Avviker mer än {percent} % från förslaget – resan flaggas för attestanten.</source>
        <translation>Differs more than {percent} % from the suggestion – the trip is flagged for the approver.</translation>
    </message>
    <message>
        <source>Mätarställningarna avgör antalet kilometer</source>
        <translation>The odometer readings decide the kilometres</translation>
    </message>
    <message>
        <source>Okänd plats: {places} – välj ur listan eller lägg till den i registret.</source>
        <translation>Unknown place: {places} – choose from the list or add it to the register.</translation>
    </message>
    <message>
        <source>Resan kunde inte sparas</source>
        <translation>The trip could not be saved</translation>
    </message>
    <message>
        <source>Resan kunde inte sparas, men det du har skrivit finns kvar i fönstret, så att du kan försöka igen.</source>
        <translation>The trip could not be saved, but what you typed is still in the window, so that you can try again.</translation>
    </message>
    <message>
        <source>Avdrag {km} km för normal resväg till arbetet</source>
        <translation>Deduction of {km} km for the normal commute</translation>
    </message>
    <message>
        <source>Resa utan ersättning</source>
        <translation>Trip without allowance</translation>
    </message>
    <message>
        <source>{reason}

Spara som resa utan ersättning?</source>
        <translation>{reason}

Save as a trip without allowance?</translation>
    </message>
    <message>
        <source>Visa resa (låst)</source>
        <translation>View trip (locked)</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>TripTableModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Anställd</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Resväg</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Färdsätt</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Syfte</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Angivna {km} km avviker från förslaget {suggested} km.</source>
        <translation>The {km} km entered differ from the suggested {suggested} km.</translation>
    </message>
    <message>
        <source>Resan började hemma.</source>
        <translation>The trip started at home.</translation>
    </message>
</context>
<context>
    <name>UnitTripsModel</name>
    <message>
        <source>ej utbetald</source>
        <translation>not paid</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej (beräknat)</source>
        <translation>No (estimated)</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Utbetald</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Anställd</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Medlemsorganisation</source>
        <translation>Member organisation</translation>
    </message>
    <message>
        <source>Resväg</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Ersatta km</source>
        <translation>Km reimbursed</translation>
    </message>
    <message>
        <source>Ersättning (kr)</source>
        <translation>Allowance (kr)</translation>
    </message>
    <message>
        <source>Reseräkning</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Syfte</source>
        <translation>Purpose</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>CSV för Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Dubbelklicka på en enhet för att se dess resor. Klicka på en rubrik för att sortera enheterna inom varje nivå.</source>
        <translation>Double-click a unit to see its trips. Click a heading to sort the units within each level.</translation>
    </message>
    <message>
        <source>Exportera &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Exportera E&amp;xcel…</source>
        <translation>Export E&amp;xcel…</translation>
    </message>
    <message>
        <source>Organisationens or&amp;dning</source>
        <translation>Organisation&apos;s or&amp;der</translation>
    </message>
    <message>
        <source>Visa enheterna i organisationens ordning igen</source>
        <translation>Show the units in the organisation&apos;s order again</translation>
    </message>
    <message>
        <source>Egen bil per enhet – {scope}, {period} {basis}</source>
        <translation>Own car per unit – {scope}, {period} {basis}</translation>
    </message>
    <message>
        <source>Totalt {trips} resor, {km} körda och {paid_km} ersatta, {amount} kr (varav skattefritt {tax_free} kr), {co2} kg CO₂.</source>
        <translation>In total {trips} trips, {km} driven and {paid_km} reimbursed, {amount} kr (of which tax-free {tax_free} kr), {co2} kg CO₂.</translation>
    </message>
    <message>
        <source>{amount} kr är beräknat för resor som inte finns på någon reseräkning.</source>
        <translation>{amount} kr is estimated for trips that are on no claim.</translation>
    </message>
    <message numerus="yes">
        <source>%n resor saknar ersättningsnivå och räknas som 0 kr.</source>
        <translation>
            <numerusform>%n trip has no rate and counts as 0 kr.</numerusform>
            <numerusform>%n trips have no rate and count as 0 kr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exportera enheter som CSV</source>
        <translation>Export units as CSV</translation>
    </message>
    <message>
        <source>Exportera enheter till Excel</source>
        <translation>Export units to Excel</translation>
    </message>
    <message>
        <source>Exportera</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Filen kunde inte sparas:
{path}

{reason}</source>
        <translation>The file could not be saved:
{path}

{reason}</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Ändra kommunbil</source>
        <translation>Change pool car</translation>
    </message>
    <message>
        <source>Ny kommunbil</source>
        <translation>New pool car</translation>
    </message>
    <message>
        <source>t.ex. Renault Zoe</source>
        <translation>e.g. Renault Zoe</translation>
    </message>
    <message>
        <source>&amp;Registreringsnummer:</source>
        <translation>&amp;Registration number:</translation>
    </message>
    <message>
        <source>&amp;Modell:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>&amp;Drivmedel:</source>
        <translation>&amp;Fuel:</translation>
    </message>
    <message>
        <source>&amp;Station (hämtas och lämnas):</source>
        <translation>&amp;Station (fetched and returned):</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>A&amp;vbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Kontrollera databasen</source>
        <translation>Verify the database</translation>
    </message>
    <message>
        <source>Kontrollen går igenom reseräkningarnas logg och jämför varje inskickad, attesterad och utbetald reseräkning med hur den såg ut när den senast loggades. Den visar om något i databasfilen har ändrats utanför Resebok, t.ex. ett antal km som har skrivits om efter attesten. Inget ändras av kontrollen.</source>
        <translation>The check goes through the claims&apos; log and compares every submitted, approved and paid claim with how it looked when it was last logged. It shows whether anything in the database file has been changed outside Resebok, e.g. a number of km rewritten after approval. The check changes nothing.</translation>
    </message>
    <message>
        <source>Kontrollera &amp;igen</source>
        <translation>Check a&amp;gain</translation>
    </message>
    <message>
        <source>&amp;Kopiera rapporten</source>
        <translation>Co&amp;py report</translation>
    </message>
    <message>
        <source>Kopiera hela rapporten till urklipp</source>
        <translation>Copy the whole report to the clipboard</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Kontrollerar databasen …</source>
        <translation>Checking the database …</translation>
    </message>
    <message>
        <source>Allt stämmer: inget har ändrats utanför Resebok sedan det loggades.</source>
        <translation>All is well: nothing has been changed outside Resebok since it was logged.</translation>
    </message>
    <message numerus="yes">
        <source>%n avvikelser: något har ändrats utanför Resebok.</source>
        <translation>
            <numerusform>%n discrepancy: something has been changed outside Resebok.</numerusform>
            <numerusform>%n discrepancies: something has been changed outside Resebok.</numerusform>
        </translation>
    </message>
    <message>
        <source>Det som räknas upp nedan har ändrats direkt i databasfilen, inte i Resebok, och syns därför inte i loggen. Kontrollera uppgifterna innan de betalas ut eller rapporteras, och ta kontakt med den som förvaltar Resebok. En säkerhetskopia från före ändringen (Arkiv → Säkerhetskopior…) visar hur det såg ut.</source>
        <translation>What is listed below was changed directly in the database file, not in Resebok, and therefore does not show in the log. Check the figures before they are paid out or reported, and contact whoever administers Resebok. A backup from before the change (File → Backups…) shows how it looked.</translation>
    </message>
    <message>
        <source>Kontrollen kunde inte göras.</source>
        <translation>The check could not be made.</translation>
    </message>
    <message>
        <source>i minnet</source>
        <translation>in memory</translation>
    </message>
    <message>
        <source>Kontroll av databasen {path}, {time}</source>
        <translation>Check of the database {path}, {time}</translation>
    </message>
    <message>
        <source>Felet: {error}</source>
        <translation>The error: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Loggen: {count} rader kontrollerade.</source>
        <translation>
            <numerusform>The log: {count} entry checked.</numerusform>
            <numerusform>The log: {count} entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reseräkningar: {claims} kontrollerade, varav {locked} inskickade, attesterade eller utbetalda.</source>
        <translation>Claims: {claims} checked, of which {locked} submitted, approved or paid.</translation>
    </message>
    <message>
        <source>Ändrat utanför Resebok:</source>
        <translation>Changed outside Resebok:</translation>
    </message>
    <message>
        <source>Loggkedjans kontrollsumma: {head}</source>
        <translation>The log chain&apos;s checksum: {head}</translation>
    </message>
    <message>
        <source>Anteckna kontrollsumman för att senare kunna visa att loggen inte har skrivits om.</source>
        <translation>Note the checksum down to be able to show later that the log has not been rewritten.</translation>
    </message>
    <message>
        <source>Kopierad</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>YearOnYearPage</name>
    <message>
        <source>J&amp;ämför med år:</source>
        <translation>Compare with &amp;year:</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Förändring km</source>
        <translation>Change km</translation>
    </message>
    <message>
        <source>Förändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Km {period}</source>
        <translation>Km {period}</translation>
    </message>
    <message>
        <source>Egen bil {basis}: {km_before} {before} och {km_now} {now}, en förändring med {diff_km} ({diff_percent}).</source>
        <translation>Own car {basis}: {km_before} {before} and {km_now} {now}, a change of {diff_km} ({diff_percent}).</translation>
    </message>
</context>
</TS>
