// Jest cannot load stylesheets; components only need the import to resolve.
module.exports = {};
