using Avance.Data;
using Avance.Domain;
using Avance.Iati.Model;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Interchange.Import;

/// <summary>
/// The source every figure of an imported file cites: one per distinct file content (its SHA-256 is the key), made
/// when the file first writes something, so importing the same file again finds it and adds nothing.
/// </summary>
internal sealed class ImportSource(AvanceDb db, string fileName, Task<string> fileHash, TimeProvider clock)
{
    private const int MaxPublishersNamed = 3;
    private readonly List<string> _publishers = [];
    private Source? _created;
    private int? _id;

    /// <summary>The source's key, known once <see cref="IdAsync"/> has run.</summary>
    public string Key { get; private set; } = "";

    public void Saw(IatiActivity activity)
    {
        var name = activity.ReportingOrg?.Name.Preferring("en", activity.DefaultLanguage)?.Trim();
        if (!string.IsNullOrEmpty(name) && _publishers.Count <= MaxPublishersNamed && !_publishers.Contains(name)) _publishers.Add(name);
    }

    public async Task<int> IdAsync(IatiActivitiesFile header, CancellationToken cancellationToken)
    {
        if (_id is { } known) return known;
        Key = "iati:" + (await fileHash)[..32];
        _id = await db.Sources.Where(s => s.Key == Key).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (_id is null)
        {
            _created = new Source
            {
                Key = Key,
                Title = fileName.Length <= 500 ? fileName : fileName[..500],
                PublishedOn = header.GeneratedDateTime is { } generated ? DateOnly.FromDateTime(generated.UtcDateTime) : null,
                AccessedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            };
            db.Sources.Add(_created);
            await db.SaveChangesAsync(cancellationToken);
            _id = _created.Id;
        }
        return _id.Value;
    }

    /// <summary>Names the publishers on a source this import made ("A, B, C…" for a file that mixes many).</summary>
    public void NamePublishers()
    {
        if (_created is null || _publishers.Count == 0) return;
        var named = string.Join(", ", _publishers.Take(MaxPublishersNamed)) + (_publishers.Count > MaxPublishersNamed ? "…" : "");
        _created.Publisher = named.Length <= 300 ? named : named[..300];
    }
}
