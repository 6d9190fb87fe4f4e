<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="sv_SE">
<context>
    <name>AttestView</name>
    <message numerus="yes">
        <source>%n resor där km avviker mer än {percent} % från förslaget</source>
        <translation>
            <numerusform>%n resa där km avviker mer än {percent} % från förslaget</numerusform>
            <numerusform>%n resor där km avviker mer än {percent} % från förslaget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resor som började i bostaden – kontrollera avdraget för resvägen till arbetet</source>
        <translation>
            <numerusform>%n resa som började i bostaden – kontrollera avdraget för resvägen till arbetet</numerusform>
            <numerusform>%n resor som började i bostaden – kontrollera avdraget för resvägen till arbetet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resor med egen bil utan angivet skäl</source>
        <translation>
            <numerusform>%n resa med egen bil utan angivet skäl</numerusform>
            <numerusform>%n resor med egen bil utan angivet skäl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reseräkningar väntar på attest · {amount}</source>
        <translation>
            <numerusform>%n reseräkning väntar på attest · {amount}</numerusform>
            <numerusform>%n reseräkningar väntar på attest · {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reseräkningar attesterades ({names}), totalt {amount}.</source>
        <translation>
            <numerusform>%n reseräkning attesterades ({names}), totalt {amount}.</numerusform>
            <numerusform>%n reseräkningar attesterades ({names}), totalt {amount}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reseräkningar skickas tillbaka till den anställda som utkast: {names}. Kommentaren visas på reseräkningen och sparas i dess logg.</source>
        <translation>
            <numerusform>%n reseräkning skickas tillbaka till den anställda som utkast: {names}. Kommentaren visas på reseräkningen och sparas i dess logg.</numerusform>
            <numerusform>%n reseräkningar skickas tillbaka till den anställda som utkast: {names}. Kommentaren visas på reseräkningen och sparas i dess logg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reseräkningar skickades tillbaka med kommentaren.</source>
        <translation>
            <numerusform>%n reseräkning skickades tillbaka med kommentaren.</numerusform>
            <numerusform>%n reseräkningar skickades tillbaka med kommentaren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message numerus="yes">
        <source>{month} · %n resor</source>
        <translation>
            <numerusform>{month} · %n resa</numerusform>
            <numerusform>{month} · %n resor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resor exporterades till:
{path}</source>
        <translation>
            <numerusform>%n resa exporterades till:
{path}</numerusform>
            <numerusform>%n resor exporterades till:
{path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message numerus="yes">
        <source>%n reseräkningar · {km} km · {amount}</source>
        <translation>
            <numerusform>%n reseräkning · {km} km · {amount}</numerusform>
            <numerusform>%n reseräkningar · {km} km · {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message numerus="yes">
        <source>%n resor från {year} exporterades till:
{path}</source>
        <translation>
            <numerusform>%n resa från {year} exporterades till:
{path}</numerusform>
            <numerusform>%n resor från {year} exporterades till:
{path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reseräkningar från {year} exporterades till:
{path}</source>
        <translation>
            <numerusform>%n reseräkning från {year} exporterades till:
{path}</numerusform>
            <numerusform>%n reseräkningar från {year} exporterades till:
{path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DbProblemDialog</name>
    <message numerus="yes">
        <source>Det finns %n säkerhetskopior av databasen; den senaste är från {when}.</source>
        <translation>
            <numerusform>Det finns %n säkerhetskopia av databasen; den senaste är från {when}.</numerusform>
            <numerusform>Det finns %n säkerhetskopior av databasen; den senaste är från {when}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message numerus="yes">
        <source>{count} resor</source>
        <translation>
            <numerusform>{count} resa</numerusform>
            <numerusform>{count} resor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetChart</name>
    <message numerus="yes">
        <source>Förslag: %n bilar</source>
        <translation>
            <numerusform>Förslag: %n bil</numerusform>
            <numerusform>Förslag: %n bilar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetPage</name>
    <message numerus="yes">
        <source>%n bilar</source>
        <translation>
            <numerusform>%n bil</numerusform>
            <numerusform>%n bilar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GreenPage</name>
    <message numerus="yes">
        <source>{count} resor ersattes av digitala möten.</source>
        <translation>
            <numerusform>{count} resa ersattes av ett digitalt möte.</numerusform>
            <numerusform>{count} resor ersattes av digitala möten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} av resorna loggades först efter att de gjorts, när förslagen inte längre kunde väljas.</source>
        <translation>
            <numerusform>{count} av resorna loggades först efter att den gjorts, när förslagen inte längre kunde väljas.</numerusform>
            <numerusform>{count} av resorna loggades först efter att de gjorts, när förslagen inte längre kunde väljas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n resor importerades.</source>
        <translation>
            <numerusform>%n resa importerades.</numerusform>
            <numerusform>%n resor importerades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} resor · {km} km</source>
        <translation>
            <numerusform>{count} resa · {km} km</numerusform>
            <numerusform>{count} resor · {km} km</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaxmlExportDialog</name>
    <message numerus="yes">
        <source>%n reseräkningar</source>
        <translation>
            <numerusform>%n reseräkning</numerusform>
            <numerusform>%n reseräkningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anställda</source>
        <translation>
            <numerusform>%n anställd</numerusform>
            <numerusform>%n anställda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreapprovalsPage</name>
    <message numerus="yes">
        <source>%n förfrågningar väntar på svar.</source>
        <translation>
            <numerusform>%n förfrågan väntar på svar.</numerusform>
            <numerusform>%n förfrågningar väntar på svar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message numerus="yes">
        <source>%n resor räknades om; utkast till reseräkningar räknas om när de uppdateras.</source>
        <translation>
            <numerusform>%n resa räknades om; utkast till reseräkningar räknas om när de uppdateras.</numerusform>
            <numerusform>%n resor räknades om; utkast till reseräkningar räknas om när de uppdateras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%n anställda i databasen.</source>
        <translation>
            <numerusform>%n anställd i databasen.</numerusform>
            <numerusform>%n anställda i databasen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <source>%n anställda finns i databasen.</source>
        <translation>
            <numerusform>%n anställd finns i databasen.</numerusform>
            <numerusform>%n anställda finns i databasen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message numerus="yes">
        <source>%n resor saknar ersättningsnivå och räknas som 0 kr.</source>
        <translation>
            <numerusform>%n resa saknar ersättningsnivå och räknas som 0 kr.</numerusform>
            <numerusform>%n resor saknar ersättningsnivå och räknas som 0 kr.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message numerus="yes">
        <source>%n avvikelser: något har ändrats utanför Resebok.</source>
        <translation>
            <numerusform>%n avvikelse: något har ändrats utanför Resebok.</numerusform>
            <numerusform>%n avvikelser: något har ändrats utanför Resebok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loggen: {count} rader kontrollerade.</source>
        <translation>
            <numerusform>Loggen: {count} rad kontrollerad.</numerusform>
            <numerusform>Loggen: {count} rader kontrollerade.</numerusform>
        </translation>
    </message>
</context>
</TS>
