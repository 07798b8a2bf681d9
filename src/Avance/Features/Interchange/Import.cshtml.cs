using Avance.Features.Accounts;
using Avance.Features.Interchange.Import;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Interchange;

/// <summary>
/// Upload of an IATI activity file for administrators and coordinators, with the same report as `avance import iati`.
/// The upload is copied to a temporary file, which the schema pass and the import read side by side, and deleted.
/// </summary>
[Authorize(Policy = Permissions.ImportData)]
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public sealed class ImportModel(IatiImporter importer, UiText text) : PageModel
{
    private const long MaxUploadBytes = 1024L * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public bool Lenient { get; set; }

    public ImportReport? Report { get; private set; }

    public string? Problem { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Problem = text["Import_NoFile"];
            return Page();
        }
        var path = Path.Combine(Directory.CreateTempSubdirectory("avance-upload-").FullName, "upload.xml");
        try
        {
            await using (var copy = System.IO.File.Create(path))
                await Upload.CopyToAsync(copy, cancellationToken);
            var name = Path.GetFileName(Upload.FileName);
            var request = new ImportRequest(path, name.Length > 0 ? name : "upload.xml", Lenient,
                System.Globalization.CultureInfo.CurrentUICulture, Caller.From(User));
            Report = await importer.ImportAsync(request, null, cancellationToken);
            return Page();
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }
}
