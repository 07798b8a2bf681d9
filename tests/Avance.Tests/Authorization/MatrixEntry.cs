namespace Avance.Tests.Authorization;

/// <summary>Whether the request goes through a page form (session cookie, antiforgery token) or the API (personal access token).</summary>
public enum Channel { Page, Api }

/// <summary>
/// One row of the authorisation matrix: a write endpoint or page handler, who may use it, and how to try it.
/// <paramref name="Route"/> is the endpoint's route pattern with constraints left out ("{lang}/account/login",
/// "api/v1/measurements/{id}/submit"); <paramref name="Method"/> is POST, PUT, PATCH or DELETE.
/// <paramref name="Send"/> prepares whatever the action needs in the scene and sends the request with the client it is given.
/// </summary>
public sealed record MatrixEntry(
    string Method,
    string Route,
    Channel Channel,
    IReadOnlySet<Actor> Allowed,
    Func<MatrixScene, HttpClient, Task<HttpResponseMessage>> Send)
{
    public override string ToString() => $"{Method} {Route}";
}

/// <summary>A feature's rows of the matrix. Every implementation in this assembly is collected by <see cref="AuthorisationMatrixTests"/>.</summary>
public interface IMatrixArea
{
    IEnumerable<MatrixEntry> Entries { get; }
}
