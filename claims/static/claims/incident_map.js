/* The admin's map of incidents: reads its settings from #incident-map's data attributes (no inline script, for
   the content security policy), loads the GeoJSON and draws one circle per incident. Tiles only when the page
   names a tile server; otherwise a plain background with a latitude/longitude grid. */
(function () {
  "use strict";

  var LABELLED = 25; // at most this many points are named on the map itself

  var COLOURS = {
    open: "#d9822b",
    assessed: "#2b7bb9",
    closed: "#6c757d",
  };

  function element(tag, text, attributes) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    return node;
  }

  function popup(feature) {
    var p = feature.properties;
    var box = element("div", "", { class: "map-popup" });
    box.appendChild(element("a", p.name, { href: p.url }));
    box.appendChild(element("div", p.kind + ", " + p.date));
    box.appendChild(element("div", p.place + " (" + (p.place_precision || "precision not stated") + ")"));
    box.appendChild(element("div", "Assessment: " + p.assessment));
    return box;
  }

  function step(span) {
    var steps = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 30];
    for (var i = 0; i < steps.length; i++) if (span / steps[i] <= 8) return steps[i];
    return 45;
  }

  function drawGraticule(map, layer) {
    layer.clearLayers();
    var b = map.getBounds();
    var south = Math.max(b.getSouth(), -85), north = Math.min(b.getNorth(), 85);
    var west = Math.max(b.getWest(), -180), east = Math.min(b.getEast(), 180);
    var d = step(Math.max(north - south, east - west));
    var style = { color: "#b8c4ce", weight: 1, interactive: false };
    var digits = d < 0.1 ? 2 : d < 1 ? 1 : 0;
    for (var lat = Math.ceil(south / d) * d; lat <= north; lat += d) {
      L.polyline([[lat, west], [lat, east]], style).addTo(layer);
      L.marker([lat, west], {
        interactive: false,
        icon: L.divIcon({ className: "graticule-label", html: "", iconSize: null }),
      }).addTo(layer).getElement().textContent = lat.toFixed(digits) + "°";
    }
    for (var lon = Math.ceil(west / d) * d; lon <= east; lon += d) {
      L.polyline([[south, lon], [north, lon]], style).addTo(layer);
      L.marker([south, lon], {
        interactive: false,
        icon: L.divIcon({ className: "graticule-label", html: "", iconSize: null, iconAnchor: [0, 14] }),
      }).addTo(layer).getElement().textContent = lon.toFixed(digits) + "°";
    }
  }

  function start() {
    var box = document.getElementById("incident-map");
    var note = document.getElementById("map-note");
    if (!box || typeof L === "undefined") return;
    var map = L.map(box, { preferCanvas: false, worldCopyJump: true }).setView([20, 0], 2);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    if (box.dataset.tiles) {
      L.tileLayer(box.dataset.tiles, {
        maxZoom: 18,
        attribution: "Map tiles: " + box.dataset.tilesHost.replace(/^https?:\/\//, ""),
      }).addTo(map);
    } else {
      var grid = L.layerGroup().addTo(map);
      map.on("moveend", function () {
        drawGraticule(map, grid);
      });
      drawGraticule(map, grid);
    }
    fetch(box.dataset.geojson, { credentials: "same-origin", headers: { Accept: "application/geo+json" } })
      .then(function (response) {
        if (!response.ok) throw new Error("the server answered " + response.status);
        return response.json();
      })
      .then(function (collection) {
        var layer = L.geoJSON(collection, {
          pointToLayer: function (feature, latlng) {
            var colour = COLOURS[feature.properties.assessment] || "#2b7bb9";
            return L.circleMarker(latlng, {
              radius: 7,
              color: "#fff",
              weight: 1.5,
              fillColor: colour,
              fillOpacity: 0.9,
            });
          },
          onEachFeature: function (feature, marker) {
            marker.bindPopup(popup(feature));
            // Without tiles there is no geography to read: a few points carry their names.
            marker.bindTooltip(feature.properties.name, {
              permanent: !box.dataset.tiles && collection.features.length <= LABELLED,
              direction: "right",
              offset: [8, 0],
            });
          },
        }).addTo(map);
        var count = collection.features.length;
        if (count) map.fitBounds(layer.getBounds(), { padding: [40, 40], maxZoom: 11 });
        var text = count + " incident" + (count === 1 ? "" : "s") + " with coordinates.";
        if (collection.truncated) {
          text = "Showing the " + collection.limit + " newest incidents with coordinates; there are more: " +
            "choose a conflict to narrow the map.";
        } else if (!count) {
          text = "No incident with coordinates here yet.";
        }
        note.textContent = text + " Orange: assessment open; blue: assessed; grey: closed.";
      })
      .catch(function (error) {
        note.textContent = "The incidents could not be loaded: " + error.message + ".";
      });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
