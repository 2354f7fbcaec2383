using System.Text;
using SubscriberSimulator.Core.Validation;

namespace SubscriberSimulator.Tests.Support.Kit;

/// <summary>The test engine's OpenAPI document, and a validator that knows it.</summary>
internal static class NotesSpec
{
    public const string Json = """
    {
      "openapi": "3.0.3",
      "info": { "title": "notes", "version": "1" },
      "paths": {
        "/notes": {
          "get": {
            "operationId": "listNotes",
            "parameters": [ { "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1 } } ],
            "responses": { "200": { "description": "ok" } }
          }
        },
        "/notes/{key}": {
          "get": { "operationId": "getNote", "responses": { "200": { "description": "ok" } } },
          "put": {
            "operationId": "putNote",
            "requestBody": { "required": true, "content": { "application/json": { "schema": {
              "type": "object", "required": ["text"], "additionalProperties": false,
              "properties": { "text": { "type": "string", "maxLength": 50 } } } } } },
            "responses": { "200": { "description": "ok" } }
          }
        },
        "/notes/{key}/send": {
          "post": {
            "operationId": "sendNote",
            "requestBody": { "required": true, "content": { "application/json": { "schema": {
              "type": "object", "required": ["to"], "properties": { "to": { "type": "string" } } } } } },
            "responses": { "202": { "description": "accepted" } }
          }
        }
      }
    }
    """;

    public static SpecValidator Validator() =>
        new(provider => provider == NotesEngine.EngineId ? new MemoryStream(Encoding.UTF8.GetBytes(Json)) : null);
}
