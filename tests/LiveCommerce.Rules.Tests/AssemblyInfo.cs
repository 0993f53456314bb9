using FsCheck.Xunit;
using LiveCommerce.Rules.Tests.Support;

// Every [Property] of this assembly draws the domain types from the project's arbitraries.
[assembly: Properties(Arbitrary = [typeof(DomainArbitraries)])]
