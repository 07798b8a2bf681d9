using System.Globalization;
using Avance.Iati.Model;
using Avance.Iati.Reading;
using Avance.Iati.Writing;

namespace Avance.Bench.Iati;

/// <summary>
/// A large activity file made of the real activities in the test data (four publishers, results-heavy, multilingual),
/// written again and again under new identifiers until the file reaches the asked size.
/// Real activities rather than invented ones, so nesting, narratives and value shapes are what publishers produce.
/// </summary>
public static class SyntheticFile
{
    /// <summary>
    /// Writes the file; <paramref name="series"/> goes into every identifier, so files of different series hold
    /// different activities (files of one series are the same activities, which a second import leaves unchanged).
    /// </summary>
    public static long Write(string path, long minimumBytes, char series = 'S')
    {
        var templates = Templates();
        var header = new IatiActivitiesFile("2.03", DateTimeOffset.UtcNow);
        using (var output = File.Create(path))
            IatiActivityWriter.Write(output, header, Copies(templates, path, minimumBytes, series));
        return new FileInfo(path).Length;
    }

    private static List<IatiActivity> Templates()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "templates");
        var activities = new List<IatiActivity>();
        foreach (var file in Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            activities.AddRange(IatiActivityReader.ReadAll(stream).Select(a => a with { Source = null }));
        }
        return activities;
    }

    /// <summary>Copies until the file on disk has grown past the size; the writer flushes as it goes, so the length is close.</summary>
    private static IEnumerable<IatiActivity> Copies(IReadOnlyList<IatiActivity> templates, string path, long minimumBytes, char series)
    {
        var file = new FileInfo(path);
        for (var round = 1; ; round++)
        {
            foreach (var template in templates)
                yield return template with { Identifier = $"{template.Identifier}-{series}{round.ToString(CultureInfo.InvariantCulture)}" };
            file.Refresh();
            if (file.Length >= minimumBytes) yield break;
        }
    }
}
