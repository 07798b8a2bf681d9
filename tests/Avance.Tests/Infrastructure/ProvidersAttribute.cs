using System.Reflection;
using Xunit.Sdk;

namespace Avance.Tests.Infrastructure;

/// <summary>Runs a database-sensitive theory once on SQLite and once on PostgreSQL.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ProvidersAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[Provider.Sqlite], [Provider.Postgres]];
}
