namespace Avance.Tests.Features.Interchange;

/// <summary>Small IATI 2.03 files written for a test, valid unless a test says otherwise.</summary>
public static class SyntheticActivities
{
    public static string File(params string[] activities) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <iati-activities version="2.03" generated-datetime="2025-01-02T03:04:05Z">
        {string.Join("\n", activities)}
        </iati-activities>
        """;

    /// <summary>A Burundi activity of a test publisher with one indicator; the period may be given out of order.</summary>
    public static string Activity(string identifier, string periodStart = "2024-01-01", string periodEnd = "2024-12-31", decimal actual = 12) =>
        $"""
         <iati-activity default-currency="USD" xml:lang="en">
          <iati-identifier>{identifier}</iati-identifier>
          <reporting-org ref="XX-TEST" type="21"><narrative>Test publisher</narrative></reporting-org>
          <title><narrative>Women's networks for peace ({identifier})</narrative><narrative xml:lang="fr">Réseaux de femmes pour la paix</narrative></title>
          <description type="1"><narrative>Networks of women mediators.</narrative></description>
          <participating-org ref="XX-TEST" role="4" type="21"><narrative>Test publisher</narrative></participating-org>
          <activity-status code="2"/>
          <activity-date iso-date="2024-01-01" type="2"/>
          <recipient-country code="BI" percentage="100"/>
          <sector vocabulary="7" code="5" percentage="100"/>
          <budget type="1" status="1">
           <period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/>
           <value currency="USD" value-date="2024-01-01">50000</value>
          </budget>
          <transaction>
           <transaction-type code="1"/><transaction-date iso-date="2024-02-01"/>
           <value currency="USD" value-date="2024-02-01">20000</value>
           <provider-org ref="XX-DONOR" type="10"><narrative>Test donor</narrative></provider-org>
          </transaction>
          <result type="2">
           <title><narrative>Women mediate local conflicts</narrative></title>
           <indicator measure="1" ascending="1">
            <title><narrative>Women mediators trained</narrative></title>
            <baseline year="2023" value="3"/>
            <period>
             <period-start iso-date="{periodStart}"/><period-end iso-date="{periodEnd}"/>
             <target value="20"/>
             <actual value="{actual}"/>
             <actual value="7"><dimension name="sex" value="female"/></actual>
            </period>
           </indicator>
          </result>
         </iati-activity>
        """;
}
