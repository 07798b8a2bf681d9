using Avance.Tests.Infrastructure;

namespace Avance.Tests.Authorization;

/// <summary>The IATI upload page: administrators and coordinators import data (permission ImportData); nobody else.</summary>
public sealed class InterchangeMatrix : IMatrixArea
{
    public IEnumerable<MatrixEntry> Entries =>
    [
        // Without a file the page answers with its "choose a file" message, which shows authorisation passed and writes nothing.
        new("POST", "{lang}/workspace/import", Channel.Page, Actors.Only(Actor.Administrator, Actor.Coordinator),
            (_, client) => client.PostFormAsync("/en/workspace/import", new() { ["Lenient"] = "false" })),
    ];
}
