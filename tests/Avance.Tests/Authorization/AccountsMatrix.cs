using Avance.Tests.Infrastructure;

namespace Avance.Tests.Authorization;

/// <summary>Signing in and out, and the error pages that also answer posts: open to everyone.</summary>
public sealed class AccountsMatrix : IMatrixArea
{
    public IEnumerable<MatrixEntry> Entries =>
    [
        new("POST", "{lang}/account/login", Channel.Page, Actors.Everyone,
            (_, client) => client.PostFormAsync("/en/account/login", new() { ["Email"] = "nobody@example.org", ["Password"] = "not the password" })),
        new("POST", "{lang}/account/logout", Channel.Page, Actors.Everyone,
            // Signing a shared client out would sign that actor out for the rest of the matrix: post without the token, which
            // shows authorisation passed (antiforgery answers 400) without ending the session.
            (_, client) => client.PostAsync("/en/account/logout", new FormUrlEncodedContent([]))),
        new("POST", "errors/{code}", Channel.Page, Actors.Everyone,
            (_, client) => client.PostAsync("/errors/404", new FormUrlEncodedContent([]))),
    ];
}
