local lib = tg.lib('no such module')
return setmetatable({}, { __index = function() error('x') end })
