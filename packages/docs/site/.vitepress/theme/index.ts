import DefaultTheme from 'vitepress/theme';
import './custom.css';

// The default theme (light and dark, local search, outline), with the field tables' look in custom.css.
export default DefaultTheme;
