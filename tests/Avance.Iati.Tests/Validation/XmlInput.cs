using System.Text;

namespace Avance.Iati.Tests.Validation;

/// <summary>Small hand-written IATI files for validator tests.</summary>
public static class XmlInput
{
    /// <summary>A schema-valid activity; <paramref name="extra"/> is inserted after the activity dates.</summary>
    public static string Activity(string identifier, string extra = "") => $"""
          <iati-activity>
            <iati-identifier>{identifier}</iati-identifier>
            <reporting-org type="40" ref="XM-DAC-41146"><narrative>UN Women</narrative></reporting-org>
            <title><narrative>Women, peace and security</narrative></title>
            <description><narrative>National action plan support</narrative></description>
            <participating-org role="4" ref="XM-DAC-41146"/>
            <activity-status code="2"/>
            <activity-date type="1" iso-date="2024-01-01"/>
            {extra}
          </iati-activity>
        """;

    /// <summary>An activity file holding <paramref name="activities"/>.</summary>
    public static string File(params string[] activities) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <iati-activities version="2.03" generated-datetime="2024-05-01T00:00:00Z">
        {string.Join("\n", activities)}
        </iati-activities>
        """;

    public static MemoryStream Stream(string xml) => new(Encoding.UTF8.GetBytes(xml));

    public static MemoryStream Stream(byte[] bytes) => new(bytes);
}
