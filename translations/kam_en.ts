<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kam</name>
    <message>
        <source>A maintenance interval is between 0 (no reminder) and 3650 days.</source>
        <translation>A maintenance interval is between 0 (no reminder) and 3650 days.</translation>
    </message>
    <message>
        <source>A probability is between 0 and 100 %.</source>
        <translation>A probability is between 0 and 100 %.</translation>
    </message>
    <message>
        <source>The commit threshold cannot be below the best-case threshold.</source>
        <translation>The commit threshold cannot be below the best-case threshold.</translation>
    </message>
    <message>
        <source>The weight and the threshold of %1 cannot be negative.</source>
        <translation>The weight and the threshold of %1 cannot be negative.</translation>
    </message>
    <message>
        <source>At least one signal needs a weight above zero.</source>
        <translation>At least one signal needs a weight above zero.</translation>
    </message>
    <message>
        <source>Warnings start at a score from 1 to 100.</source>
        <translation>Warnings start at a score from 1 to 100.</translation>
    </message>
    <message>
        <source>%1 cannot name a dimension: it must not be empty or contain = or ;.</source>
        <translation>%1 cannot name a dimension: it must not be empty or contain = or ;.</translation>
    </message>
    <message>
        <source>The dimension %1 is listed twice.</source>
        <translation>The dimension %1 is listed twice.</translation>
    </message>
    <message>
        <source>Keep at least one dimension.</source>
        <translation>Keep at least one dimension.</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>line %1: a quoted field is not closed</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>line %1: text after a closing quote</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>Value model “%1”: %2</source>
        <translation>Value model “%1”: %2</translation>
    </message>
    <message>
        <source>Field %1: %2 is not %3.</source>
        <translation>Field %1: %2 is not %3.</translation>
    </message>
    <message>
        <source>The mapping&apos;s %1 is not an object.</source>
        <translation>The mapping&apos;s %1 is not an object.</translation>
    </message>
    <message>
        <source>The mapping&apos;s %1 for %2 is not text.</source>
        <translation>The mapping&apos;s %1 for %2 is not text.</translation>
    </message>
    <message>
        <source>%1 have no field %2.</source>
        <translation>%1 have no field %2.</translation>
    </message>
    <message>
        <source>The saved import presets are not a JSON array (setting %1).</source>
        <translation>The saved import presets are not a JSON array (setting %1).</translation>
    </message>
    <message>
        <source>A saved import preset has no name or an unknown entity %1.</source>
        <translation>A saved import preset has no name or an unknown entity %1.</translation>
    </message>
    <message>
        <source>Import preset %1: %2</source>
        <translation>Import preset %1: %2</translation>
    </message>
    <message>
        <source>An import preset needs a name.</source>
        <translation>An import preset needs a name.</translation>
    </message>
    <message>
        <source>There is no import preset %1 for %2.</source>
        <translation>There is no import preset %1 for %2.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>%1: the file has no records</source>
        <translation>%1: the file has no records</translation>
    </message>
    <message>
        <source>%1, line %2: %3 cells, but the header has %4 columns</source>
        <translation>%1, line %2: %3 cells, but the header has %4 columns</translation>
    </message>
    <message>
        <source>line %1: byte 0x%2 at offset %3 is not valid %4</source>
        <translation>line %1: byte 0x%2 at offset %3 is not valid %4</translation>
    </message>
    <message>
        <source>the encoding %1 is not available in this build</source>
        <translation>the encoding %1 is not available in this build</translation>
    </message>
    <message>
        <source>“%1” is not a date (expected 2024-03-05, 05.03.2024, 03/05/2024, 2024/3/5 or 2024年3月5日)</source>
        <translation>“%1” is not a date (expected 2024-03-05, 05.03.2024, 03/05/2024, 2024/3/5 or 2024年3月5日)</translation>
    </message>
    <message>
        <source>“%1” has no valid time of day (expected hh:mm or hh:mm:ss)</source>
        <translation>“%1” has no valid time of day (expected hh:mm or hh:mm:ss)</translation>
    </message>
    <message>
        <source>“%1” is not a day-first date (dd/MM/yyyy)</source>
        <translation>“%1” is not a day-first date (dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>“%1” is not a month-first date (MM/dd/yyyy)</source>
        <translation>“%1” is not a month-first date (MM/dd/yyyy)</translation>
    </message>
    <message>
        <source>“%1” could be day/month or month/day: choose the date order</source>
        <translation>“%1” could be day/month or month/day: choose the date order</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2</source>
        <translation>“%1” is not a date: there is no month %2</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no day %2 in month %3 of %4</source>
        <translation>“%1” is not a date: there is no day %2 in month %3 of %4</translation>
    </message>
    <message>
        <source>an amount is expected, the cell is empty</source>
        <translation>an amount is expected, the cell is empty</translation>
    </message>
    <message>
        <source>“%1” has more than two decimals; an amount is kept in hundredths</source>
        <translation>“%1” has more than two decimals; an amount is kept in hundredths</translation>
    </message>
    <message>
        <source>“%1” is too large for an amount</source>
        <translation>“%1” is too large for an amount</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>“%1” is not a whole number</translation>
    </message>
    <message>
        <source>“%1” is too large for a whole number</source>
        <translation>“%1” is too large for a whole number</translation>
    </message>
    <message>
        <source>“%1” is not a time that exists in the local time zone</source>
        <translation>“%1” is not a time that exists in the local time zone</translation>
    </message>
    <message>
        <source>“%1” is not yes or no (expected yes/no, true/false, y/n, 1/0, 是/否, 有/无)</source>
        <translation>“%1” is not yes or no (expected yes/no, true/false, y/n, 1/0, 是/否, 有/无)</translation>
    </message>
    <message>
        <source>Default currency: “%1” is not an ISO 4217 currency code such as CNY or USD.</source>
        <translation>Default currency: “%1” is not an ISO 4217 currency code such as CNY or USD.</translation>
    </message>
</context>
<context>
    <name>kam::AboutDialog</name>
    <message>
        <source>About KAM Desk</source>
        <translation>About KAM Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;KAM Desk %1&lt;/h2&gt;&lt;p&gt;Key-account management for B2B sales: portfolio, contacts, account teams and their history, offline first.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;KAM Desk %1&lt;/h2&gt;&lt;p&gt;Key-account management for B2B sales: portfolio, contacts, account teams and their history, offline first.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Qt at run time</source>
        <translation>Qt at run time</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Built with</translation>
    </message>
    <message>
        <source>Qt %1, %2</source>
        <translation>Qt %1, %2</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>&lt;p&gt;KAM Desk is free software: you can redistribute it and/or modify it under the terms of the %1, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;KAM Desk is free software: you can redistribute it and/or modify it under the terms of the %1, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation>GNU General Public License</translation>
    </message>
    <message>
        <source>&lt;p&gt;It is built on these libraries:&lt;/p&gt;</source>
        <translation>&lt;p&gt;It is built on these libraries:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (open-source edition)</source>
        <translation>%1 (open-source edition)</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>public domain</translation>
    </message>
    <message>
        <source>%1 (in the sync server)</source>
        <translation>%1 (in the sync server)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Chinese text is drawn with the fonts installed on this computer; KAM Desk ships none.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chinese text is drawn with the fonts installed on this computer; KAM Desk ships none.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
</context>
<context>
    <name>kam::AccountColumns</name>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Annual revenue</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>kam::AccountCostsPanel</name>
    <message>
        <source>&amp;Add cost…</source>
        <translation>&amp;Add cost…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>costs</translation>
    </message>
    <message>
        <source>Revenue:</source>
        <translation>Revenue:</translation>
    </message>
    <message>
        <source>Gross margin:</source>
        <translation>Gross margin:</translation>
    </message>
    <message>
        <source>Cost to serve:</source>
        <translation>Cost to serve:</translation>
    </message>
    <message>
        <source>Profit:</source>
        <translation>Profit:</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Margin:</translation>
    </message>
    <message>
        <source>Last four quarters, %1 – %2</source>
        <translation>Last four quarters, %1 – %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Deleted the cost of %1 (Undo brings it back)</source>
        <translation>Deleted the cost of %1 (Undo brings it back)</translation>
    </message>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>Cost entries</source>
        <translation>Cost entries</translation>
    </message>
</context>
<context>
    <name>kam::AccountDealsPanel</name>
    <message>
        <source>deals</source>
        <translation>deals</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>&amp;New deal…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message numerus="yes">
        <source>Open: %n deal(s), %1, weighted %2 · Won in %3: %4</source>
        <translation>
            <numerusform>Open: %n deal, %1, weighted %2 · Won in %3: %4</numerusform>
            <numerusform>Open: %n deals, %1, weighted %2 · Won in %3: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n open deal(s) in other currencies not included)</source>
        <translation>
            <numerusform>(%n open deal in another currency not included)</numerusform>
            <numerusform>(%n open deals in other currencies not included)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
</context>
<context>
    <name>kam::AccountDetailView</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Team role</source>
        <translation>Team role</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Colleague:</source>
        <translation>Colleague:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Select an account on the left, or create one with File ▸ New Account.</source>
        <translation>Select an account on the left, or create one with File ▸ New Account.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Revenue %1</source>
        <translation>Revenue %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Deleted contact %1 (Undo brings it back)</source>
        <translation>Deleted contact %1 (Undo brings it back)</translation>
    </message>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>Set r&amp;ole</source>
        <translation>Set r&amp;ole</translation>
    </message>
    <message>
        <source>Give the selected member the role chosen on the left</source>
        <translation>Give the selected member the role chosen on the left</translation>
    </message>
    <message>
        <source>&amp;Relationships</source>
        <translation>&amp;Relationships</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>account-team</source>
        <translation>account-team</translation>
    </message>
    <message>
        <source>field-history</source>
        <translation>field-history</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Account team</source>
        <translation>Account team</translation>
    </message>
    <message>
        <source>Field history</source>
        <translation>Field history</translation>
    </message>
</context>
<context>
    <name>kam::AccountDialog</name>
    <message>
        <source>New Account</source>
        <translation>New Account</translation>
    </message>
</context>
<context>
    <name>kam::AccountForm</name>
    <message>
        <source>Registered company name (required)</source>
        <translation>Registered company name (required)</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91310000MA1FL1234X</source>
        <translation>18 characters, e.g. 91310000MA1FL1234X</translation>
    </message>
    <message>
        <source>None (independent account)</source>
        <translation>None (independent account)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Make this an independent account</source>
        <translation>Make this an independent account</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Legal name:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Credit code:</source>
        <translation>&amp;Credit code:</translation>
    </message>
    <message>
        <source>Ta&amp;x id:</source>
        <translation>Ta&amp;x id:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>Li&amp;fecycle:</source>
        <translation>Li&amp;fecycle:</translation>
    </message>
    <message>
        <source>Annual re&amp;venue:</source>
        <translation>Annual re&amp;venue:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>1 – poor</source>
        <translation>1 – poor</translation>
    </message>
    <message>
        <source>5 – excellent</source>
        <translation>5 – excellent</translation>
    </message>
    <message>
        <source>How well the customer fits our strategy: a criterion of the value model</source>
        <translation>How well the customer fits our strategy: a criterion of the value model</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>None known</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>How late the oldest unpaid invoice is: a churn signal and the value model&apos;s payment record</source>
        <translation>How late the oldest unpaid invoice is: a churn signal and the value model&apos;s payment record</translation>
    </message>
    <message>
        <source>Strat&amp;egic fit:</source>
        <translation>Strat&amp;egic fit:</translation>
    </message>
    <message>
        <source>&amp;Payment overdue:</source>
        <translation>&amp;Payment overdue:</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Annual revenue</translation>
    </message>
</context>
<context>
    <name>kam::AccountHealthPanel</name>
    <message>
        <source>Confir&amp;m proposal</source>
        <translation>Confir&amp;m proposal</translation>
    </message>
    <message>
        <source>Change sta&amp;ge…</source>
        <translation>Change sta&amp;ge…</translation>
    </message>
    <message>
        <source>lifecycle-history</source>
        <translation>lifecycle-history</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Churn risk</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>Scoring…</translation>
    </message>
    <message>
        <source>Risk score %L1 of 100 — ▲ %L2 since a quarter ago (%L3)</source>
        <translation>Risk score %L1 of 100 — ▲ %L2 since a quarter ago (%L3)</translation>
    </message>
    <message>
        <source>Risk score %L1 of 100 — ▼ %L2 since a quarter ago (%L3)</source>
        <translation>Risk score %L1 of 100 — ▼ %L2 since a quarter ago (%L3)</translation>
    </message>
    <message>
        <source>Risk score %L1 of 100 — the same as a quarter ago</source>
        <translation>Risk score %L1 of 100 — the same as a quarter ago</translation>
    </message>
    <message>
        <source>No warning: the account is lost.</source>
        <translation>No warning: the account is lost.</translation>
    </message>
    <message>
        <source>No warning: warnings start at a score of %L1.</source>
        <translation>No warning: warnings start at a score of %L1.</translation>
    </message>
    <message>
        <source>A new warning, not reviewed yet or worse since it was.</source>
        <translation>A new warning, not reviewed yet or worse since it was.</translation>
    </message>
    <message>
        <source>Warning acknowledged on %1. %2</source>
        <translation>Warning acknowledged on %1. %2</translation>
    </message>
    <message>
        <source>Warning snoozed until %1. %2</source>
        <translation>Warning snoozed until %1. %2</translation>
    </message>
    <message>
        <source>Stage: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Stage: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The proposal follows when scoring has finished.</source>
        <translation>The proposal follows when scoring has finished.</translation>
    </message>
    <message>
        <source>Proposed: %1 — %2</source>
        <translation>Proposed: %1 — %2</translation>
    </message>
    <message>
        <source>The facts agree: %1</source>
        <translation>The facts agree: %1</translation>
    </message>
    <message>
        <source>%1 is %2 now.</source>
        <translation>%1 is %2 now.</translation>
    </message>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>health-signals</source>
        <translation>health-signals</translation>
    </message>
    <message>
        <source>Health signals</source>
        <translation>Health signals</translation>
    </message>
    <message>
        <source>Lifecycle history</source>
        <translation>Lifecycle history</translation>
    </message>
</context>
<context>
    <name>kam::ActivityDialog</name>
    <message>
        <source>Log Activity</source>
        <translation>Log Activity</translation>
    </message>
    <message>
        <source>Edit Activity</source>
        <translation>Edit Activity</translation>
    </message>
    <message>
        <source>Has a next step</source>
        <translation>Has a next step</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Contacts:</translation>
    </message>
    <message>
        <source>D&amp;eal:</source>
        <translation>D&amp;eal:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>&amp;Next step:</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>C&amp;ost:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No deal</source>
        <translation>No deal</translation>
    </message>
</context>
<context>
    <name>kam::ActivityModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
</context>
<context>
    <name>kam::ActivityTimelinePanel</name>
    <message>
        <source>activities</source>
        <translation>activities</translation>
    </message>
    <message>
        <source>&amp;Log activity…</source>
        <translation>&amp;Log activity…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Mark done</translation>
    </message>
    <message>
        <source>Mark the selected activity&apos;s next step as done</source>
        <translation>Mark the selected activity&apos;s next step as done</translation>
    </message>
    <message>
        <source>Deleted activity %1 (Undo brings it back)</source>
        <translation>Deleted activity %1 (Undo brings it back)</translation>
    </message>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
</context>
<context>
    <name>kam::AgendaModel</name>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Overdue (%n)</numerusform>
            <numerusform>Overdue (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today (%n)</source>
        <translation>
            <numerusform>Today (%n)</numerusform>
            <numerusform>Today (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week (%n)</source>
        <translation>
            <numerusform>This week (%n)</numerusform>
            <numerusform>This week (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>kam::AgendaView</name>
    <message>
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>contact-reminders</source>
        <translation>contact-reminders</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Mark done</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Log contact…</translation>
    </message>
    <message>
        <source>Maintenance &amp;intervals…</source>
        <translation>Maintenance &amp;intervals…</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>No contact for too long</source>
        <translation>No contact for too long</translation>
    </message>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
</context>
<context>
    <name>kam::CampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>New Campaign</translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation>Edit Campaign</translation>
    </message>
    <message>
        <source>e.g. 2026 Industrial Equipment Fair</source>
        <translation>e.g. 2026 Industrial Equipment Fair</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Starts on:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Ends on:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Cost:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>kam::CampaignMemberModel</name>
    <message>
        <source>(the account)</source>
        <translation>(the account)</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>No response</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation>Responded on</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
</context>
<context>
    <name>kam::CampaignMembersDialog</name>
    <message>
        <source>Add Accounts to %1</source>
        <translation>Add Accounts to %1</translation>
    </message>
    <message>
        <source>Find an account</source>
        <translation>Find an account</translation>
    </message>
    <message>
        <source>Already targeted by this campaign</source>
        <translation>Already targeted by this campaign</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>&amp;Accounts:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>(the account as a whole)</source>
        <translation>(the account as a whole)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tick the accounts to add.</source>
        <translation>Tick the accounts to add.</translation>
    </message>
</context>
<context>
    <name>kam::CampaignModel</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No cost is recorded, so there is no return to compare it with.</source>
        <translation>No cost is recorded, so there is no return to compare it with.</translation>
    </message>
    <message>
        <source>(attributed gross margin %1 − cost %2) / cost %2</source>
        <translation>(attributed gross margin %1 − cost %2) / cost %2</translation>
    </message>
    <message>
        <source>Won revenue × the gross margin of the deal&apos;s account over the four quarters before it closed (%1 % where the account has no cost of goods)</source>
        <translation>Won revenue × the gross margin of the deal&apos;s account over the four quarters before it closed (%1 % where the account has no cost of goods)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Response rate</translation>
    </message>
    <message>
        <source>Sourced deals</source>
        <translation>Sourced deals</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Open pipeline</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Won deals</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Won revenue</translation>
    </message>
    <message>
        <source>Attributed margin</source>
        <translation>Attributed margin</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
</context>
<context>
    <name>kam::CampaignResponseDialog</name>
    <message>
        <source>&amp;Responded</source>
        <translation>&amp;Responded</translation>
    </message>
    <message>
        <source>Response of %1</source>
        <translation>Response of %1</translation>
    </message>
    <message>
        <source>e.g. asked for a quote</source>
        <translation>e.g. asked for a quote</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
</context>
<context>
    <name>kam::CampaignsView</name>
    <message>
        <source>By campaign</source>
        <translation>By campaign</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>By channel</translation>
    </message>
    <message>
        <source>The gross margin credited to won deals of accounts that have no cost of goods entered</source>
        <translation>The gross margin credited to won deals of accounts that have no cost of goods entered</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;New campaign…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Add accounts…</source>
        <translation>&amp;Add accounts…</translation>
    </message>
    <message>
        <source>&amp;Mark response…</source>
        <translation>&amp;Mark response…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Margin where none is known:</source>
        <translation>Margin where none is known:</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>campaigns</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Attributed margin</source>
        <translation>Attributed margin</translation>
    </message>
    <message>
        <source>No campaigns yet. Record one with “New campaign…”; deals name it as their source campaign.</source>
        <translation>No campaigns yet. Record one with “New campaign…”; deals name it as their source campaign.</translation>
    </message>
    <message>
        <source>campaign-members</source>
        <translation>campaign-members</translation>
    </message>
    <message>
        <source>campaign-deals</source>
        <translation>campaign-deals</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Sourced deals</source>
        <translation>Sourced deals</translation>
    </message>
    <message>
        <source>The campaign figures could not be read: %1</source>
        <translation>The campaign figures could not be read: %1</translation>
    </message>
    <message>
        <source>Pick “By campaign” to see a campaign&apos;s members and deals.</source>
        <translation>Pick “By campaign” to see a campaign&apos;s members and deals.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No campaign selected.</source>
        <translation>No campaign selected.</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Members (%1)</translation>
    </message>
    <message>
        <source>Sourced deals (%1)</source>
        <translation>Sourced deals (%1)</translation>
    </message>
    <message>
        <source>ROI %1</source>
        <translation>ROI %1</translation>
    </message>
    <message>
        <source>Cost and attributed margin (%1)</source>
        <translation>Cost and attributed margin (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Cost and attributed margin (%1), the first %n as sorted</source>
        <translation>
            <numerusform>Cost and attributed margin (%1), the first %n as sorted</numerusform>
            <numerusform>Cost and attributed margin (%1), the first %n as sorted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>cost %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sourced deal(s), %1 won</source>
        <translation>
            <numerusform>%n sourced deal, %1 won</numerusform>
            <numerusform>%n sourced deals, %1 won</numerusform>
        </translation>
    </message>
    <message>
        <source>won revenue %1</source>
        <translation>won revenue %1</translation>
    </message>
    <message>
        <source>attributed margin %1</source>
        <translation>attributed margin %1</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Campaign audience</source>
        <translation>Campaign audience</translation>
    </message>
</context>
<context>
    <name>kam::ChurnSettingsDialog</name>
    <message>
        <source>fall between the last two quarters with answers</source>
        <translation>fall between the last two quarters with answers</translation>
    </message>
    <message>
        <source>fall of the average (1–5) between those quarters</source>
        <translation>fall of the average (1–5) between those quarters</translation>
    </message>
    <message>
        <source>fall of won revenue, quarter on quarter</source>
        <translation>fall of won revenue, quarter on quarter</translation>
    </message>
    <message>
        <source>the fallback for tiers without an interval</source>
        <translation>the fallback for tiers without an interval</translation>
    </message>
    <message>
        <source>an open deal without a stage change</source>
        <translation>an open deal without a stage change</translation>
    </message>
    <message>
        <source>since a key contact left; no champion fires too</source>
        <translation>since a key contact left; no champion fires too</translation>
    </message>
    <message>
        <source>cases whose follow-up is not done</source>
        <translation>cases whose follow-up is not done</translation>
    </message>
    <message>
        <source>the oldest unpaid invoice is overdue</source>
        <translation>the oldest unpaid invoice is overdue</translation>
    </message>
    <message>
        <source>Churn Warning Settings</source>
        <translation>Churn Warning Settings</translation>
    </message>
    <message>
        <source>A signal that fires adds its share of the 100 points of the risk score: its weight divided by the sum of all weights. A weight of 0 switches a signal off.</source>
        <translation>A signal that fires adds its share of the 100 points of the risk score: its weight divided by the sum of all weights. A weight of 0 switches a signal off.</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Points when fired</source>
        <translation>Points when fired</translation>
    </message>
    <message>
        <source>Fires at</source>
        <translation>Fires at</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Maintenance &amp;intervals…</source>
        <translation>Maintenance &amp;intervals…</translation>
    </message>
    <message>
        <source>&amp;Warn from a risk score of:</source>
        <translation>&amp;Warn from a risk score of:</translation>
    </message>
    <message>
        <source>(1–100)</source>
        <translation>(1–100)</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln day(s)</source>
        <translation>
            <numerusform>%1 %Ln day</numerusform>
            <numerusform>%1 %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between tiers</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>No contact fires after the tier&apos;s maintenance interval: %1.</source>
        <translation>No contact fires after the tier&apos;s maintenance interval: %1.</translation>
    </message>
    <message>
        <source>No contact fires after the tier&apos;s maintenance interval: %1; the threshold above applies to %2.</source>
        <translation>No contact fires after the tier&apos;s maintenance interval: %1; the threshold above applies to %2.</translation>
    </message>
</context>
<context>
    <name>kam::ChurnSignalModel</name>
    <message>
        <source>Risk score</source>
        <translation>Risk score</translation>
    </message>
    <message>
        <source>%L1 a quarter ago</source>
        <translation>%L1 a quarter ago</translation>
    </message>
    <message>
        <source>warning from %L1</source>
        <translation>warning from %L1</translation>
    </message>
    <message>
        <source>100 × weight %1 ÷ sum of the weights</source>
        <translation>100 × weight %1 ÷ sum of the weights</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source> cases</source>
        <translation> cases</translation>
    </message>
    <message>
        <source>a fall of %1 NPS points</source>
        <translation>a fall of %1 NPS points</translation>
    </message>
    <message>
        <source>a fall of %1 points (1–5)</source>
        <translation>a fall of %1 points (1–5)</translation>
    </message>
    <message>
        <source>a fall of %1 %</source>
        <translation>a fall of %1 %</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>a deal %1 days without a move</source>
        <translation>a deal %1 days without a move</translation>
    </message>
    <message>
        <source>left within %1 days</source>
        <translation>left within %1 days</translation>
    </message>
    <message>
        <source>%1 open cases</source>
        <translation>%1 open cases</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 days overdue</translation>
    </message>
</context>
<context>
    <name>kam::Commands</name>
    <message>
        <source>Add satisfaction response of %1</source>
        <translation>Add satisfaction response of %1</translation>
    </message>
    <message>
        <source>Edit satisfaction response of %1</source>
        <translation>Edit satisfaction response of %1</translation>
    </message>
    <message>
        <source>Delete satisfaction response of %1</source>
        <translation>Delete satisfaction response of %1</translation>
    </message>
    <message>
        <source>New account %1</source>
        <translation>New account %1</translation>
    </message>
    <message>
        <source>Edit account %1</source>
        <translation>Edit account %1</translation>
    </message>
    <message>
        <source>Delete account %1</source>
        <translation>Delete account %1</translation>
    </message>
    <message>
        <source>New contact %1</source>
        <translation>New contact %1</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>Edit contact %1</translation>
    </message>
    <message>
        <source>Delete contact %1</source>
        <translation>Delete contact %1</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Add team member</translation>
    </message>
    <message>
        <source>Change team role</source>
        <translation>Change team role</translation>
    </message>
    <message>
        <source>Remove team member</source>
        <translation>Remove team member</translation>
    </message>
    <message>
        <source>Keep their %1</source>
        <translation>Keep their %1</translation>
    </message>
    <message>
        <source>Use my %1</source>
        <translation>Use my %1</translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation>Mark done: %1</translation>
    </message>
    <message>
        <source>Reopen: %1</source>
        <translation>Reopen: %1</translation>
    </message>
    <message>
        <source>New deal %1</source>
        <translation>New deal %1</translation>
    </message>
    <message>
        <source>Edit deal %1</source>
        <translation>Edit deal %1</translation>
    </message>
    <message>
        <source>Delete deal %1</source>
        <translation>Delete deal %1</translation>
    </message>
    <message>
        <source>Log activity %1</source>
        <translation>Log activity %1</translation>
    </message>
    <message>
        <source>Edit activity %1</source>
        <translation>Edit activity %1</translation>
    </message>
    <message>
        <source>Delete activity %1</source>
        <translation>Delete activity %1</translation>
    </message>
    <message>
        <source>New stage %1</source>
        <translation>New stage %1</translation>
    </message>
    <message>
        <source>Edit stage %1</source>
        <translation>Edit stage %1</translation>
    </message>
    <message>
        <source>Delete stage %1</source>
        <translation>Delete stage %1</translation>
    </message>
    <message>
        <source>New target %1</source>
        <translation>New target %1</translation>
    </message>
    <message>
        <source>Edit target %1</source>
        <translation>Edit target %1</translation>
    </message>
    <message>
        <source>Delete target %1</source>
        <translation>Delete target %1</translation>
    </message>
    <message>
        <source>Start plan %1 from %2</source>
        <translation>Start plan %1 from %2</translation>
    </message>
    <message>
        <source>New plan %1</source>
        <translation>New plan %1</translation>
    </message>
    <message>
        <source>Edit plan %1</source>
        <translation>Edit plan %1</translation>
    </message>
    <message>
        <source>Delete plan %1</source>
        <translation>Delete plan %1</translation>
    </message>
    <message>
        <source>New objective %1</source>
        <translation>New objective %1</translation>
    </message>
    <message>
        <source>Edit objective %1</source>
        <translation>Edit objective %1</translation>
    </message>
    <message>
        <source>Delete objective %1</source>
        <translation>Delete objective %1</translation>
    </message>
    <message>
        <source>New action %1</source>
        <translation>New action %1</translation>
    </message>
    <message>
        <source>Edit action %1</source>
        <translation>Edit action %1</translation>
    </message>
    <message>
        <source>Delete action %1</source>
        <translation>Delete action %1</translation>
    </message>
    <message>
        <source>New risk %1</source>
        <translation>New risk %1</translation>
    </message>
    <message>
        <source>Edit risk %1</source>
        <translation>Edit risk %1</translation>
    </message>
    <message>
        <source>Delete risk %1</source>
        <translation>Delete risk %1</translation>
    </message>
    <message>
        <source>Fill in whitespace %1</source>
        <translation>Fill in whitespace %1</translation>
    </message>
    <message>
        <source>Edit whitespace %1</source>
        <translation>Edit whitespace %1</translation>
    </message>
    <message>
        <source>Clear whitespace %1</source>
        <translation>Clear whitespace %1</translation>
    </message>
    <message>
        <source>Set the lifecycle of %1 to %2</source>
        <translation>Set the lifecycle of %1 to %2</translation>
    </message>
    <message>
        <source>Review warning</source>
        <translation>Review warning</translation>
    </message>
    <message>
        <source>Edit warning review</source>
        <translation>Edit warning review</translation>
    </message>
    <message>
        <source>Delete warning review</source>
        <translation>Delete warning review</translation>
    </message>
    <message>
        <source>Snooze the warning for %1</source>
        <translation>Snooze the warning for %1</translation>
    </message>
    <message>
        <source>Acknowledge the warning for %1</source>
        <translation>Acknowledge the warning for %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n account(s) to %1</source>
        <translation>
            <numerusform>Add %n account to %1</numerusform>
            <numerusform>Add %n accounts to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark the response of %1</source>
        <translation>Mark the response of %1</translation>
    </message>
    <message>
        <source>Clear the response of %1</source>
        <translation>Clear the response of %1</translation>
    </message>
    <message>
        <source>Remove %1 from the campaign</source>
        <translation>Remove %1 from the campaign</translation>
    </message>
    <message>
        <source>Add cost %1</source>
        <translation>Add cost %1</translation>
    </message>
    <message>
        <source>Edit cost %1</source>
        <translation>Edit cost %1</translation>
    </message>
    <message>
        <source>Delete cost %1</source>
        <translation>Delete cost %1</translation>
    </message>
    <message>
        <source>New campaign %1</source>
        <translation>New campaign %1</translation>
    </message>
    <message>
        <source>Edit campaign %1</source>
        <translation>Edit campaign %1</translation>
    </message>
    <message>
        <source>Delete campaign %1</source>
        <translation>Delete campaign %1</translation>
    </message>
    <message>
        <source>Add campaign member</source>
        <translation>Add campaign member</translation>
    </message>
    <message>
        <source>Mark campaign response</source>
        <translation>Mark campaign response</translation>
    </message>
    <message>
        <source>Remove campaign member</source>
        <translation>Remove campaign member</translation>
    </message>
    <message>
        <source>New value model %1</source>
        <translation>New value model %1</translation>
    </message>
    <message>
        <source>Edit value model %1</source>
        <translation>Edit value model %1</translation>
    </message>
    <message>
        <source>Delete value model %1</source>
        <translation>Delete value model %1</translation>
    </message>
</context>
<context>
    <name>kam::ConflictModel</name>
    <message>
        <source>Account (no longer on this computer)</source>
        <translation>Account (no longer on this computer)</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <source>Contact (no longer on this computer)</source>
        <translation>Contact (no longer on this computer)</translation>
    </message>
    <message>
        <source>Team of %1</source>
        <translation>Team of %1</translation>
    </message>
    <message>
        <source>Team seat (no longer on this computer)</source>
        <translation>Team seat (no longer on this computer)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Kept theirs</source>
        <translation>Kept theirs</translation>
    </message>
    <message>
        <source>Used mine</source>
        <translation>Used mine</translation>
    </message>
    <message>
        <source>Open: the account left your portfolio</source>
        <translation>Open: the account left your portfolio</translation>
    </message>
    <message>
        <source>Open: refused by the server</source>
        <translation>Open: refused by the server</translation>
    </message>
    <message>
        <source>Open: yours is kept</source>
        <translation>Open: yours is kept</translation>
    </message>
    <message>
        <source>Open: theirs is kept</source>
        <translation>Open: theirs is kept</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Their value</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kam::ConflictsView</name>
    <message>
        <source>Show &amp;resolved</source>
        <translation>Show &amp;resolved</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>&amp;Keep Theirs</translation>
    </message>
    <message>
        <source>&amp;Use Mine</source>
        <translation>&amp;Use Mine</translation>
    </message>
    <message>
        <source>&amp;Open Record</source>
        <translation>&amp;Open Record</translation>
    </message>
    <message>
        <source>The record keeps the other user&apos;s value</source>
        <translation>The record keeps the other user&apos;s value</translation>
    </message>
    <message>
        <source>Your value goes back into the record and is sent at the next sync</source>
        <translation>Your value goes back into the record and is sent at the next sync</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>sync-conflicts</source>
        <translation>sync-conflicts</translation>
    </message>
</context>
<context>
    <name>kam::ContactDialog</name>
    <message>
        <source>New Contact</source>
        <translation>New Contact</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Edit Contact</translation>
    </message>
    <message>
        <source>1 = little influence on the buying decision, 5 = decisive</source>
        <translation>1 = little influence on the buying decision, 5 = decisive</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Still works at the account</source>
        <translation>Still works at the account</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Buying role:</source>
        <translation>&amp;Buying role:</translation>
    </message>
    <message>
        <source>&amp;Influence (1–5):</source>
        <translation>&amp;Influence (1–5):</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>&amp;Stance:</translation>
    </message>
    <message>
        <source>&amp;Reports to:</source>
        <translation>&amp;Reports to:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>How well our team knows this person and is trusted by them</source>
        <translation>How well our team knows this person and is trusted by them</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Relations&amp;hip with us:</source>
        <translation>Relations&amp;hip with us:</translation>
    </message>
</context>
<context>
    <name>kam::ContactTableModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Buying role</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Stance</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
</context>
<context>
    <name>kam::CostEntryDialog</name>
    <message>
        <source>Add Cost</source>
        <translation>Add Cost</translation>
    </message>
    <message>
        <source>Edit Cost</source>
        <translation>Edit Cost</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>A&amp;mount:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>kam::CostEntryModel</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>kam::CriteriaTreeModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Reads</translation>
    </message>
    <message>
        <source>Local weight</source>
        <translation>Local weight</translation>
    </message>
    <message>
        <source>Global weight</source>
        <translation>Global weight</translation>
    </message>
</context>
<context>
    <name>kam::DealDialog</name>
    <message>
        <source>New Deal</source>
        <translation>New Deal</translation>
    </message>
    <message>
        <source>Edit Deal</source>
        <translation>Edit Deal</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Products:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>A&amp;mount:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>P&amp;robability:</source>
        <translation>P&amp;robability:</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>&amp;Expected close:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>Source &amp;campaign:</source>
        <translation>Source &amp;campaign:</translation>
    </message>
    <message>
        <source>Com&amp;petitor:</source>
        <translation>Com&amp;petitor:</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>&amp;Next step:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Win/loss reason:</source>
        <translation>&amp;Win/loss reason:</translation>
    </message>
    <message>
        <source>C&amp;losed on:</source>
        <translation>C&amp;losed on:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>kam::DealFilterBar</name>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Close period</source>
        <translation>Close period</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Next quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>All industries</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>All products</translation>
    </message>
</context>
<context>
    <name>kam::DealListModel</name>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Close date</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kam::Demo</name>
    <message>
        <source>The number of accounts cannot be negative.</source>
        <translation>The number of accounts cannot be negative.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 accounts.</source>
        <translation>Cancelled after %1 of %2 accounts.</translation>
    </message>
</context>
<context>
    <name>kam::Export</name>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>Writing the export failed: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <source>Writing the export of %1 failed: %2</source>
        <translation>Writing the export of %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 was written, but the export could not be recorded in the export log: %2</source>
        <translation>%1 was written, but the export could not be recorded in the export log: %2</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with BOM (*.csv)</source>
        <translation>CSV for Excel, UTF-8 with BOM (*.csv)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>kam::FieldHistoryModel</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
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
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
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
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
</context>
<context>
    <name>kam::Fields</name>
    <message>
        <source>a currency code such as CNY or USD</source>
        <translation>a currency code such as CNY or USD</translation>
    </message>
    <message>
        <source>a whole number such as 12</source>
        <translation>a whole number such as 12</translation>
    </message>
    <message>
        <source>an amount in %1 such as %2</source>
        <translation>an amount in %1 such as %2</translation>
    </message>
    <message>
        <source>a date such as 2024-03-05</source>
        <translation>a date such as 2024-03-05</translation>
    </message>
    <message>
        <source>a UTC time such as 2024-03-05T06:30:00.000Z</source>
        <translation>a UTC time such as 2024-03-05T06:30:00.000Z</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>one of %1</translation>
    </message>
</context>
<context>
    <name>kam::ForecastModel</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Best case</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Projected</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Attainment</translation>
    </message>
</context>
<context>
    <name>kam::ForecastView</name>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Quarters</translation>
    </message>
    <message>
        <source>Next 12 months</source>
        <translation>Next 12 months</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Next 4 quarters</source>
        <translation>Next 4 quarters</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Targets…</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>Periods:</translation>
    </message>
    <message>
        <source>Commit from:</source>
        <translation>Commit from:</translation>
    </message>
    <message>
        <source>Best case from:</source>
        <translation>Best case from:</translation>
    </message>
    <message>
        <source>Forecast per period</source>
        <translation>Forecast per period</translation>
    </message>
    <message>
        <source>No open or won deals close in these periods.</source>
        <translation>No open or won deals close in these periods.</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>forecast</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
</context>
<context>
    <name>kam::FunnelModel</name>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Open deals</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>To next stage</source>
        <translation>To next stage</translation>
    </message>
    <message>
        <source>Avg. days in stage</source>
        <translation>Avg. days in stage</translation>
    </message>
</context>
<context>
    <name>kam::FunnelView</name>
    <message>
        <source>Open deals per stage</source>
        <translation>Open deals per stage</translation>
    </message>
    <message>
        <source>Open amount per stage</source>
        <translation>Open amount per stage</translation>
    </message>
    <message>
        <source>No open deals match the filter.</source>
        <translation>No open deals match the filter.</translation>
    </message>
    <message>
        <source>funnel</source>
        <translation>funnel</translation>
    </message>
    <message numerus="yes">
        <source>Open: %n deal(s), %1</source>
        <translation>
            <numerusform>Open: %n deal, %1</numerusform>
            <numerusform>Open: %n deals, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Won: %n deal(s), %1</source>
        <translation>
            <numerusform>Won: %n deal, %1</numerusform>
            <numerusform>Won: %n deals, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lost: %n deal(s)</source>
        <translation>
            <numerusform>Lost: %n deal</numerusform>
            <numerusform>Lost: %n deals</numerusform>
        </translation>
    </message>
    <message>
        <source>Win rate: %1</source>
        <translation>Win rate: %1</translation>
    </message>
    <message>
        <source>Win rate: —</source>
        <translation>Win rate: —</translation>
    </message>
    <message>
        <source>Average won deal: %1</source>
        <translation>Average won deal: %1</translation>
    </message>
    <message>
        <source>Average won deal: —</source>
        <translation>Average won deal: —</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in other currencies than %1 left out</source>
        <translation>
            <numerusform>%n deal in a currency other than %1 left out</numerusform>
            <numerusform>%n deals in currencies other than %1 left out</numerusform>
        </translation>
    </message>
    <message>
        <source>Funnel stages</source>
        <translation>Funnel stages</translation>
    </message>
</context>
<context>
    <name>kam::Import</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Parent account</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Annual revenue</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Strategic fit</source>
        <translation>Strategic fit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Buying role</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Stance</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Map position</source>
        <translation>Map position</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Source campaign</source>
        <translation>Source campaign</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Won/lost reason</source>
        <translation>Won/lost reason</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation>Responded on</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Likelihood to recommend</source>
        <translation>Likelihood to recommend</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Dimension scores</source>
        <translation>Dimension scores</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Incurred on</source>
        <translation>Incurred on</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Satisfaction responses</source>
        <translation>Satisfaction responses</translation>
    </message>
    <message>
        <source>Cost entries</source>
        <translation>Cost entries</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The amount %1 has more decimals than %2 has.</source>
        <translation>The amount %1 has more decimals than %2 has.</translation>
    </message>
    <message>
        <source>The column %1 mapped to the field %2 is not in %3.</source>
        <translation>The column %1 mapped to the field %2 is not in %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is ambiguous: it matches %n rows.</source>
        <translation>
            <numerusform>%1 is ambiguous: it matches %n rows.</numerusform>
            <numerusform>%1 is ambiguous: it matches %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing is named %2.</source>
        <translation>%1: nothing is named %2.</translation>
    </message>
    <message>
        <source>The account %1 is ambiguous: it matches %2.</source>
        <translation>The account %1 is ambiguous: it matches %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No account has the id or code %1.</source>
        <translation>No account has the id or code %1.</translation>
    </message>
    <message>
        <source>No account named %1.</source>
        <translation>No account named %1.</translation>
    </message>
    <message>
        <source>%1 cannot be found without the row&apos;s account.</source>
        <translation>%1 cannot be found without the row&apos;s account.</translation>
    </message>
    <message>
        <source>%1 is not one of %2.</source>
        <translation>%1 is not one of %2.</translation>
    </message>
    <message>
        <source>%1 is not a currency code such as CNY or USD.</source>
        <translation>%1 is not a currency code such as CNY or USD.</translation>
    </message>
    <message>
        <source>The amount %1 is in %2 but the row&apos;s currency is %3.</source>
        <translation>The amount %1 is in %2 but the row&apos;s currency is %3.</translation>
    </message>
    <message>
        <source>An open deal needs a stage: it tells how far the deal is.</source>
        <translation>An open deal needs a stage: it tells how far the deal is.</translation>
    </message>
    <message>
        <source>%1 is required and has no value.</source>
        <translation>%1 is required and has no value.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>credit code</source>
        <translation>credit code</translation>
    </message>
    <message>
        <source>tax id</source>
        <translation>tax id</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>same name at the account</source>
        <translation>same name at the account</translation>
    </message>
    <message>
        <source>name %1 %</source>
        <translation>name %1 %</translation>
    </message>
    <message>
        <source>The parent account %1 (row %2) is rejected.</source>
        <translation>The parent account %1 (row %2) is rejected.</translation>
    </message>
    <message>
        <source>An account cannot be its own parent (%1).</source>
        <translation>An account cannot be its own parent (%1).</translation>
    </message>
    <message>
        <source>Checking %1 was cancelled.</source>
        <translation>Checking %1 was cancelled.</translation>
    </message>
    <message>
        <source>The account %1 could not be created: %2</source>
        <translation>The account %1 could not be created: %2</translation>
    </message>
    <message>
        <source>It repeats row %1, which was not imported.</source>
        <translation>It repeats row %1, which was not imported.</translation>
    </message>
    <message>
        <source>The branches of rows %1 were imported without it.</source>
        <translation>The branches of rows %1 were imported without it.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message>
        <source>Dry run: nothing is kept.</source>
        <translation>Dry run: nothing is kept.</translation>
    </message>
    <message>
        <source>The rejected rows of %1 could not be written: %2</source>
        <translation>The rejected rows of %1 could not be written: %2</translation>
    </message>
    <message>
        <source>“%1” is not an amount (expected a number written like %2)</source>
        <translation>“%1” is not an amount (expected a number written like %2)</translation>
    </message>
    <message>
        <source>“%1” is not a whole number (expected a number written like %2)</source>
        <translation>“%1” is not a whole number (expected a number written like %2)</translation>
    </message>
    <message>
        <source>“%1” is not a number (expected a number written like %2)</source>
        <translation>“%1” is not a number (expected a number written like %2)</translation>
    </message>
</context>
<context>
    <name>kam::ImportMapping</name>
    <message>
        <source>The mapping&apos;s values are not an object.</source>
        <translation>The mapping&apos;s values are not an object.</translation>
    </message>
    <message>
        <source>values of %1</source>
        <translation>values of %1</translation>
    </message>
</context>
<context>
    <name>kam::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>%1 (new account)</source>
        <translation>%1 (new account)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <source>Matched on</source>
        <translation>Matched on</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Issues</translation>
    </message>
</context>
<context>
    <name>kam::ImportWizard</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Vertical bar ( | )</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
</context>
<context>
    <name>kam::Labels</name>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Channel partner</source>
        <translation>Channel partner</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Unrated</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Core</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>Developing</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Mature</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>Declining</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Technical buyer</source>
        <translation>Technical buyer</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Gatekeeper</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Account lead</source>
        <translation>Account lead</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>Technical support</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Executive sponsor</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>Tax id</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Annual revenue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Buying role</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Stance</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Samples sent</source>
        <translation>Samples sent</translation>
    </message>
    <message>
        <source>Service case</source>
        <translation>Service case</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Source campaign</source>
        <translation>Source campaign</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Win or loss reason</source>
        <translation>Win or loss reason</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>deal status</comment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Won</source>
        <comment>deal status</comment>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>deal status</comment>
        <translation>Lost</translation>
    </message>
    <message>
        <source>No champion: nobody at the account argues for us.</source>
        <translation>No champion: nobody at the account argues for us.</translation>
    </message>
    <message>
        <source>The decision maker is not known.</source>
        <translation>The decision maker is not known.</translation>
    </message>
    <message>
        <source>No contact yet with the decision maker %1.</source>
        <translation>No contact yet with the decision maker %1.</translation>
    </message>
    <message numerus="yes">
        <source>No contact with the decision maker %1 for %n day(s).</source>
        <translation>
            <numerusform>No contact with the decision maker %1 for %n day.</numerusform>
            <numerusform>No contact with the decision maker %1 for %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action status</comment>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>action status</comment>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Potential</source>
        <comment>whitespace</comment>
        <translation>Potential</translation>
    </message>
    <message>
        <source>Buys from us</source>
        <translation>Buys from us</translation>
    </message>
    <message>
        <source>Buys from a competitor</source>
        <translation>Buys from a competitor</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Not relevant</translation>
    </message>
    <message>
        <source>H%1 %2</source>
        <translation>H%1 %2</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Place in the map</source>
        <translation>Place in the map</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Threats</translation>
    </message>
    <message>
        <source>Revenue last period</source>
        <translation>Revenue last period</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>Revenue target</translation>
    </message>
    <message>
        <source>Gross margin last period</source>
        <translation>Gross margin last period</translation>
    </message>
    <message>
        <source>Gross margin target</source>
        <translation>Gross margin target</translation>
    </message>
    <message>
        <source>Share of wallet last period</source>
        <translation>Share of wallet last period</translation>
    </message>
    <message>
        <source>Share of wallet target</source>
        <translation>Share of wallet target</translation>
    </message>
    <message>
        <source>Started from</source>
        <translation>Started from</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Product line</translation>
    </message>
    <message>
        <source>Branch or buying centre</source>
        <translation>Branch or buying centre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Size: influence · dots: our relationship · arrow: reports to</source>
        <translation>Size: influence · dots: our relationship · arrow: reports to</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Acquainted</source>
        <translation>Acquainted</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <extracomment>A calendar quarter: %1 the year, %2 the quarter 1–4 (&quot;2026 Q3&quot;)</extracomment>
        <translation>%1 Q%2</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Visit rating</source>
        <translation>Visit rating</translation>
    </message>
    <message>
        <source>Service case rating</source>
        <translation>Service case rating</translation>
    </message>
    <message>
        <source>NPS falling</source>
        <translation>NPS falling</translation>
    </message>
    <message>
        <source>Satisfaction falling</source>
        <translation>Satisfaction falling</translation>
    </message>
    <message>
        <source>Revenue falling</source>
        <translation>Revenue falling</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>No contact</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>Stalled deals</translation>
    </message>
    <message>
        <source>Key contact left or no champion</source>
        <translation>Key contact left or no champion</translation>
    </message>
    <message>
        <source>Open service cases</source>
        <translation>Open service cases</translation>
    </message>
    <message>
        <source>Payment overdue</source>
        <translation>Payment overdue</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Part %1 of “%2” is empty.</source>
        <translation>Part %1 of “%2” is empty.</translation>
    </message>
    <message>
        <source>“%1” has no “=” between dimension and score.</source>
        <translation>“%1” has no “=” between dimension and score.</translation>
    </message>
    <message>
        <source>“%1” names no dimension.</source>
        <translation>“%1” names no dimension.</translation>
    </message>
    <message>
        <source>“%1” has more than one “=”.</source>
        <translation>“%1” has more than one “=”.</translation>
    </message>
    <message>
        <source>“%1”: the score must be a whole number from 1 to %2.</source>
        <translation>“%1”: the score must be a whole number from 1 to %2.</translation>
    </message>
    <message>
        <source>“%1”: the dimension %2 is scored more than once.</source>
        <translation>“%1”: the dimension %2 is scored more than once.</translation>
    </message>
    <message>
        <source>Weighted sum</source>
        <translation>Weighted sum</translation>
    </message>
    <message>
        <source>Fuzzy comprehensive evaluation</source>
        <translation>Fuzzy comprehensive evaluation</translation>
    </message>
    <message>
        <source>Grey relational analysis</source>
        <translation>Grey relational analysis</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Gross margin</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>Share of wallet</translation>
    </message>
    <message>
        <source>Strategic fit</source>
        <translation>Strategic fit</translation>
    </message>
    <message>
        <source>Payment record</source>
        <translation>Payment record</translation>
    </message>
    <message>
        <source>Relationship strength</source>
        <translation>Relationship strength</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>Cost of goods</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <source>Other cost</source>
        <translation>Other cost</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>Trade fair</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Telemarketing</source>
        <translation>Telemarketing</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Previous tier</source>
        <translation>Previous tier</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Value model</source>
        <translation>Value model</translation>
    </message>
    <message>
        <source>Incurred on</source>
        <translation>Incurred on</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation>Responded on</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
</context>
<context>
    <name>kam::LifecycleDialog</name>
    <message>
        <source>Change Lifecycle Stage</source>
        <translation>Change Lifecycle Stage</translation>
    </message>
    <message>
        <source>%1 is %2 now.</source>
        <translation>%1 is %2 now.</translation>
    </message>
    <message>
        <source>The facts suggest %1: %2</source>
        <translation>The facts suggest %1: %2</translation>
    </message>
    <message>
        <source>Why the account is at this stage (required)</source>
        <translation>Why the account is at this stage (required)</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>kam::LifecycleHistoryModel</name>
    <message>
        <source>%1 (new account)</source>
        <translation>%1 (new account)</translation>
    </message>
    <message>
        <source>%1 (confirmed)</source>
        <translation>%1 (confirmed)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>From → To</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
</context>
<context>
    <name>kam::LoginDialog</name>
    <message>
        <source>Log In to the Sync Server</source>
        <translation>Log In to the Sync Server</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Log In</translation>
    </message>
    <message>
        <source>Your changes are sent to the company server and your colleagues&apos; changes come back. The password is not stored; the session is kept in the system keychain.</source>
        <translation>Your changes are sent to the company server and your colleagues&apos; changes come back. The password is not stored; the session is kept in the system keychain.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Enter your e-mail and password.</source>
        <translation>Enter your e-mail and password.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
</context>
<context>
    <name>kam::MainWindow</name>
    <message>
        <source>&amp;Satisfaction</source>
        <translation>&amp;Satisfaction</translation>
    </message>
    <message>
        <source>%1 — KAM Desk</source>
        <translation>%1 — KAM Desk</translation>
    </message>
    <message>
        <source>The local store</source>
        <translation>The local store</translation>
    </message>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>“%1” could not be undone or redone:
%2</source>
        <translation>“%1” could not be undone or redone:
%2</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation>&amp;New Account…</translation>
    </message>
    <message>
        <source>Add a customer account to the portfolio</source>
        <translation>Add a customer account to the portfolio</translation>
    </message>
    <message>
        <source>New &amp;Contact…</source>
        <translation>New &amp;Contact…</translation>
    </message>
    <message>
        <source>Add a contact person to the selected account</source>
        <translation>Add a contact person to the selected account</translation>
    </message>
    <message>
        <source>&amp;Export Accounts…</source>
        <translation>&amp;Export Accounts…</translation>
    </message>
    <message>
        <source>Save the accounts as a CSV or JSON file</source>
        <translation>Save the accounts as a CSV or JSON file</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the selected account, or the selected contact when the contact list has the focus (Undo brings it back)</source>
        <translation>Delete the selected account, or the selected contact when the contact list has the focus (Undo brings it back)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Filter the portfolio</source>
        <translation>Filter the portfolio</translation>
    </message>
    <message>
        <source>As &amp;Table</source>
        <translation>As &amp;Table</translation>
    </message>
    <message>
        <source>As Group T&amp;ree</source>
        <translation>As Group T&amp;ree</translation>
    </message>
    <message>
        <source>&amp;About KAM Desk</source>
        <translation>&amp;About KAM Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>Deleted %1. %2 brings it back.</source>
        <translation>Deleted %1. %2 brings it back.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>Export Accounts</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1</source>
        <translation>
            <numerusform>Exported %n account to %1</numerusform>
            <numerusform>Exported %n accounts to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language is used from the next start of KAM Desk. Restart now?</source>
        <translation>The new language is used from the next start of KAM Desk. Restart now?</translation>
    </message>
    <message>
        <source>Unapplied changes</source>
        <translation>Unapplied changes</translation>
    </message>
    <message>
        <source>The account has changes that were not applied. Apply them before closing?</source>
        <translation>The account has changes that were not applied. Apply them before closing?</translation>
    </message>
    <message>
        <source>The account has changes that were not applied. Apply them before showing another account?</source>
        <translation>The account has changes that were not applied. Apply them before showing another account?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln account shown</numerusform>
            <numerusform>%1 of %Ln accounts shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation>Sync Conflicts</translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation>&amp;Log In…</translation>
    </message>
    <message>
        <source>Connect this store to the company&apos;s sync server</source>
        <translation>Connect this store to the company&apos;s sync server</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>Log &amp;Out</translation>
    </message>
    <message>
        <source>End the session; the data stays on this computer</source>
        <translation>End the session; the data stays on this computer</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sync Now</translation>
    </message>
    <message>
        <source>Send your changes and receive your colleagues&apos;</source>
        <translation>Send your changes and receive your colleagues&apos;</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflicts</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>%1
You are logged in for as long as KAM Desk runs; at the next start it asks for your password again. Nothing secret is written to disk.</source>
        <translation>%1
You are logged in for as long as KAM Desk runs; at the next start it asks for your password again. Nothing secret is written to disk.</translation>
    </message>
    <message>
        <source>This version of KAM Desk cannot sync with the server: %1
Install the current version; your data stays on this computer meanwhile.</source>
        <translation>This version of KAM Desk cannot sync with the server: %1
Install the current version; your data stays on this computer meanwhile.</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Logged in as %1</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>&amp;Deals</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Activities</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agenda (%L1 overdue)</source>
        <translation>Agenda (%L1 overdue)</translation>
    </message>
    <message>
        <source>New &amp;Deal…</source>
        <translation>New &amp;Deal…</translation>
    </message>
    <message>
        <source>Add a sales opportunity</source>
        <translation>Add a sales opportunity</translation>
    </message>
    <message>
        <source>Sales &amp;Stages…</source>
        <translation>Sales &amp;Stages…</translation>
    </message>
    <message>
        <source>Add, rename and reorder the stages of the sales process</source>
        <translation>Add, rename and reorder the stages of the sales process</translation>
    </message>
    <message>
        <source>Sales &amp;Targets…</source>
        <translation>Sales &amp;Targets…</translation>
    </message>
    <message>
        <source>Set the targets the forecast is measured against</source>
        <translation>Set the targets the forecast is measured against</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Plans</translation>
    </message>
    <message>
        <source>Export Plan to &amp;PDF…</source>
        <translation>Export Plan to &amp;PDF…</translation>
    </message>
    <message>
        <source>Save a key account plan of the selected account as a PDF</source>
        <translation>Save a key account plan of the selected account as a PDF</translation>
    </message>
    <message>
        <source>Export All Plans to PDF…</source>
        <translation>Export All Plans to PDF…</translation>
    </message>
    <message>
        <source>Save every key account plan of the portfolio as PDFs in a folder</source>
        <translation>Save every key account plan of the portfolio as PDFs in a folder</translation>
    </message>
    <message>
        <source>Export Plan to PDF</source>
        <translation>Export Plan to PDF</translation>
    </message>
    <message>
        <source>The selected account has no key account plan.</source>
        <translation>The selected account has no key account plan.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Export All Plans to PDF</source>
        <translation>Export All Plans to PDF</translation>
    </message>
    <message>
        <source>The portfolio has no key account plan.</source>
        <translation>The portfolio has no key account plan.</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Health</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Warnings (%L1)</source>
        <translation>Warnings (%L1)</translation>
    </message>
    <message>
        <source>Pro&amp;fit &amp;&amp; costs</source>
        <translation>Pro&amp;fit &amp;&amp; costs</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Profitability</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>Read accounts, contacts, deals and more from a CSV file</source>
        <translation>Read accounts, contacts, deals and more from a CSV file</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>accounts</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Language, sync server and interval, default currency and maintenance intervals</source>
        <translation>Language, sync server and interval, default currency and maintenance intervals</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Open &amp;Log Folder</translation>
    </message>
    <message>
        <source>Show the support log of KAM Desk in the file manager</source>
        <translation>Show the support log of KAM Desk in the file manager</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Open Log Folder</translation>
    </message>
    <message>
        <source>The support log is in %1</source>
        <translation>The support log is in %1</translation>
    </message>
</context>
<context>
    <name>kam::MaintenanceRulesDialog</name>
    <message>
        <source>Maintenance Intervals</source>
        <translation>Maintenance Intervals</translation>
    </message>
</context>
<context>
    <name>kam::MaintenanceRulesForm</name>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>No reminder</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Remind me when an account has had no contact for longer than:</source>
        <translation>Remind me when an account has had no contact for longer than:</translation>
    </message>
</context>
<context>
    <name>kam::MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Choose the file column each field is read from, or a value for every row. Fields marked * are required.</source>
        <translation>Choose the file column each field is read from, or a value for every row. Fields marked * are required.</translation>
    </message>
    <message>
        <source>Save Preset…</source>
        <translation>Save Preset…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>File column</translation>
    </message>
    <message>
        <source>Value for every row</source>
        <translation>Value for every row</translation>
    </message>
    <message>
        <source>1,234.56 (dot decimal)</source>
        <translation>1,234.56 (dot decimal)</translation>
    </message>
    <message>
        <source>1.234,56 (comma decimal)</source>
        <translation>1.234,56 (comma decimal)</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <source>Day first (05/03/2024 is 5 March)</source>
        <translation>Day first (05/03/2024 is 5 March)</translation>
    </message>
    <message>
        <source>Month first (05/03/2024 is May 3)</source>
        <translation>Month first (05/03/2024 is May 3)</translation>
    </message>
    <message>
        <source>ID, credit code, tax ID or name</source>
        <translation>ID, credit code, tax ID or name</translation>
    </message>
    <message>
        <source>Name only</source>
        <translation>Name only</translation>
    </message>
    <message>
        <source>ID or codes only</source>
        <translation>ID or codes only</translation>
    </message>
    <message>
        <source>Create accounts that do not exist</source>
        <translation>Create accounts that do not exist</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Numbers:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <source>Find accounts by:</source>
        <translation>Find accounts by:</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(value for every row)</source>
        <translation>(value for every row)</translation>
    </message>
    <message>
        <source>Choose a column or a value for “%1”.</source>
        <translation>Choose a column or a value for “%1”.</translation>
    </message>
    <message>
        <source>The dates could be day first or month first: choose which.</source>
        <translation>The dates could be day first or month first: choose which.</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>(no preset)</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>Save Preset</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Name of the preset:</translation>
    </message>
</context>
<context>
    <name>kam::Money</name>
    <message>
        <source>“%1” is not an amount in %2 (up to %3 decimals).</source>
        <translation>“%1” is not an amount in %2 (up to %3 decimals).</translation>
    </message>
</context>
<context>
    <name>kam::NewPlanDialog</name>
    <message>
        <source>New Plan</source>
        <translation>New Plan</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>First half</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>Second half</translation>
    </message>
    <message>
        <source>e.g. Grow the service business</source>
        <translation>e.g. Grow the service business</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
</context>
<context>
    <name>kam::NpsBreakdownModel</name>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>No response in the period rated the likelihood to recommend.</source>
        <translation>No response in the period rated the likelihood to recommend.</translation>
    </message>
    <message numerus="yes">
        <source>%1% promoters − %2% detractors of %n answered response(s)</source>
        <translation>
            <numerusform>%1% promoters − %2% detractors of %n answered response</numerusform>
            <numerusform>%1% promoters − %2% detractors of %n answered responses</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoters</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passives</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractors</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
</context>
<context>
    <name>kam::PairwiseModel</name>
    <message>
        <source>How much more %1 matters than %2 (1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more; 1/3 … 1/9 less)</source>
        <translation>How much more %1 matters than %2 (1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more; 1/3 … 1/9 less)</translation>
    </message>
</context>
<context>
    <name>kam::ParetoModel</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Gross margin</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Share %</translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>Cumulative %</translation>
    </message>
</context>
<context>
    <name>kam::PipelineBoard</name>
    <message>
        <source>&amp;New deal…</source>
        <translation>&amp;New deal…</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Drop a deal here to close it as won</source>
        <translation>Drop a deal here to close it as won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Drop a deal here to close it as lost</source>
        <translation>Drop a deal here to close it as lost</translation>
    </message>
    <message>
        <source>Deal Lost</source>
        <translation>Deal Lost</translation>
    </message>
    <message>
        <source>Why was “%1” lost? (may stay empty)</source>
        <translation>Why was “%1” lost? (may stay empty)</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) · %1</source>
        <translation>
            <numerusform>%n deal · %1</numerusform>
            <numerusform>%n deals · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted %1</source>
        <translation>Weighted %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n in other currencies</source>
        <translation>
            <numerusform>+ %n in other currencies</numerusform>
            <numerusform>+ %n in other currencies</numerusform>
        </translation>
    </message>
    <message>
        <source>The deal&apos;s new stage is not a stage of the sales process.</source>
        <translation>The deal&apos;s new stage is not a stage of the sales process.</translation>
    </message>
    <message>
        <source>Move deal %1 to %2</source>
        <translation>Move deal %1 to %2</translation>
    </message>
    <message>
        <source>Close deal %1 as won</source>
        <translation>Close deal %1 as won</translation>
    </message>
    <message>
        <source>Close deal %1 as lost</source>
        <translation>Close deal %1 as lost</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Move to</translation>
    </message>
    <message>
        <source>Close as &amp;won</source>
        <translation>Close as &amp;won</translation>
    </message>
    <message>
        <source>Close as &amp;lost…</source>
        <translation>Close as &amp;lost…</translation>
    </message>
</context>
<context>
    <name>kam::PlanActionModel</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kam::PlanEditor</name>
    <message>
        <source>P&amp;lan:</source>
        <translation>P&amp;lan:</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <source>Start the next period&apos;s plan from this one: its targets become the baselines; objectives, open actions, risks and the whitespace grid carry over</source>
        <translation>Start the next period&apos;s plan from this one: its targets become the baselines; objectives, open actions, risks and the whitespace grid carry over</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>Su&amp;bmit for review</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Bac&amp;k to draft</source>
        <translation>Bac&amp;k to draft</translation>
    </message>
    <message>
        <source>Send the plan back for revision; an approved plan starts its next version</source>
        <translation>Send the plan back for revision; an approved plan starts its next version</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>This account has no plan yet. “New plan…” starts one.</source>
        <translation>This account has no plan yet. “New plan…” starts one.</translation>
    </message>
    <message>
        <source>Add an objective: type its title, press Enter</source>
        <translation>Add an objective: type its title, press Enter</translation>
    </message>
    <message>
        <source>Add an action: type its title, press Enter</source>
        <translation>Add an action: type its title, press Enter</translation>
    </message>
    <message>
        <source>Add a risk: type its title, press Enter</source>
        <translation>Add a risk: type its title, press Enter</translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation>&amp;Situation</translation>
    </message>
    <message>
        <source>&amp;Objectives &amp;&amp; actions</source>
        <translation>&amp;Objectives &amp;&amp; actions</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation>&amp;Risks</translation>
    </message>
    <message>
        <source>&amp;Whitespace</source>
        <translation>&amp;Whitespace</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <source>Where the account stands: its business, its buying, our position</source>
        <translation>Where the account stands: its business, its buying, our position</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>What we do well for this account</source>
        <translation>What we do well for this account</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <source>Where we fall short</source>
        <translation>Where we fall short</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>What we could win</source>
        <translation>What we could win</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Threats</translation>
    </message>
    <message>
        <source>What could cost us business</source>
        <translation>What could cost us business</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Last period</source>
        <translation>Last period</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Gross margin</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>Share of wallet</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Situation summary</source>
        <translation>Situation summary</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Rows are the account, its branches and buying centres; columns are product lines. Double-click a cell to fill it in.</source>
        <translation>Rows are the account, its branches and buying centres; columns are product lines. Double-click a cell to fill it in.</translation>
    </message>
    <message>
        <source>&amp;Edit cell…</source>
        <translation>&amp;Edit cell…</translation>
    </message>
    <message>
        <source>&amp;Add branch, centre or line…</source>
        <translation>&amp;Add branch, centre or line…</translation>
    </message>
    <message>
        <source>Fill in a cell for a buying centre or a product line the grid does not show yet</source>
        <translation>Fill in a cell for a buying centre or a product line the grid does not show yet</translation>
    </message>
    <message>
        <source>&amp;Clear cell</source>
        <translation>&amp;Clear cell</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · version %2</translation>
    </message>
    <message>
        <source>Editing an approved plan starts its next version as a draft</source>
        <translation>Editing an approved plan starts its next version as a draft</translation>
    </message>
    <message>
        <source>Start %1 from this plan</source>
        <translation>Start %1 from this plan</translation>
    </message>
    <message>
        <source>plan-objectives</source>
        <translation>plan-objectives</translation>
    </message>
    <message>
        <source>plan-actions</source>
        <translation>plan-actions</translation>
    </message>
    <message>
        <source>plan-risks</source>
        <translation>plan-risks</translation>
    </message>
    <message>
        <source>plan-history</source>
        <translation>plan-history</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>Plan history</translation>
    </message>
</context>
<context>
    <name>kam::PlanExport</name>
    <message>
        <source>Export Plan to PDF</source>
        <translation>Export Plan to PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export All Plans to PDF</source>
        <translation>Export All Plans to PDF</translation>
    </message>
    <message>
        <source>Writing the plans…</source>
        <translation>Writing the plans…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The export stopped.</source>
        <translation>The export stopped.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n plan(s) written to %1.</source>
        <translation>
            <numerusform>Cancelled after %n plan written to %1.</numerusform>
            <numerusform>Cancelled after %n plans written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) written to %1.</source>
        <translation>
            <numerusform>%n plan written to %1.</numerusform>
            <numerusform>%n plans written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written:</source>
        <translation>Not written:</translation>
    </message>
    <message>
        <source>Plan %1 of %2: %3</source>
        <translation>Plan %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>kam::PlanHistoryModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
</context>
<context>
    <name>kam::PlanListModel</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>kam::PlanObjectiveModel</name>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>kam::PlanPdf</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1 million</translation>
    </message>
    <message>
        <source>%1 thousand</source>
        <translation>%1 thousand</translation>
    </message>
    <message>
        <source>Plan target per quarter: %1</source>
        <translation>Plan target per quarter: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n deal(s)</source>
        <translation>
            <numerusform>%1 · %n deal</numerusform>
            <numerusform>%1 · %n deals</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>No situation summary written.</source>
        <translation>No situation summary written.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Revenue and pipeline</source>
        <translation>Revenue and pipeline</translation>
    </message>
    <message>
        <source>Won revenue by quarter, account and branches</source>
        <translation>Won revenue by quarter, account and branches</translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation>Open pipeline by stage</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>Whitespace</translation>
    </message>
    <message>
        <source>Relationship map</source>
        <translation>Relationship map</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>Revenue target</translation>
    </message>
    <message>
        <source>Growth on last period</source>
        <translation>Growth on last period</translation>
    </message>
    <message numerus="yes">
        <source>Open pipeline (%n deal(s))</source>
        <translation>
            <numerusform>Open pipeline (%n deal)</numerusform>
            <numerusform>Open pipeline (%n deals)</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Actions done</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Objectives, average progress</source>
        <translation>Objectives, average progress</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Last period</source>
        <translation>Last period</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Gross margin</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>Share of wallet</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Threats</translation>
    </message>
    <message>
        <source>None noted.</source>
        <translation>None noted.</translation>
    </message>
    <message>
        <source>No objectives set.</source>
        <translation>No objectives set.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>No actions planned.</source>
        <translation>No actions planned.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No whitespace analysis.</source>
        <translation>No whitespace analysis.</translation>
    </message>
    <message>
        <source>Branch or buying centre</source>
        <translation>Branch or buying centre</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>No contacts recorded.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>No gaps: a champion and the decision makers are covered.</source>
        <translation>No gaps: a champion and the decision makers are covered.</translation>
    </message>
    <message>
        <source>No risks recorded.</source>
        <translation>No risks recorded.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Confidential · prepared with KAM Desk on %1</source>
        <translation>Confidential · prepared with KAM Desk on %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>KEY ACCOUNT PLAN</source>
        <translation>KEY ACCOUNT PLAN</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Industry and region</source>
        <translation>Industry and region</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Plan owner</source>
        <translation>Plan owner</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Confidential · prepared with KAM Desk</source>
        <translation>Confidential · prepared with KAM Desk</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Cannot start the PDF of %1.</source>
        <translation>Cannot start the PDF of %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
</context>
<context>
    <name>kam::PlanRiskModel</name>
    <message>
        <source>1 (rare) to 5 (almost certain)</source>
        <translation>1 (rare) to 5 (almost certain)</translation>
    </message>
    <message>
        <source>1 (minor) to 5 (severe)</source>
        <translation>1 (minor) to 5 (severe)</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>Likelihood × impact</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mitigation</translation>
    </message>
</context>
<context>
    <name>kam::PlanSectionModelBase</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
</context>
<context>
    <name>kam::PortfolioView</name>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Filter by name, short name, credit code, region, industry</source>
        <translation>Filter by name, short name, credit code, region, industry</translation>
    </message>
    <message>
        <source>Portfolio filter</source>
        <translation>Portfolio filter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the filter text and all filter chips</source>
        <translation>Clear the filter text and all filter chips</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Account groups</source>
        <translation>Account groups</translation>
    </message>
    <message>
        <source>No industries yet</source>
        <translation>No industries yet</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>portfolio</translation>
    </message>
    <message>
        <source>account-groups</source>
        <translation>account-groups</translation>
    </message>
</context>
<context>
    <name>kam::PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Every row as it will be imported. Rejected rows are left out; choose what happens to rows that duplicate a stored one.</source>
        <translation>Every row as it will be imported. Rejected rows are left out; choose what happens to rows that duplicate a stored one.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Duplicates:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) — new: %1, duplicates: %2, rejected: %3.</source>
        <translation>
            <numerusform>%n row — new: %1, duplicates: %2, rejected: %3.</numerusform>
            <numerusform>%n rows — new: %1, duplicates: %2, rejected: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kam::ProfitabilityModel</name>
    <message>
        <source>Protect</source>
        <translation>Protect</translation>
    </message>
    <message>
        <source>Over-served</source>
        <translation>Over-served</translation>
    </message>
    <message>
        <source>Develop</source>
        <translation>Develop</translation>
    </message>
    <message>
        <source>Review cost to serve</source>
        <translation>Review cost to serve</translation>
    </message>
    <message>
        <source>No revenue in the period, so no margin.</source>
        <translation>No revenue in the period, so no margin.</translation>
    </message>
    <message>
        <source>The value model did not score this account.</source>
        <translation>The value model did not score this account.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>Cost of goods</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Gross margin</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Cost to serve</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Profit</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Margin %</translation>
    </message>
    <message>
        <source>Value score</source>
        <translation>Value score</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
</context>
<context>
    <name>kam::ProfitabilityView</name>
    <message>
        <source>%1, millions</source>
        <comment>axis unit</comment>
        <translation>%1, millions</translation>
    </message>
    <message>
        <source>%1, thousands</source>
        <comment>axis unit</comment>
        <translation>%1, thousands</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last four quarters</source>
        <translation>Last four quarters</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>From … to …</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>Pareto</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Profitability</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>The figures could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 · %n account(s)</source>
        <translation>
            <numerusform>%1 – %2 · %n account</numerusform>
            <numerusform>%1 – %2 · %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Scored by the value model “%1”</source>
        <translation>Scored by the value model “%1”</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Gross margin</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Cumulative share</translation>
    </message>
    <message>
        <source>80 %</source>
        <translation>80 %</translation>
    </message>
    <message>
        <source>Accounts by rank</source>
        <translation>Accounts by rank</translation>
    </message>
    <message>
        <source>Cumulative share (%)</source>
        <translation>Cumulative share (%)</translation>
    </message>
    <message>
        <source>pareto</source>
        <translation>pareto</translation>
    </message>
    <message>
        <source>Rank by:</source>
        <translation>Rank by:</translation>
    </message>
    <message>
        <source>No won revenue in this period.</source>
        <translation>No won revenue in this period.</translation>
    </message>
    <message>
        <source>No gross margin in this period.</source>
        <translation>No gross margin in this period.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) (%1 %) make 80 % of revenue</source>
        <translation>
            <numerusform>%n account (%1 %) make 80 % of revenue</numerusform>
            <numerusform>%n accounts (%1 %) make 80 % of revenue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) (%1 %) make 80 % of gross margin</source>
        <translation>
            <numerusform>%n account (%1 %) make 80 % of gross margin</numerusform>
            <numerusform>%n accounts (%1 %) make 80 % of gross margin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Others (%n)</source>
        <translation>
            <numerusform>Others (%n)</numerusform>
            <numerusform>Others (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue by account, largest first</source>
        <translation>Revenue by account, largest first</translation>
    </message>
    <message>
        <source>Gross margin by account, largest first</source>
        <translation>Gross margin by account, largest first</translation>
    </message>
    <message>
        <source>profitability</source>
        <translation>profitability</translation>
    </message>
    <message>
        <source>Value × profitability</source>
        <translation>Value × profitability</translation>
    </message>
    <message>
        <source>Value score</source>
        <translation>Value score</translation>
    </message>
    <message>
        <source>Profit margin (%)</source>
        <translation>Profit margin (%)</translation>
    </message>
    <message>
        <source>%1
Value score %2 · margin %3 %</source>
        <translation>%1
Value score %2 · margin %3 %</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Protect</translation>
    </message>
    <message>
        <source>Over-served: loyal but unprofitable</source>
        <translation>Over-served: loyal but unprofitable</translation>
    </message>
    <message>
        <source>Develop</source>
        <translation>Develop</translation>
    </message>
    <message>
        <source>Review cost to serve</source>
        <translation>Review cost to serve</translation>
    </message>
    <message>
        <source>Value × profitability (split at the median score %1 and a 0 % margin)</source>
        <translation>Value × profitability (split at the median score %1 and a 0 % margin)</translation>
    </message>
    <message>
        <source>No scored account has revenue or costs in this period.</source>
        <translation>No scored account has revenue or costs in this period.</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size (annual revenue)</source>
        <translation>Size (annual revenue)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>segments</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Profit</translation>
    </message>
    <message>
        <source>Segment by:</source>
        <translation>Segment by:</translation>
    </message>
    <message>
        <source>No revenue or costs in this period.</source>
        <translation>No revenue or costs in this period.</translation>
    </message>
    <message>
        <source>Customer profitability</source>
        <translation>Customer profitability</translation>
    </message>
</context>
<context>
    <name>kam::RelationshipMapView</name>
    <message>
        <source>Buying role: %1</source>
        <translation>Buying role: %1</translation>
    </message>
    <message>
        <source>Stance: %1</source>
        <translation>Stance: %1</translation>
    </message>
    <message>
        <source>Influence: %1 of 5</source>
        <translation>Influence: %1 of 5</translation>
    </message>
    <message>
        <source>Relationship with us: %1</source>
        <translation>Relationship with us: %1</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom in (Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom out (Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Show the whole map</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Reset layout</translation>
    </message>
    <message>
        <source>Forget the places people were dragged to and arrange them by reporting line</source>
        <translation>Forget the places people were dragged to and arrange them by reporting line</translation>
    </message>
    <message>
        <source>Move %1 in the relationship map</source>
        <translation>Move %1 in the relationship map</translation>
    </message>
    <message>
        <source>Move people in the relationship map</source>
        <translation>Move people in the relationship map</translation>
    </message>
    <message>
        <source>Reset the relationship map</source>
        <translation>Reset the relationship map</translation>
    </message>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
</context>
<context>
    <name>kam::ReminderModel</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Interval (days)</source>
        <translation>Interval (days)</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Days since</translation>
    </message>
    <message>
        <source>Overdue by (days)</source>
        <translation>Overdue by (days)</translation>
    </message>
</context>
<context>
    <name>kam::RunPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Rows are written in chunks; cancelling keeps the chunks already written.</source>
        <translation>Rows are written in chunks; cancelling keeps the chunks already written.</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Cancel Import</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Save Rejected Rows…</source>
        <translation>Save Rejected Rows…</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Save Rejected Rows</translation>
    </message>
    <message>
        <source>rejected-rows.csv</source>
        <translation>rejected-rows.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>The import has not run yet.</source>
        <translation>The import has not run yet.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>The import failed; the store is as after the last whole chunk.</source>
        <translation>The import failed; the store is as after the last whole chunk.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read — imported: %1, updated: %2, skipped: %3, rejected: %4.</source>
        <translation>
            <numerusform>%n row read — imported: %1, updated: %2, skipped: %3, rejected: %4.</numerusform>
            <numerusform>%n rows read — imported: %1, updated: %2, skipped: %3, rejected: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1 The rows after the last whole chunk were not written.</source>
        <translation>Cancelled. %1 The rows after the last whole chunk were not written.</translation>
    </message>
</context>
<context>
    <name>kam::SatisfactionDialog</name>
    <message>
        <source>Add Satisfaction Response</source>
        <translation>Add Satisfaction Response</translation>
    </message>
    <message>
        <source>Edit Satisfaction Response</source>
        <translation>Edit Satisfaction Response</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>How likely is it that they would recommend us to a colleague? 0 (not at all) to 10 (extremely likely)</source>
        <translation>How likely is it that they would recommend us to a colleague? 0 (not at all) to 10 (extremely likely)</translation>
    </message>
    <message>
        <source>0 = not at all likely, 10 = extremely likely</source>
        <translation>0 = not at all likely, 10 = extremely likely</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>score and its meaning, as in 4 – Satisfied</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Scores by dimension</source>
        <translation>Scores by dimension</translation>
    </message>
    <message>
        <source>1 (very dissatisfied) to 5 (very satisfied); — when not rated</source>
        <translation>1 (very dissatisfied) to 5 (very satisfied); — when not rated</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a dimension&apos;s label in a form</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Answered by:</source>
        <translation>&amp;Answered by:</translation>
    </message>
    <message>
        <source>&amp;Likelihood to recommend:</source>
        <translation>&amp;Likelihood to recommend:</translation>
    </message>
    <message>
        <source>O&amp;verall satisfaction:</source>
        <translation>O&amp;verall satisfaction:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>The account as a whole</source>
        <translation>The account as a whole</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, has left</source>
        <translation>%1, has left</translation>
    </message>
</context>
<context>
    <name>kam::SatisfactionModel</name>
    <message>
        <source>Promoter</source>
        <translation>Promoter</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Detractor</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a dimension and its score, as in Quality 4</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>The account as a whole</source>
        <translation>The account as a whole</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Recommend</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>kam::SatisfactionPanel</name>
    <message>
        <source>Net Promoter Score: the share of promoters (9–10) minus the share of detractors (0–6) among those who answered, from −100 to 100</source>
        <translation>Net Promoter Score: the share of promoters (9–10) minus the share of detractors (0–6) among those who answered, from −100 to 100</translation>
    </message>
    <message>
        <source>&amp;Add response…</source>
        <translation>&amp;Add response…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation>Score (1–5)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>satisfaction</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln promoter(s)</source>
        <translation>
            <numerusform>%Ln promoter</numerusform>
            <numerusform>%Ln promoters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passive(s)</source>
        <translation>
            <numerusform>%Ln passive</numerusform>
            <numerusform>%Ln passives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln detractor(s)</source>
        <translation>
            <numerusform>%Ln detractor</numerusform>
            <numerusform>%Ln detractors</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS: no answers yet</source>
        <translation>NPS: no answers yet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not answered</source>
        <translation>
            <numerusform>%Ln not answered</numerusform>
            <numerusform>%Ln not answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overall satisfaction %1 of %2 (%Ln rating(s))</source>
        <translation>
            <numerusform>Overall satisfaction %1 of %2 (%Ln rating)</numerusform>
            <numerusform>Overall satisfaction %1 of %2 (%Ln ratings)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall satisfaction</source>
        <translation>Overall satisfaction</translation>
    </message>
    <message>
        <source>NPS (right axis)</source>
        <translation>NPS (right axis)</translation>
    </message>
    <message>
        <source>Choose an account to see its satisfaction.</source>
        <translation>Choose an account to see its satisfaction.</translation>
    </message>
    <message>
        <source>No satisfaction responses yet.
Add one after a survey, a visit or a service case to start the trend.</source>
        <translation>No satisfaction responses yet.
Add one after a survey, a visit or a service case to start the trend.</translation>
    </message>
    <message>
        <source>These responses rate nothing yet, so there is no trend to draw.
Edit one to add its scores.</source>
        <translation>These responses rate nothing yet, so there is no trend to draw.
Edit one to add its scores.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>%Ln response</numerusform>
            <numerusform>%Ln responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 (%Ln answer(s))</source>
        <translation>
            <numerusform>NPS %1 (%Ln answer)</numerusform>
            <numerusform>NPS %1 (%Ln answers)</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS: no answers</source>
        <translation>NPS: no answers</translation>
    </message>
    <message>
        <source>Overall satisfaction %1</source>
        <translation>Overall satisfaction %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a dimension and its average score, as in Quality 4.2</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more comment(s)</source>
        <translation>
            <numerusform>… and %Ln more comment</numerusform>
            <numerusform>… and %Ln more comments</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the satisfaction response of %1 (Undo brings it back)</source>
        <translation>Deleted the satisfaction response of %1 (Undo brings it back)</translation>
    </message>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>Satisfaction responses</source>
        <translation>Satisfaction responses</translation>
    </message>
</context>
<context>
    <name>kam::SatisfactionPortfolioView</name>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>From … to …</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Group by:</translation>
    </message>
    <message>
        <source>Responses:</source>
        <translation>Responses:</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Detractors (0–6)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passives (7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promoters (9–10)</translation>
    </message>
    <message>
        <source>Accounts by lifecycle stage today</source>
        <translation>Accounts by lifecycle stage today</translation>
    </message>
    <message>
        <source>nps-breakdown</source>
        <translation>nps-breakdown</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period from a day to a day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>All responses</translation>
    </message>
    <message>
        <source>Portfolio NPS %1</source>
        <translation>Portfolio NPS %1</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a likelihood to recommend</source>
        <translation>
            <numerusform>%n without a likelihood to recommend</numerusform>
            <numerusform>%n without a likelihood to recommend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS by tier</source>
        <translation>NPS by tier</translation>
    </message>
    <message>
        <source>NPS by industry</source>
        <translation>NPS by industry</translation>
    </message>
    <message>
        <source>NPS by region</source>
        <translation>NPS by region</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n response(s) in this period rated the likelihood to recommend, so there is no NPS.</source>
        <translation>
            <numerusform>The %n response in this period did not rate the likelihood to recommend, so there is no NPS.</numerusform>
            <numerusform>None of the %n responses in this period rated the likelihood to recommend, so there is no NPS.</numerusform>
        </translation>
    </message>
    <message>
        <source>No satisfaction responses in this period.</source>
        <translation>No satisfaction responses in this period.</translation>
    </message>
    <message numerus="yes">
        <source>Likelihood to recommend: %n answered, %1 without a score</source>
        <translation>
            <numerusform>Likelihood to recommend: %n answered, %1 without a score</numerusform>
            <numerusform>Likelihood to recommend: %n answered, %1 without a score</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) in this period, none with a likelihood to recommend.</source>
        <translation>
            <numerusform>%n response in this period, without a likelihood to recommend.</numerusform>
            <numerusform>%n responses in this period, none with a likelihood to recommend.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers to show for this period.</source>
        <translation>No answers to show for this period.</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>No accounts yet.</translation>
    </message>
    <message>
        <source>n = %1</source>
        <comment>answered responses under a bar</comment>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>NPS by account</source>
        <translation>NPS by account</translation>
    </message>
</context>
<context>
    <name>kam::SegmentModel</name>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Below 100 million</source>
        <comment>customer&apos;s annual revenue</comment>
        <translation>Below 100 million</translation>
    </message>
    <message>
        <source>100 million – 1 billion</source>
        <comment>customer&apos;s annual revenue</comment>
        <translation>100 million – 1 billion</translation>
    </message>
    <message>
        <source>1 – 10 billion</source>
        <comment>customer&apos;s annual revenue</comment>
        <translation>1 – 10 billion</translation>
    </message>
    <message>
        <source>10 billion and more</source>
        <comment>customer&apos;s annual revenue</comment>
        <translation>10 billion and more</translation>
    </message>
    <message>
        <source>Size unknown</source>
        <comment>customer&apos;s annual revenue</comment>
        <translation>Size unknown</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size (annual revenue)</source>
        <translation>Size (annual revenue)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Gross margin</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Profit</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Margin %</translation>
    </message>
    <message>
        <source>Mean value score</source>
        <translation>Mean value score</translation>
    </message>
</context>
<context>
    <name>kam::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>A new language is used from the next start.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only on demand</source>
        <translation>Only on demand</translation>
    </message>
    <message>
        <source>Another server asks you to log in to it.</source>
        <translation>Another server asks you to log in to it.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Sync &amp;server:</source>
        <translation>Sync &amp;server:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sync &amp;every:</translation>
    </message>
    <message>
        <source>This store</source>
        <translation>This store</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>Default &amp;currency:</translation>
    </message>
    <message>
        <source>Sync server: %1</source>
        <translation>Sync server: %1</translation>
    </message>
    <message>
        <source>Sync every: at most 1440 minutes (once a day); 0 syncs only on demand.</source>
        <translation>Sync every: at most 1440 minutes (once a day); 0 syncs only on demand.</translation>
    </message>
</context>
<context>
    <name>kam::SourcePage</name>
    <message>
        <source>File and Data</source>
        <translation>File and Data</translation>
    </message>
    <message>
        <source>Choose the CSV file and what its rows are. The encoding, delimiter and header row are detected; change them if the preview looks wrong.</source>
        <translation>Choose the CSV file and what its rows are. The encoding, delimiter and header row are detected; change them if the preview looks wrong.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Path of a .csv file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>First row is a header</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>Import as:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimiter:</translation>
    </message>
    <message>
        <source>First records of the file:</source>
        <translation>First records of the file:</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>There is no file “%1”.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message numerus="yes">
        <source>Detected: %1, %2, %3 line endings, %4; %n data record(s).</source>
        <translation>
            <numerusform>Detected: %1, %2, %3 line endings, %4; %n data record.</numerusform>
            <numerusform>Detected: %1, %2, %3 line endings, %4; %n data records.</numerusform>
        </translation>
    </message>
    <message>
        <source>a header row</source>
        <translation>a header row</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>no header row</translation>
    </message>
</context>
<context>
    <name>kam::StageEditorDialog</name>
    <message>
        <source>Sales process</source>
        <translation>Sales process</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Default probability:</source>
        <translation>Default probability:</translation>
    </message>
    <message>
        <source>Add as new stage</source>
        <translation>Add as new stage</translation>
    </message>
    <message>
        <source>Apply to stage</source>
        <translation>Apply to stage</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Remove stage</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Move stage %1</source>
        <translation>Move stage %1</translation>
    </message>
</context>
<context>
    <name>kam::Stages</name>
    <message>
        <source>Need identified</source>
        <translation>Need identified</translation>
    </message>
    <message>
        <source>Contact &amp; samples</source>
        <translation>Contact &amp; samples</translation>
    </message>
    <message>
        <source>Intent confirmed</source>
        <translation>Intent confirmed</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Contract signed</translation>
    </message>
    <message>
        <source>Delivery &amp; after-sales</source>
        <translation>Delivery &amp; after-sales</translation>
    </message>
    <message>
        <source>Payment collected</source>
        <translation>Payment collected</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
</context>
<context>
    <name>kam::Store</name>
    <message>
        <source>Cannot read the schema version.</source>
        <translation>Cannot read the schema version.</translation>
    </message>
    <message>
        <source>Upgrading the store to version %1 failed: %2</source>
        <translation>Upgrading the store to version %1 failed: %2</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Database error while %1: %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a KAM Desk store (it is not an SQLite database).</source>
        <translation>%1 is not a KAM Desk store (it is not an SQLite database).</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder does not exist.</source>
        <translation>Cannot create %1: the folder does not exist.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a KAM Desk store: %2</source>
        <translation>%1 is not a KAM Desk store: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of KAM Desk (store version %2; this version reads up to %3). Update KAM Desk to open it.</source>
        <translation>%1 was written by a newer version of KAM Desk (store version %2; this version reads up to %3). Update KAM Desk to open it.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a KAM Desk store.</source>
        <translation>%1 is an SQLite database of another program, not a KAM Desk store.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>No record %1 in %2.</source>
        <translation>No record %1 in %2.</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>writing %1</translation>
    </message>
    <message>
        <source>writing the change journal</source>
        <translation>writing the change journal</translation>
    </message>
    <message>
        <source>A record with id %1 already exists.</source>
        <translation>A record with id %1 already exists.</translation>
    </message>
    <message>
        <source>This record was deleted; restore it before editing.</source>
        <translation>This record was deleted; restore it before editing.</translation>
    </message>
    <message>
        <source>checking branches</source>
        <translation>checking branches</translation>
    </message>
    <message>
        <source>The legal name is required.</source>
        <translation>The legal name is required.</translation>
    </message>
    <message>
        <source>The legal name is longer than 200 characters.</source>
        <translation>The legal name is longer than 200 characters.</translation>
    </message>
    <message>
        <source>%1 is not a valid unified social credit code: it must be 18 characters (digits and capital letters except I, O, S, V, Z) ending in the correct check character.</source>
        <translation>%1 is not a valid unified social credit code: it must be 18 characters (digits and capital letters except I, O, S, V, Z) ending in the correct check character.</translation>
    </message>
    <message>
        <source>The credit code %1 is already used by %2.</source>
        <translation>The credit code %1 is already used by %2.</translation>
    </message>
    <message>
        <source>The tax id %1 must be 15 to 20 digits or capital letters.</source>
        <translation>The tax id %1 must be 15 to 20 digits or capital letters.</translation>
    </message>
    <message>
        <source>%1 is not a currency code such as CNY or USD.</source>
        <translation>%1 is not a currency code such as CNY or USD.</translation>
    </message>
    <message>
        <source>The annual revenue cannot be negative.</source>
        <translation>The annual revenue cannot be negative.</translation>
    </message>
    <message>
        <source>The owner does not exist.</source>
        <translation>The owner does not exist.</translation>
    </message>
    <message>
        <source>An account cannot be its own group or a branch of its own branch.</source>
        <translation>An account cannot be its own group or a branch of its own branch.</translation>
    </message>
    <message>
        <source>The parent account does not exist.</source>
        <translation>The parent account does not exist.</translation>
    </message>
    <message>
        <source>The contact&apos;s name is required.</source>
        <translation>The contact&apos;s name is required.</translation>
    </message>
    <message>
        <source>The contact&apos;s account does not exist.</source>
        <translation>The contact&apos;s account does not exist.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 is not an e-mail address.</translation>
    </message>
    <message>
        <source>Influence must be between 1 and 5.</source>
        <translation>Influence must be between 1 and 5.</translation>
    </message>
    <message>
        <source>A contact cannot report to themselves, directly or through others.</source>
        <translation>A contact cannot report to themselves, directly or through others.</translation>
    </message>
    <message>
        <source>A contact can only report to a contact of the same account.</source>
        <translation>A contact can only report to a contact of the same account.</translation>
    </message>
    <message>
        <source>The user&apos;s name is required.</source>
        <translation>The user&apos;s name is required.</translation>
    </message>
    <message>
        <source>The account does not exist.</source>
        <translation>The account does not exist.</translation>
    </message>
    <message>
        <source>The user does not exist.</source>
        <translation>The user does not exist.</translation>
    </message>
    <message>
        <source>%1 is already on this account&apos;s team.</source>
        <translation>%1 is already on this account&apos;s team.</translation>
    </message>
    <message>
        <source>reading the journal</source>
        <translation>reading the journal</translation>
    </message>
    <message>
        <source>counting changes</source>
        <translation>counting changes</translation>
    </message>
    <message>
        <source>Unknown table %1.</source>
        <translation>Unknown table %1.</translation>
    </message>
    <message>
        <source>counting %1</source>
        <translation>counting %1</translation>
    </message>
    <message>
        <source>Database error in “%1”: %2</source>
        <translation>Database error in “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n branch account(s); move or delete the branches first.</source>
        <translation>
            <numerusform>%1 has %n branch account; move or delete the branches first.</numerusform>
            <numerusform>%1 has %n branch accounts; move or delete the branches first.</numerusform>
        </translation>
    </message>
    <message>
        <source>keeping a conflict</source>
        <translation>keeping a conflict</translation>
    </message>
    <message>
        <source>Unknown field %1.</source>
        <translation>Unknown field %1.</translation>
    </message>
    <message>
        <source>checking the stage&apos;s deals</source>
        <translation>checking the stage&apos;s deals</translation>
    </message>
    <message>
        <source>A stage needs a key.</source>
        <translation>A stage needs a key.</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>A stage needs a name.</translation>
    </message>
    <message>
        <source>The stage name is longer than 60 characters.</source>
        <translation>The stage name is longer than 60 characters.</translation>
    </message>
    <message>
        <source>A stage&apos;s position cannot be negative.</source>
        <translation>A stage&apos;s position cannot be negative.</translation>
    </message>
    <message>
        <source>A probability is between 0 and 100 %.</source>
        <translation>A probability is between 0 and 100 %.</translation>
    </message>
    <message>
        <source>Another stage has the key %1.</source>
        <translation>Another stage has the key %1.</translation>
    </message>
    <message>
        <source>The product&apos;s name is required.</source>
        <translation>The product&apos;s name is required.</translation>
    </message>
    <message>
        <source>The list price cannot be negative.</source>
        <translation>The list price cannot be negative.</translation>
    </message>
    <message>
        <source>The deal&apos;s title is required.</source>
        <translation>The deal&apos;s title is required.</translation>
    </message>
    <message>
        <source>The deal&apos;s title is longer than 200 characters.</source>
        <translation>The deal&apos;s title is longer than 200 characters.</translation>
    </message>
    <message>
        <source>The deal&apos;s account does not exist.</source>
        <translation>The deal&apos;s account does not exist.</translation>
    </message>
    <message>
        <source>The deal&apos;s amount cannot be negative.</source>
        <translation>The deal&apos;s amount cannot be negative.</translation>
    </message>
    <message>
        <source>The deal&apos;s stage is not a stage of the sales process.</source>
        <translation>The deal&apos;s stage is not a stage of the sales process.</translation>
    </message>
    <message>
        <source>An open deal needs an expected close date.</source>
        <translation>An open deal needs an expected close date.</translation>
    </message>
    <message>
        <source>The expected close date %1 is before the deal was created (%2).</source>
        <translation>The expected close date %1 is before the deal was created (%2).</translation>
    </message>
    <message>
        <source>A won or lost deal needs the date it closed.</source>
        <translation>A won or lost deal needs the date it closed.</translation>
    </message>
    <message>
        <source>The deal cannot close (%1) before it was created (%2).</source>
        <translation>The deal cannot close (%1) before it was created (%2).</translation>
    </message>
    <message>
        <source>The product %1 is not in the catalogue.</source>
        <translation>The product %1 is not in the catalogue.</translation>
    </message>
    <message>
        <source>A stage change names its deal, its stage and its time.</source>
        <translation>A stage change names its deal, its stage and its time.</translation>
    </message>
    <message>
        <source>The activity&apos;s account does not exist.</source>
        <translation>The activity&apos;s account does not exist.</translation>
    </message>
    <message>
        <source>The activity needs a summary.</source>
        <translation>The activity needs a summary.</translation>
    </message>
    <message>
        <source>The activity needs its date and time.</source>
        <translation>The activity needs its date and time.</translation>
    </message>
    <message>
        <source>The next step cannot be due (%1) before the activity took place (%2).</source>
        <translation>The next step cannot be due (%1) before the activity took place (%2).</translation>
    </message>
    <message>
        <source>The activity&apos;s cost cannot be negative.</source>
        <translation>The activity&apos;s cost cannot be negative.</translation>
    </message>
    <message>
        <source>A contact of the activity is not a contact of its account.</source>
        <translation>A contact of the activity is not a contact of its account.</translation>
    </message>
    <message>
        <source>The activity&apos;s deal does not exist.</source>
        <translation>The activity&apos;s deal does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a period: write a month as 2027-03 or a quarter as 2027-Q1.</source>
        <translation>%1 is not a period: write a month as 2027-03 or a quarter as 2027-Q1.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>A target cannot be negative.</translation>
    </message>
    <message>
        <source>There is a target for %1 already.</source>
        <translation>There is a target for %1 already.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) are in the stage %1; move them to another stage first.</source>
        <translation>
            <numerusform>%n deal is in the stage %1; move it to another stage first.</numerusform>
            <numerusform>%n deals are in the stage %1; move them to another stage first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sales process needs at least one stage.</source>
        <translation>The sales process needs at least one stage.</translation>
    </message>
    <message>
        <source>%1 is in the deal %2; take it out of the deal first.</source>
        <translation>%1 is in the deal %2; take it out of the deal first.</translation>
    </message>
    <message>
        <source>A plan stays with its account; start a plan for the other account instead.</source>
        <translation>A plan stays with its account; start a plan for the other account instead.</translation>
    </message>
    <message>
        <source>Relationship strength must be between 0 and 5.</source>
        <translation>Relationship strength must be between 0 and 5.</translation>
    </message>
    <message>
        <source>%1 is not a place in the relationship map (x,y).</source>
        <translation>%1 is not a place in the relationship map (x,y).</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 100 %.</source>
        <translation>%1 must be between 0 and 100 %.</translation>
    </message>
    <message>
        <source>The plan&apos;s account does not exist.</source>
        <translation>The plan&apos;s account does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a plan period: write a year as 2027 or a half-year as 2027-H1.</source>
        <translation>%1 is not a plan period: write a year as 2027 or a half-year as 2027-H1.</translation>
    </message>
    <message>
        <source>The plan needs a title.</source>
        <translation>The plan needs a title.</translation>
    </message>
    <message>
        <source>A plan&apos;s version starts at 1.</source>
        <translation>A plan&apos;s version starts at 1.</translation>
    </message>
    <message>
        <source>Revenue figures of a plan cannot be negative.</source>
        <translation>Revenue figures of a plan cannot be negative.</translation>
    </message>
    <message>
        <source>Last period&apos;s gross margin</source>
        <translation>Last period&apos;s gross margin</translation>
    </message>
    <message>
        <source>The gross margin target</source>
        <translation>The gross margin target</translation>
    </message>
    <message>
        <source>Last period&apos;s share of wallet</source>
        <translation>Last period&apos;s share of wallet</translation>
    </message>
    <message>
        <source>The share of wallet target</source>
        <translation>The share of wallet target</translation>
    </message>
    <message>
        <source>The account has a plan for %1 already: %2.</source>
        <translation>The account has a plan for %1 already: %2.</translation>
    </message>
    <message>
        <source>The plan does not exist.</source>
        <translation>The plan does not exist.</translation>
    </message>
    <message>
        <source>A plan&apos;s sections belong to the plan&apos;s account.</source>
        <translation>A plan&apos;s sections belong to the plan&apos;s account.</translation>
    </message>
    <message>
        <source>The objective needs a title.</source>
        <translation>The objective needs a title.</translation>
    </message>
    <message>
        <source>Progress must be between 0 and 100 %.</source>
        <translation>Progress must be between 0 and 100 %.</translation>
    </message>
    <message>
        <source>The action needs a title.</source>
        <translation>The action needs a title.</translation>
    </message>
    <message>
        <source>The action %1 cannot be due (%2) before the plan starts (%3).</source>
        <translation>The action %1 cannot be due (%2) before the plan starts (%3).</translation>
    </message>
    <message>
        <source>The action&apos;s owner does not exist.</source>
        <translation>The action&apos;s owner does not exist.</translation>
    </message>
    <message>
        <source>The action&apos;s objective is not an objective of its plan.</source>
        <translation>The action&apos;s objective is not an objective of its plan.</translation>
    </message>
    <message>
        <source>The risk needs a title.</source>
        <translation>The risk needs a title.</translation>
    </message>
    <message>
        <source>Likelihood and impact must be between 1 and 5.</source>
        <translation>Likelihood and impact must be between 1 and 5.</translation>
    </message>
    <message>
        <source>A whitespace cell needs its product line and its branch or buying centre.</source>
        <translation>A whitespace cell needs its product line and its branch or buying centre.</translation>
    </message>
    <message>
        <source>Name the competitor the segment buys %1 from.</source>
        <translation>Name the competitor the segment buys %1 from.</translation>
    </message>
    <message>
        <source>A whitespace value cannot be negative.</source>
        <translation>A whitespace value cannot be negative.</translation>
    </message>
    <message>
        <source>The grid has a cell for %1 in this segment already.</source>
        <translation>The grid has a cell for %1 in this segment already.</translation>
    </message>
    <message>
        <source>A plan&apos;s status change needs its time.</source>
        <translation>A plan&apos;s status change needs its time.</translation>
    </message>
    <message>
        <source>Days of overdue payment cannot be negative.</source>
        <translation>Days of overdue payment cannot be negative.</translation>
    </message>
    <message>
        <source>The response&apos;s account does not exist.</source>
        <translation>The response&apos;s account does not exist.</translation>
    </message>
    <message>
        <source>The person who answered is not a contact of the account.</source>
        <translation>The person who answered is not a contact of the account.</translation>
    </message>
    <message>
        <source>The response needs the day it was given.</source>
        <translation>The response needs the day it was given.</translation>
    </message>
    <message>
        <source>The response is dated %1, after today (%2).</source>
        <translation>The response is dated %1, after today (%2).</translation>
    </message>
    <message>
        <source>Likelihood to recommend is 0 to %1 (or not answered), not %2.</source>
        <translation>Likelihood to recommend is 0 to %1 (or not answered), not %2.</translation>
    </message>
    <message>
        <source>Overall satisfaction is 1 to %1 (or not answered), not %2.</source>
        <translation>Overall satisfaction is 1 to %1 (or not answered), not %2.</translation>
    </message>
    <message>
        <source>The account of the lifecycle change does not exist.</source>
        <translation>The account of the lifecycle change does not exist.</translation>
    </message>
    <message>
        <source>A lifecycle change needs its time.</source>
        <translation>A lifecycle change needs its time.</translation>
    </message>
    <message>
        <source>%1 is not a lifecycle stage.</source>
        <translation>%1 is not a lifecycle stage.</translation>
    </message>
    <message>
        <source>The account of the warning does not exist.</source>
        <translation>The account of the warning does not exist.</translation>
    </message>
    <message>
        <source>A risk score is 0 to 100, not %1.</source>
        <translation>A risk score is 0 to 100, not %1.</translation>
    </message>
    <message>
        <source>A warning review needs its time.</source>
        <translation>A warning review needs its time.</translation>
    </message>
    <message>
        <source>A warning is snoozed until a day after today.</source>
        <translation>A warning is snoozed until a day after today.</translation>
    </message>
    <message>
        <source>%1 is not a churn signal.</source>
        <translation>%1 is not a churn signal.</translation>
    </message>
    <message>
        <source>Say why the account is %1.</source>
        <translation>Say why the account is %1.</translation>
    </message>
    <message>
        <source>Strategic fit is rated 1 to 5 (or not rated), not %1.</source>
        <translation>Strategic fit is rated 1 to 5 (or not rated), not %1.</translation>
    </message>
    <message>
        <source>The value model needs a name.</source>
        <translation>The value model needs a name.</translation>
    </message>
    <message>
        <source>The value model %1 cannot be used: %2</source>
        <translation>The value model %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>The account of the tier change does not exist.</source>
        <translation>The account of the tier change does not exist.</translation>
    </message>
    <message>
        <source>A tier change needs its time.</source>
        <translation>A tier change needs its time.</translation>
    </message>
    <message>
        <source>%1 is not a tier.</source>
        <translation>%1 is not a tier.</translation>
    </message>
    <message>
        <source>A value score is 0 to 100, not %1.</source>
        <translation>A value score is 0 to 100, not %1.</translation>
    </message>
    <message>
        <source>The account of the cost does not exist.</source>
        <translation>The account of the cost does not exist.</translation>
    </message>
    <message>
        <source>A cost needs the day it was incurred.</source>
        <translation>A cost needs the day it was incurred.</translation>
    </message>
    <message>
        <source>A cost cannot be negative (%1).</source>
        <translation>A cost cannot be negative (%1).</translation>
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation>The campaign needs a name.</translation>
    </message>
    <message>
        <source>The campaign %1 cannot end (%2) before it starts (%3).</source>
        <translation>The campaign %1 cannot end (%2) before it starts (%3).</translation>
    </message>
    <message>
        <source>The campaign&apos;s cost cannot be negative (%1).</source>
        <translation>The campaign&apos;s cost cannot be negative (%1).</translation>
    </message>
    <message>
        <source>The campaign does not exist.</source>
        <translation>The campaign does not exist.</translation>
    </message>
    <message>
        <source>The campaign&apos;s account does not exist.</source>
        <translation>The campaign&apos;s account does not exist.</translation>
    </message>
    <message>
        <source>The person targeted is not a contact of the account.</source>
        <translation>The person targeted is not a contact of the account.</translation>
    </message>
    <message>
        <source>The campaign targets them already.</source>
        <translation>The campaign targets them already.</translation>
    </message>
    <message>
        <source>Standard value model</source>
        <translation>Standard value model</translation>
    </message>
    <message>
        <source>The value model does not exist.</source>
        <translation>The value model does not exist.</translation>
    </message>
    <message>
        <source>The record&apos;s creation time %1 is in the future.</source>
        <translation>The record&apos;s creation time %1 is in the future.</translation>
    </message>
    <message>
        <source>An export record names what was exported.</source>
        <translation>An export record names what was exported.</translation>
    </message>
    <message>
        <source>%1 is not an export format (csv, json).</source>
        <translation>%1 is not an export format (csv, json).</translation>
    </message>
    <message>
        <source>An export cannot have written fewer than 0 rows.</source>
        <translation>An export cannot have written fewer than 0 rows.</translation>
    </message>
    <message>
        <source>An export record needs the time of the export.</source>
        <translation>An export record needs the time of the export.</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s SQLite driver does not run the SQLite library this program was built with. Build KAM Desk with a Qt whose SQLite driver uses the system SQLite (see the README).</source>
        <translation>Cannot open %1: Qt&apos;s SQLite driver does not run the SQLite library this program was built with. Build KAM Desk with a Qt whose SQLite driver uses the system SQLite (see the README).</translation>
    </message>
</context>
<context>
    <name>kam::SyncStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the sync; what was received so far is kept</source>
        <translation>Stop the sync; what was received so far is kept</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>%n change not yet sent</numerusform>
            <numerusform>%n changes not yet sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Not logged in to a sync server</source>
        <translation>Not logged in to a sync server</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>Syncing %1 of %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
</context>
<context>
    <name>kam::TargetsDialog</name>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Sales targets</source>
        <translation>Sales targets</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Whole team</translation>
    </message>
    <message>
        <source>2027-03 or 2027-Q1</source>
        <translation>2027-03 or 2027-Q1</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>kam::TeamTableModel</name>
    <message>
        <source>Team member</source>
        <translation>Team member</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>kam::TierDialog</name>
    <message>
        <source>Set Tier</source>
        <translation>Set Tier</translation>
    </message>
    <message>
        <source>%1 is %2 now.</source>
        <translation>%1 is %2 now.</translation>
    </message>
    <message>
        <source>%1 scores %2 and proposes %3.</source>
        <translation>%1 scores %2 and proposes %3.</translation>
    </message>
    <message>
        <source>Why the account belongs in this tier (required)</source>
        <translation>Why the account belongs in this tier (required)</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Say why the account belongs in this tier.</source>
        <translation>Say why the account belongs in this tier.</translation>
    </message>
    <message>
        <source>Set the tier of %1 to %2</source>
        <translation>Set the tier of %1 to %2</translation>
    </message>
</context>
<context>
    <name>kam::TierHistoryModel</name>
    <message>
        <source>%1 (confirmed)</source>
        <translation>%1 (confirmed)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>From → To</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
</context>
<context>
    <name>kam::ValueModelEditor</name>
    <message>
        <source>Value Models</source>
        <translation>Value Models</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>A new model with the default criteria and comparisons</source>
        <translation>A new model with the default criteria and comparisons</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Score &amp;with this model</source>
        <translation>Score &amp;with this model</translation>
    </message>
    <message>
        <source>Your value scores and tier proposals use this model (a setting of this computer)</source>
        <translation>Your value scores and tier proposals use this model (a setting of this computer)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation>Add &amp;group</translation>
    </message>
    <message>
        <source>Add &amp;criterion</source>
        <translation>Add &amp;criterion</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Apply suggestion</source>
        <translation>&amp;Apply suggestion</translation>
    </message>
    <message>
        <source>Classic (Saaty 1980)</source>
        <translation>Classic (Saaty 1980)</translation>
    </message>
    <message>
        <source>Revised (Saaty 2000)</source>
        <translation>Revised (Saaty 2000)</translation>
    </message>
    <message>
        <source>The random index CR divides by</source>
        <translation>The random index CR divides by</translation>
    </message>
    <message>
        <source>Pairwise comparisons</source>
        <translation>Pairwise comparisons</translation>
    </message>
    <message>
        <source>Random &amp;index:</source>
        <translation>Random &amp;index:</translation>
    </message>
    <message>
        <source>Weighted average M(·,+)</source>
        <translation>Weighted average M(·,+)</translation>
    </message>
    <message>
        <source>Max–min M(∧,∨)</source>
        <translation>Max–min M(∧,∨)</translation>
    </message>
    <message>
        <source>The distinguishing coefficient ρ of grey relational analysis (usually 0.5)</source>
        <translation>The distinguishing coefficient ρ of grey relational analysis (usually 0.5)</translation>
    </message>
    <message>
        <source>By score thresholds</source>
        <translation>By score thresholds</translation>
    </message>
    <message>
        <source>By share of accounts (top %)</source>
        <translation>By share of accounts (top %)</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Me&amp;thod:</source>
        <translation>Me&amp;thod:</translation>
    </message>
    <message>
        <source>Fuzzy &amp;operator:</source>
        <translation>Fuzzy &amp;operator:</translation>
    </message>
    <message>
        <source>Grey &amp;ρ:</source>
        <translation>Grey &amp;ρ:</translation>
    </message>
    <message>
        <source>Proposed tiers</source>
        <translation>Proposed tiers</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>R&amp;ule:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (active)</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (not saved)</translation>
    </message>
    <message>
        <source>The model %1 cannot be read: %2</source>
        <translation>The model %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 has fewer than two parts: nothing to compare.</source>
        <translation>%1 has fewer than two parts: nothing to compare.</translation>
    </message>
    <message>
        <source>How much more the row matters than the column, within %1:</source>
        <translation>How much more the row matters than the column, within %1:</translation>
    </message>
    <message>
        <source>Two parts are always consistent.</source>
        <translation>Two parts are always consistent.</translation>
    </message>
    <message>
        <source>λmax %1 · CI %2 · CR %3 ✓ consistent</source>
        <translation>λmax %1 · CI %2 · CR %3 ✓ consistent</translation>
    </message>
    <message>
        <source>λmax %1 · CI %2 · CR %3 ✗ inconsistent (CR ≥ 0.10)</source>
        <translation>λmax %1 · CI %2 · CR %3 ✗ inconsistent (CR ≥ 0.10)</translation>
    </message>
    <message>
        <source>Compare %1 with %2: %3 instead of %4</source>
        <translation>Compare %1 with %2: %3 instead of %4</translation>
    </message>
    <message>
        <source>The model cannot score: %1</source>
        <translation>The model cannot score: %1</translation>
    </message>
    <message>
        <source>Every group&apos;s comparisons are consistent.</source>
        <translation>Every group&apos;s comparisons are consistent.</translation>
    </message>
    <message>
        <source>Inconsistent comparisons in: %1</source>
        <translation>Inconsistent comparisons in: %1</translation>
    </message>
    <message>
        <source> % of accounts</source>
        <translation> % of accounts</translation>
    </message>
    <message>
        <source> points or more</source>
        <translation> points or more</translation>
    </message>
    <message>
        <source>The share of the accounts, by rank, in this tier</source>
        <translation>The share of the accounts, by rank, in this tier</translation>
    </message>
    <message>
        <source>The lowest score of this tier</source>
        <translation>The lowest score of this tier</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Value model</source>
        <translation>Value model</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Give the model a name.</source>
        <translation>Give the model a name.</translation>
    </message>
    <message>
        <source>Another model is called %1.</source>
        <translation>Another model is called %1.</translation>
    </message>
    <message>
        <source>The thresholds must fall from core to key to ordinary.</source>
        <translation>The thresholds must fall from core to key to ordinary.</translation>
    </message>
    <message>
        <source>The shares of core, key and ordinary accounts add up to more than 100 %.</source>
        <translation>The shares of core, key and ordinary accounts add up to more than 100 %.</translation>
    </message>
</context>
<context>
    <name>kam::ValueScoreModel</name>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 of 5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>%Ln day overdue</numerusform>
            <numerusform>%Ln days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>%1: %2
Normalised: %3
Weight: %4 %</source>
        <translation>%1: %2
Normalised: %3
Weight: %4 %</translation>
    </message>
    <message>
        <source>%1 ≠</source>
        <translation>%1 ≠</translation>
    </message>
    <message>
        <source>The model proposes %1</source>
        <translation>The model proposes %1</translation>
    </message>
    <message>
        <source>Two fuzzy grades tie for the highest membership</source>
        <translation>Two fuzzy grades tie for the highest membership</translation>
    </message>
    <message>
        <source>%1 (weight %2 %)</source>
        <translation>%1 (weight %2 %)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation>Proposed tier</translation>
    </message>
    <message>
        <source>Current tier</source>
        <translation>Current tier</translation>
    </message>
</context>
<context>
    <name>kam::ValueView</name>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>&amp;Edit models…</source>
        <translation>&amp;Edit models…</translation>
    </message>
    <message>
        <source>Find an account</source>
        <translation>Find an account</translation>
    </message>
    <message>
        <source>value-scores</source>
        <translation>value-scores</translation>
    </message>
    <message>
        <source>&amp;Approve proposal</source>
        <translation>&amp;Approve proposal</translation>
    </message>
    <message>
        <source>Give the selected accounts the tier the model proposes</source>
        <translation>Give the selected accounts the tier the model proposes</translation>
    </message>
    <message>
        <source>Set &amp;tier…</source>
        <translation>Set &amp;tier…</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>&amp;Open account</translation>
    </message>
    <message>
        <source>Points of the score</source>
        <translation>Points of the score</translation>
    </message>
    <message>
        <source>Select an account to see its points per criterion.</source>
        <translation>Select an account to see its points per criterion.</translation>
    </message>
    <message>
        <source>Weight of</source>
        <translation>Weight of</translation>
    </message>
    <message>
        <source>−10 %: ranks</source>
        <translation>−10 %: ranks</translation>
    </message>
    <message>
        <source>−10 %: tiers</source>
        <translation>−10 %: tiers</translation>
    </message>
    <message>
        <source>+10 %: ranks</source>
        <translation>+10 %: ranks</translation>
    </message>
    <message>
        <source>+10 %: tiers</source>
        <translation>+10 %: tiers</translation>
    </message>
    <message>
        <source>How many accounts change rank (ranks) and proposed tier (tiers) when one weight moves by 10 % of itself</source>
        <translation>How many accounts change rank (ranks) and proposed tier (tiers) when one weight moves by 10 % of itself</translation>
    </message>
    <message>
        <source>The value scores could not be computed: %1</source>
        <translation>The value scores could not be computed: %1</translation>
    </message>
    <message>
        <source>Points per criterion</source>
        <translation>Points per criterion</translation>
    </message>
    <message>
        <source>Tier history</source>
        <translation>Tier history</translation>
    </message>
    <message>
        <source>Sensitivity of the ranking</source>
        <translation>Sensitivity of the ranking</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>Scoring…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) scored</source>
        <translation>
            <numerusform>%Ln account scored</numerusform>
            <numerusform>%Ln accounts scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposal(s) differ from the current tier</source>
        <translation>
            <numerusform>%Ln proposal differ from the current tier</numerusform>
            <numerusform>%Ln proposals differ from the current tier</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; scoring again…</source>
        <translation>%1; scoring again…</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>Select an account to see how its score is made.</source>
        <translation>Select an account to see how its score is made.</translation>
    </message>
    <message>
        <source>%1: %2 points, rank %L3; proposed %4, now %5</source>
        <translation>%1: %2 points, rank %L3; proposed %4, now %5</translation>
    </message>
    <message>
        <source>Proposed by %1</source>
        <translation>Proposed by %1</translation>
    </message>
    <message>
        <source>Approve the proposed tier of %1</source>
        <translation>Approve the proposed tier of %1</translation>
    </message>
    <message numerus="yes">
        <source>Approve the proposed tiers of %Ln account(s)</source>
        <translation>
            <numerusform>Approve the proposed tiers of %Ln account</numerusform>
            <numerusform>Approve the proposed tiers of %Ln accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>The tiers could not be set: %1</source>
        <translation>The tiers could not be set: %1</translation>
    </message>
    <message>
        <source>tier-history</source>
        <translation>tier-history</translation>
    </message>
    <message>
        <source>value-sensitivity</source>
        <translation>value-sensitivity</translation>
    </message>
    <message>
        <source>Value scores</source>
        <translation>Value scores</translation>
    </message>
    <message>
        <source>Rank sensitivity</source>
        <translation>Rank sensitivity</translation>
    </message>
</context>
<context>
    <name>kam::ValuesPage</name>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Choose what each value of the file&apos;s choice and stage columns stands for.</source>
        <translation>Choose what each value of the file&apos;s choice and stage columns stands for.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation>Stands for</translation>
    </message>
    <message>
        <source>No mapped column holds choices or stages; nothing to map here.</source>
        <translation>No mapped column holds choices or stages; nothing to map here.</translation>
    </message>
    <message>
        <source>(as written)</source>
        <translation>(as written)</translation>
    </message>
</context>
<context>
    <name>kam::WarningListModel</name>
    <message>
        <source>%1 (+%2): %3</source>
        <translation>%1 (+%2): %3</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation>Acknowledged %1</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Snoozed until %1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <source>The snooze ran out on %1.</source>
        <translation>The snooze ran out on %1.</translation>
    </message>
    <message>
        <source>Worse than when it was last reviewed on %1 (score %L2 then).</source>
        <translation>Worse than when it was last reviewed on %1 (score %L2 then).</translation>
    </message>
    <message>
        <source>%L1 a quarter ago</source>
        <translation>%L1 a quarter ago</translation>
    </message>
    <message>
        <source>±0</source>
        <translation>±0</translation>
    </message>
    <message>
        <source>▲ %L1</source>
        <translation>▲ %L1</translation>
    </message>
    <message>
        <source>▼ %L1</source>
        <translation>▼ %L1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons of a warning</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>kam::WarningReviewDialog</name>
    <message>
        <source>Snooze Warning</source>
        <translation>Snooze Warning</translation>
    </message>
    <message>
        <source>Acknowledge Warning</source>
        <translation>Acknowledge Warning</translation>
    </message>
    <message>
        <source>Hide the warning for %1 (risk score %L2) until the day below. It comes back earlier if the score rises or another signal fires.</source>
        <translation>Hide the warning for %1 (risk score %L2) until the day below. It comes back earlier if the score rises or another signal fires.</translation>
    </message>
    <message>
        <source>Mark the warning for %1 (risk score %L2) as seen. It becomes new again if the score rises or another signal fires.</source>
        <translation>Mark the warning for %1 (risk score %L2) as seen. It becomes new again if the score rises or another signal fires.</translation>
    </message>
    <message>
        <source>What you are doing about it, e.g. a visit booked for next week</source>
        <translation>What you are doing about it, e.g. a visit booked for next week</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Snooze</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <source>The account has no risk score yet; try again when scoring has finished.</source>
        <translation>The account has no risk score yet; try again when scoring has finished.</translation>
    </message>
</context>
<context>
    <name>kam::WarningsView</name>
    <message>
        <source>Show snoo&amp;zed</source>
        <translation>Show snoo&amp;zed</translation>
    </message>
    <message>
        <source>churn-warnings</source>
        <translation>churn-warnings</translation>
    </message>
    <message>
        <source>A&amp;cknowledge…</source>
        <translation>A&amp;cknowledge…</translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation>S&amp;nooze…</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>&amp;Open account</translation>
    </message>
    <message>
        <source>Churn se&amp;ttings…</source>
        <translation>Churn se&amp;ttings…</translation>
    </message>
    <message>
        <source>Mark the warning as seen, with a note; it comes back when it gets worse</source>
        <translation>Mark the warning as seen, with a note; it comes back when it gets worse</translation>
    </message>
    <message>
        <source>Hide the warning until a day; it comes back earlier when it gets worse</source>
        <translation>Hide the warning until a day; it comes back earlier when it gets worse</translation>
    </message>
    <message>
        <source>The risk scores could not be computed: %1</source>
        <translation>The risk scores could not be computed: %1</translation>
    </message>
    <message>
        <source>The signals behind the score</source>
        <translation>The signals behind the score</translation>
    </message>
    <message>
        <source>Scoring the accounts…</source>
        <translation>Scoring the accounts…</translation>
    </message>
    <message>
        <source>No warnings: every account scores below %L1.</source>
        <translation>No warnings: every account scores below %L1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s), %L1 new. Warnings start at a score of %L2.</source>
        <translation>
            <numerusform>%Ln warning, %L1 new. Warnings start at a score of %L2.</numerusform>
            <numerusform>%Ln warnings, %L1 new. Warnings start at a score of %L2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a warning to see the signals behind its score.</source>
        <translation>Select a warning to see the signals behind its score.</translation>
    </message>
    <message>
        <source>%1: risk score %L2 of 100 (%L3 a quarter ago)</source>
        <translation>%1: risk score %L2 of 100 (%L3 a quarter ago)</translation>
    </message>
    <message>
        <source>churn-signals</source>
        <translation>churn-signals</translation>
    </message>
    <message>
        <source>Churn warnings</source>
        <translation>Churn warnings</translation>
    </message>
    <message>
        <source>Warning signals</source>
        <translation>Warning signals</translation>
    </message>
</context>
<context>
    <name>kam::WelcomeDialog</name>
    <message>
        <source>&amp;Don&apos;t show this again</source>
        <translation>&amp;Don&apos;t show this again</translation>
    </message>
    <message>
        <source>Welcome to KAM Desk</source>
        <translation>Welcome to KAM Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to KAM Desk&lt;/h3&gt;&lt;p&gt;There are two ways to work:&lt;/p&gt;&lt;p&gt;&lt;b&gt;Explore on this computer.&lt;/b&gt; Try the portfolio, the pipeline and the plans with the data in this store (the demo portfolio, if it was made with &lt;tt&gt;kamdesk-cli demo&lt;/tt&gt;). What you change stays on this computer; nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Connect to your company&apos;s server.&lt;/b&gt; Log in with the address, e-mail and password your administrator gave you; your accounts then sync with your colleagues&apos;. You can also do this later from the Sync menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Welcome to KAM Desk&lt;/h3&gt;&lt;p&gt;There are two ways to work:&lt;/p&gt;&lt;p&gt;&lt;b&gt;Explore on this computer.&lt;/b&gt; Try the portfolio, the pipeline and the plans with the data in this store (the demo portfolio, if it was made with &lt;tt&gt;kamdesk-cli demo&lt;/tt&gt;). What you change stays on this computer; nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Connect to your company&apos;s server.&lt;/b&gt; Log in with the address, e-mail and password your administrator gave you; your accounts then sync with your colleagues&apos;. You can also do this later from the Sync menu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>&amp;Explore</translation>
    </message>
    <message>
        <source>&amp;Connect to the Server…</source>
        <translation>&amp;Connect to the Server…</translation>
    </message>
</context>
<context>
    <name>kam::WhitespaceCellDialog</name>
    <message>
        <source>Fill In Whitespace</source>
        <translation>Fill In Whitespace</translation>
    </message>
    <message>
        <source>Edit Whitespace</source>
        <translation>Edit Whitespace</translation>
    </message>
    <message>
        <source>A branch, or a buying centre&apos;s name</source>
        <translation>A branch, or a buying centre&apos;s name</translation>
    </message>
    <message>
        <source>A product line</source>
        <translation>A product line</translation>
    </message>
    <message>
        <source>Annual &amp;value:</source>
        <translation>Annual &amp;value:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>Product &amp;line:</source>
        <translation>Product &amp;line:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <source>&amp;Competitor:</source>
        <translation>&amp;Competitor:</translation>
    </message>
</context>
<context>
    <name>kam::WhitespaceGridModel</name>
    <message>
        <source>Account or branch: %1</source>
        <translation>Account or branch: %1</translation>
    </message>
    <message>
        <source>Buying centre: %1</source>
        <translation>Buying centre: %1</translation>
    </message>
</context>
<context>
    <name>kam::analytics</name>
    <message>
        <source>the comparison matrix is empty</source>
        <translation>the comparison matrix is empty</translation>
    </message>
    <message>
        <source>row %1 has %2 values; a %3 × %3 matrix needs %3</source>
        <translation>row %1 has %2 values; a %3 × %3 matrix needs %3</translation>
    </message>
    <message>
        <source>row %1, column %2: %3 is not a positive number</source>
        <translation>row %1, column %2: %3 is not a positive number</translation>
    </message>
    <message>
        <source>row %1, column %1: the diagonal must be 1, not %2</source>
        <translation>row %1, column %1: the diagonal must be 1, not %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3 is not the reciprocal of row %2, column %1 (%4)</source>
        <translation>row %1, column %2: %3 is not the reciprocal of row %2, column %1 (%4)</translation>
    </message>
    <message>
        <source>the membership matrix has no rows</source>
        <translation>the membership matrix has no rows</translation>
    </message>
    <message>
        <source>%1 weights for %2 membership rows</source>
        <translation>%1 weights for %2 membership rows</translation>
    </message>
    <message>
        <source>weight %1: %2 is not a number from 0 to 1</source>
        <translation>weight %1: %2 is not a number from 0 to 1</translation>
    </message>
    <message>
        <source>the weights sum to %1, not 1</source>
        <translation>the weights sum to %1, not 1</translation>
    </message>
    <message>
        <source>row 1 has no grades</source>
        <translation>row 1 has no grades</translation>
    </message>
    <message>
        <source>row %1 has %2 grades, not %3</source>
        <translation>row %1 has %2 grades, not %3</translation>
    </message>
    <message>
        <source>row %1, column %2: %3 is not a membership from 0 to 1</source>
        <translation>row %1, column %2: %3 is not a membership from 0 to 1</translation>
    </message>
    <message>
        <source>row %1 sums to %2, not 1</source>
        <translation>row %1 sums to %2, not 1</translation>
    </message>
    <message>
        <source>a node has both membership rows and sub-factors</source>
        <translation>a node has both membership rows and sub-factors</translation>
    </message>
    <message>
        <source>factor %1 → %2</source>
        <translation>factor %1 → %2</translation>
    </message>
    <message>
        <source>there are no indicators</source>
        <translation>there are no indicators</translation>
    </message>
    <message>
        <source>%1 indicator types for %2 indicators</source>
        <translation>%1 indicator types for %2 indicators</translation>
    </message>
    <message>
        <source>%1 weights for %2 indicators</source>
        <translation>%1 weights for %2 indicators</translation>
    </message>
    <message>
        <source>indicator 1 has no alternatives</source>
        <translation>indicator 1 has no alternatives</translation>
    </message>
    <message>
        <source>indicator %1 has %2 values, not %3</source>
        <translation>indicator %1 has %2 values, not %3</translation>
    </message>
    <message>
        <source>indicator %1, alternative %2: not a number</source>
        <translation>indicator %1, alternative %2: not a number</translation>
    </message>
    <message>
        <source>the distinguishing coefficient ρ must be above 0 and at most 1, not %1</source>
        <translation>the distinguishing coefficient ρ must be above 0 and at most 1, not %1</translation>
    </message>
    <message>
        <source>indicator %1: the weight %2 is negative</source>
        <translation>indicator %1: the weight %2 is negative</translation>
    </message>
    <message>
        <source>a criterion is not a JSON object</source>
        <translation>a criterion is not a JSON object</translation>
    </message>
    <message>
        <source>unknown criterion &quot;%1&quot;</source>
        <translation>unknown criterion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; has sub-criteria</source>
        <translation>the criterion &quot;%1&quot; has sub-criteria</translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; appears twice</source>
        <translation>the criterion &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has neither a criterion nor sub-criteria</source>
        <translation>&quot;%1&quot; has neither a criterion nor sub-criteria</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 comparisons for %3 sub-criteria, not %4</source>
        <translation>&quot;%1&quot; has %2 comparisons for %3 sub-criteria, not %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: comparison %2 is %3, outside 1/9…9</source>
        <translation>&quot;%1&quot;: comparison %2 is %3, outside 1/9…9</translation>
    </message>
    <message>
        <source>the value model has no criteria</source>
        <translation>the value model has no criteria</translation>
    </message>
</context>
<context>
    <name>kam::analytics::Churn</name>
    <message>
        <source>No answers in the last year</source>
        <translation>No answers in the last year</translation>
    </message>
    <message>
        <source>No answers before %1 to compare with</source>
        <translation>No answers before %1 to compare with</translation>
    </message>
    <message>
        <source>NPS fell from %1 to %2 since %3</source>
        <translation>NPS fell from %1 to %2 since %3</translation>
    </message>
    <message>
        <source>NPS rose from %1 to %2 since %3</source>
        <translation>NPS rose from %1 to %2 since %3</translation>
    </message>
    <message>
        <source>NPS unchanged at %1 since %2</source>
        <translation>NPS unchanged at %1 since %2</translation>
    </message>
    <message>
        <source>No satisfaction scores in the last year</source>
        <translation>No satisfaction scores in the last year</translation>
    </message>
    <message>
        <source>No satisfaction scores before %1 to compare with</source>
        <translation>No satisfaction scores before %1 to compare with</translation>
    </message>
    <message>
        <source>Satisfaction fell from %1 to %2 since %3</source>
        <translation>Satisfaction fell from %1 to %2 since %3</translation>
    </message>
    <message>
        <source>Satisfaction rose from %1 to %2 since %3</source>
        <translation>Satisfaction rose from %1 to %2 since %3</translation>
    </message>
    <message>
        <source>Satisfaction unchanged at %1 since %2</source>
        <translation>Satisfaction unchanged at %1 since %2</translation>
    </message>
    <message>
        <source>No won revenue in %1 to compare %2 with</source>
        <translation>No won revenue in %1 to compare %2 with</translation>
    </message>
    <message>
        <source>Won revenue fell %1 % from %2 to %3</source>
        <translation>Won revenue fell %1 % from %2 to %3</translation>
    </message>
    <message>
        <source>Won revenue rose %1 % from %2 to %3</source>
        <translation>Won revenue rose %1 % from %2 to %3</translation>
    </message>
    <message>
        <source>Won revenue unchanged from %1 to %2</source>
        <translation>Won revenue unchanged from %1 to %2</translation>
    </message>
    <message>
        <source>No contact recorded yet</source>
        <translation>No contact recorded yet</translation>
    </message>
    <message>
        <source>The last contact, on %1, is after %2</source>
        <translation>The last contact, on %1, is after %2</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s) (interval %1)</source>
        <translation>
            <numerusform>No contact for %n day (interval %1)</numerusform>
            <numerusform>No contact for %n days (interval %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) without a stage change for %1 days or more</source>
        <translation>
            <numerusform>%n deal without a stage change for %1 days or more</numerusform>
            <numerusform>%n deals without a stage change for %1 days or more</numerusform>
        </translation>
    </message>
    <message>
        <source>No deal without a stage change for %1 days or more</source>
        <translation>No deal without a stage change for %1 days or more</translation>
    </message>
    <message numerus="yes">
        <source>Champion missing; %n key contact(s) left in the last %1 days</source>
        <translation>
            <numerusform>Champion missing; %n key contact left in the last %1 days</numerusform>
            <numerusform>Champion missing; %n key contacts left in the last %1 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Champion missing</source>
        <translation>Champion missing</translation>
    </message>
    <message numerus="yes">
        <source>%n key contact(s) left in the last %1 days</source>
        <translation>
            <numerusform>%n key contact left in the last %1 days</numerusform>
            <numerusform>%n key contacts left in the last %1 days</numerusform>
        </translation>
    </message>
    <message>
        <source>A champion is active; no key contact left in the last %1 days</source>
        <translation>A champion is active; no key contact left in the last %1 days</translation>
    </message>
    <message numerus="yes">
        <source>%n open service case(s)</source>
        <translation>
            <numerusform>%n open service case</numerusform>
            <numerusform>%n open service cases</numerusform>
        </translation>
    </message>
    <message>
        <source>No open service cases</source>
        <translation>No open service cases</translation>
    </message>
    <message>
        <source>No overdue payment known</source>
        <translation>No overdue payment known</translation>
    </message>
    <message numerus="yes">
        <source>Payment %n day(s) overdue</source>
        <translation>
            <numerusform>Payment %n day overdue</numerusform>
            <numerusform>Payment %n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kam::analytics::Lifecycle</name>
    <message>
        <source>No deal won yet</source>
        <translation>No deal won yet</translation>
    </message>
    <message numerus="yes">
        <source>First deal won on %1, %n day(s) ago</source>
        <translation>
            <numerusform>First deal won on %1, %n day ago</numerusform>
            <numerusform>First deal won on %1, %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No revenue in the last four quarters, but %n deal(s) still open</source>
        <translation>
            <numerusform>No revenue in the last four quarters, but %n deal still open</numerusform>
            <numerusform>No revenue in the last four quarters, but %n deals still open</numerusform>
        </translation>
    </message>
    <message>
        <source>No revenue in the last four quarters, but a deal moved on %1</source>
        <translation>No revenue in the last four quarters, but a deal moved on %1</translation>
    </message>
    <message>
        <source>No revenue in the last four quarters and no deal activity since %1</source>
        <translation>No revenue in the last four quarters and no deal activity since %1</translation>
    </message>
    <message>
        <source>No revenue in the last four quarters and no deal activity</source>
        <translation>No revenue in the last four quarters and no deal activity</translation>
    </message>
    <message>
        <source>Revenue in the last two quarters and none in the two before</source>
        <translation>Revenue in the last two quarters and none in the two before</translation>
    </message>
    <message>
        <source>Revenue of the last two quarters is %1 % above the two before</source>
        <translation>Revenue of the last two quarters is %1 % above the two before</translation>
    </message>
    <message>
        <source>Revenue of the last two quarters is %1 % below the two before</source>
        <translation>Revenue of the last two quarters is %1 % below the two before</translation>
    </message>
    <message>
        <source>Revenue of the last two quarters is the same as the two before</source>
        <translation>Revenue of the last two quarters is the same as the two before</translation>
    </message>
</context>
<context>
    <name>kam::analytics::ValueModel</name>
    <message>
        <source>Customer value</source>
        <translation>Customer value</translation>
    </message>
    <message>
        <source>Economic value</source>
        <translation>Economic value</translation>
    </message>
    <message>
        <source>Relationship value</source>
        <translation>Relationship value</translation>
    </message>
    <message>
        <source>Strategic value</source>
        <translation>Strategic value</translation>
    </message>
</context>
<context>
    <name>kam::analytics::ValueModelDefinition</name>
    <message>
        <source>the value model is not valid JSON: %1 at offset %2</source>
        <translation>the value model is not valid JSON: %1 at offset %2</translation>
    </message>
    <message>
        <source>the value model is not a JSON object</source>
        <translation>the value model is not a JSON object</translation>
    </message>
    <message>
        <source>the value model was written by a newer KAM Desk (version %1)</source>
        <translation>the value model was written by a newer KAM Desk (version %1)</translation>
    </message>
    <message>
        <source>unknown scoring method &quot;%1&quot;</source>
        <translation>unknown scoring method &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown fuzzy operator &quot;%1&quot;</source>
        <translation>unknown fuzzy operator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the distinguishing coefficient ρ must be above 0 and at most 1, not %1</source>
        <translation>the distinguishing coefficient ρ must be above 0 and at most 1, not %1</translation>
    </message>
    <message>
        <source>unknown random index table &quot;%1&quot;</source>
        <translation>unknown random index table &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown tier mode &quot;%1&quot;</source>
        <translation>unknown tier mode &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a tier limit of %1 is outside 0…100</source>
        <translation>a tier limit of %1 is outside 0…100</translation>
    </message>
    <message>
        <source>the tier thresholds must fall from core to key to ordinary</source>
        <translation>the tier thresholds must fall from core to key to ordinary</translation>
    </message>
    <message>
        <source>the tier shares add up to more than 100%</source>
        <translation>the tier shares add up to more than 100%</translation>
    </message>
    <message>
        <source>the value model has no criteria</source>
        <translation>the value model has no criteria</translation>
    </message>
</context>
<context>
    <name>kam::sync</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <source>“%1” is not a server address such as https://kam.example.com.</source>
        <translation>“%1” is not a server address such as https://kam.example.com.</translation>
    </message>
    <message>
        <source>%1 uses plain http; passwords must not travel unencrypted. Use https:// (plain http is only for a server on this computer).</source>
        <translation>%1 uses plain http; passwords must not travel unencrypted. Use https:// (plain http is only for a server on this computer).</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1).</source>
        <translation>No keychain is available on this computer (%1).</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>The store is not open.</translation>
    </message>
    <message>
        <source>Log in to the server to sync.</source>
        <translation>Log in to the server to sync.</translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation>Sync was cancelled.</translation>
    </message>
    <message>
        <source>Cannot reach the server while %1: %2</source>
        <translation>Cannot reach the server while %1: %2</translation>
    </message>
    <message>
        <source>The server asks you to log in again (%1).</source>
        <translation>The server asks you to log in again (%1).</translation>
    </message>
    <message>
        <source>The server answered %1 while %2: %3</source>
        <translation>The server answered %1 while %2: %3</translation>
    </message>
    <message>
        <source>The server&apos;s answer while %1 is not valid: %2</source>
        <translation>The server&apos;s answer while %1 is not valid: %2</translation>
    </message>
    <message>
        <source>renewing the session</source>
        <translation>renewing the session</translation>
    </message>
    <message>
        <source>Your session has ended; log in again.</source>
        <translation>Your session has ended; log in again.</translation>
    </message>
    <message>
        <source>This computer&apos;s access was revoked by the administrator (%1). The company data on it has been removed.</source>
        <translation>This computer&apos;s access was revoked by the administrator (%1). The company data on it has been removed.</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>sending changes</translation>
    </message>
    <message>
        <source>The server answered %1 of %2 changes; nothing was marked as sent.</source>
        <translation>The server answered %1 of %2 changes; nothing was marked as sent.</translation>
    </message>
    <message>
        <source>downloading the portfolio</source>
        <translation>downloading the portfolio</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>receiving changes</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>logging in</translation>
    </message>
    <message>
        <source>The e-mail or password is wrong, or the account is disabled.</source>
        <translation>The e-mail or password is wrong, or the account is disabled.</translation>
    </message>
    <message>
        <source>This store belongs to another server account. Open a new store to log in as %1.</source>
        <translation>This store belongs to another server account. Open a new store to log in as %1.</translation>
    </message>
    <message>
        <source>reading the account&apos;s history</source>
        <translation>reading the account&apos;s history</translation>
    </message>
</context>
<context>
    <name>kam::sync::SyncController</name>
    <message>
        <source>Log in to the server to sync.</source>
        <translation>Log in to the server to sync.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>KAM Desk: key-account management.</source>
        <translation>KAM Desk: key-account management.</translation>
    </message>
    <message>
        <source>Open the store FILE (default: %1).</source>
        <translation>Open the store FILE (default: %1).</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE.png and quit.</source>
        <translation>Save a picture of the window to FILE.png and quit.</translation>
    </message>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Select the account with the id ID.</source>
        <translation>Select the account with the id ID.</translation>
    </message>
    <message>
        <source>Show the tab TAB of the selected account: overview, contacts, relationships, team, deals, activities, satisfaction, plans, health or history.</source>
        <translation>Show the tab TAB of the selected account: overview, contacts, relationships, team, deals, activities, satisfaction, plans, health or history.</translation>
    </message>
    <message>
        <source>Start on VIEW: portfolio, pipeline, funnel, forecast, value, profitability, campaigns, satisfaction, agenda or warnings.</source>
        <translation>Start on VIEW: portfolio, pipeline, funnel, forecast, value, profitability, campaigns, satisfaction, agenda or warnings.</translation>
    </message>
</context>
</TS>
