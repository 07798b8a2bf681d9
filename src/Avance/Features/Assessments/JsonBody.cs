using System.Text.Json;

namespace Avance.Features.Assessments;

/// <summary>
/// Reads a request's JSON body so that a wrong value is explained by its field ("ownValue is not a number") instead
/// of the framework's generic 400, which cannot say where the problem is.
/// </summary>
internal static class JsonBody
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    private static readonly FieldError NotJson = new("", "Assessments_Error_NotJson");

    public static async Task<(T? Value, FieldError? Error)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (!request.HasJsonContentType()) return (null, NotJson);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return (null, NotJson);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object) return (null, NotJson);
            try
            {
                return (document.Deserialize<T>(Options), null);
            }
            catch (JsonException e)
            {
                var field = e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "";
                return (null, new FieldError(field, "Assessments_Error_JsonValue", field));
            }
        }
    }
}
